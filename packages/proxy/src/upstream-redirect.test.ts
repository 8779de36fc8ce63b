import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nodeFetch } from './node/node-fetch.ts'
import { type FakeUpstream, json, startFakeUpstream } from './testing/fake-upstream.ts'
import { startTestProxy, type TestProxy, VALID_SEND } from './testing/start-test-proxy.ts'

// Briq's API routes never redirect (the proxy asks only the exact paths of core's route table),
// so a 3xx comes from a misconfigured upstream, a gateway or a hostile host. Passed back, a
// browser's fetch (redirect: 'follow', as the kit's client) would repeat the call at the
// Location, and for 307/308 re-POST the message and the customer's number to another host.
const servers: (FakeUpstream | TestProxy)[] = []
afterAll(() => Promise.all(servers.map((server) => server.close())))

let elsewhere: FakeUpstream
beforeAll(async () => {
  elsewhere = await startFakeUpstream((_req, res) => json(res, 200, { success: true, data: { from: 'elsewhere' } }))
  servers.push(elsewhere)
})

const transports = [
  ['globalThis.fetch', undefined],
  ['nodeFetch()', nodeFetch()],
] as const

async function redirectingProxy(status: number, location: string | null, fetchImpl?: typeof fetch) {
  const upstream = await startFakeUpstream((_req, res) => {
    res.writeHead(status, location === null ? {} : { location })
    res.end()
  })
  const proxy = await startTestProxy({ upstream: upstream.url, ...(fetchImpl ? { fetch: fetchImpl } : {}) })
  servers.push(upstream, proxy)
  return { upstream, proxy }
}

const sendTo = (proxy: TestProxy) =>
  fetch(`${proxy.url}/v1/whatsapp/messages/interactive`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(VALID_SEND),
  })

describe.each(transports)('an upstream redirect (through %s)', (_name, fetchImpl) => {
  const cases = [301, 302, 303, 307, 308].flatMap((status) => [
    [status, 'to another host'] as const,
    [status, 'without a Location'] as const,
  ])

  it.each(cases)('%i %s is 502 UPSTREAM_REDIRECT, nothing for the caller to follow', async (status, how) => {
    const location = how === 'to another host' ? `${elsewhere.url}/collect` : null
    const { upstream, proxy } = await redirectingProxy(status, location, fetchImpl)
    const before = elsewhere.requests.length
    // Follows redirects, as a browser's fetch and the kit's client do.
    const response = await sendTo(proxy)
    expect(response.status).toBe(502)
    expect(response.redirected).toBe(false)
    expect(response.headers.get('location')).toBeNull()
    const body = await response.json()
    expect(body).toMatchObject({ success: false, data: null, errors: [{ code: 'UPSTREAM_REDIRECT', field: null }] })
    expect(body.errors[0].message).toBe(
      `Briq answered with a redirect (HTTP ${status}) and did not take the request; the proxy neither followed it nor passed it on. Try again shortly; if it persists, check the proxy's upstream setting.`,
    )
    expect(JSON.stringify(body)).not.toContain(elsewhere.url)
    expect(upstream.requests).toHaveLength(1)
    expect(elsewhere.requests.length).toBe(before)
    expect(proxy.logs.at(-1)).toMatchObject({
      level: 'error',
      status: 502,
      message: `upstream answered with a redirect (HTTP ${status}): not followed, not passed on; check the upstream setting`,
    })
  })

  // Any 3xx leaves the request unfulfilled (RFC 9110, "Redirection 3xx"); none is Briq's answer.
  it.each([300, 304])('%i, a 3xx fetch does not follow, is refused the same way', async (status) => {
    const { proxy } = await redirectingProxy(status, `${elsewhere.url}/collect`, fetchImpl)
    const response = await fetch(`${proxy.url}/v1/whatsapp/senders`)
    expect(response.status).toBe(502)
    expect(response.headers.get('location')).toBeNull()
    expect(await response.json()).toMatchObject({ errors: [{ code: 'UPSTREAM_REDIRECT' }] })
  })
})
