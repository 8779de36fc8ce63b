import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearerTokenAuthorize } from './bearer-token-authorize.ts'
import type { BriqProxyAuthorize } from './proxy-options.ts'
import { type FakeUpstream, json, startFakeUpstream } from './testing/fake-upstream.ts'
import { startTestProxy, type TestProxy } from './testing/start-test-proxy.ts'

let upstream: FakeUpstream
const proxies: TestProxy[] = []
beforeAll(async () => {
  upstream = await startFakeUpstream((_req, res) => json(res, 200, []))
})
afterAll(async () => {
  await Promise.all([upstream, ...proxies].map((server) => server.close()))
})

async function senders(authorize: BriqProxyAuthorize): Promise<{ response: Response; proxy: TestProxy }> {
  const proxy = await startTestProxy({ upstream: upstream.url, allowAnonymous: false, authorize })
  proxies.push(proxy)
  return { response: await fetch(`${proxy.url}/v1/whatsapp/senders`, { redirect: 'manual' }), proxy }
}

describe('authorize', () => {
  it('may be async: a resolved true forwards, a resolved false is 401', async () => {
    const allowed = await senders(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5))
      return true
    })
    expect(allowed.response.status).toBe(200)
    const refused = await senders(async () => false)
    expect(refused.response.status).toBe(401)
    expect((await refused.response.json()).errors[0].code).toBe('PROXY_UNAUTHORIZED')
  })

  it("bearerTokenAuthorize's 401 carries a Bearer challenge (RFC 9110, RFC 6750); one of your own, none it could name", async () => {
    const proxy = await startTestProxy({
      upstream: upstream.url,
      allowAnonymous: false,
      authorize: bearerTokenAuthorize('s3cret-token'),
    })
    proxies.push(proxy)
    const none = await fetch(`${proxy.url}/v1/whatsapp/senders`)
    expect(none.status).toBe(401)
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="briq-proxy"')
    const wrong = await fetch(`${proxy.url}/v1/whatsapp/senders`, { headers: { Authorization: 'Bearer nope-1234' } })
    expect(wrong.status).toBe(401)
    expect(wrong.headers.get('www-authenticate')).toBe('Bearer realm="briq-proxy", error="invalid_token"')
    // A session check: its scheme (a cookie) is no HTTP authentication scheme the proxy could name.
    const session = await senders(() => false)
    expect(session.response.status).toBe(401)
    expect(session.response.headers.get('www-authenticate')).toBeNull()
  })

  it('may resolve to a Response, which is sent instead of forwarding', async () => {
    const before = upstream.requests.length
    const { response } = await senders(async () => Response.redirect('https://app.example/login', 303))
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('https://app.example/login')
    expect(upstream.requests.length).toBe(before)
  })

  it.each([
    [
      'throws',
      () => {
        throw new Error('session store down')
      },
    ],
    ['rejects', async () => Promise.reject(new Error('session store down'))],
    ['rejects with a non-Error', async () => Promise.reject('nope')],
  ])(
    'that %s is a 500 PROXY_ERROR in the envelope, nothing forwarded, no error text leaked',
    async (_name, authorize) => {
      const before = upstream.requests.length
      const { response, proxy } = await senders(authorize as BriqProxyAuthorize)
      expect(response.status).toBe(500)
      const body = await response.json()
      expect(body).toMatchObject({ success: false, data: null, errors: [{ code: 'PROXY_ERROR', field: null }] })
      expect(JSON.stringify(body)).not.toContain('session store')
      expect(upstream.requests.length).toBe(before)
      expect(proxy.logs.at(-1)).toMatchObject({ level: 'error', status: 500 })
    },
  )
})
