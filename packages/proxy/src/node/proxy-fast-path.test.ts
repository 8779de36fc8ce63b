import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { bearerTokenAuthorize } from '../bearer-token-authorize.ts'
import { createBriqProxy } from '../create-briq-proxy.ts'
import type { BriqProxyOptions } from '../proxy-options.ts'
import { type FakeReply, startFakeUpstream } from '../testing/fake-upstream.ts'
import { nodeFetch } from './node-fetch.ts'
import { toNodeHandler } from './to-node-handler.ts'

const servers: { close(): Promise<void> | void }[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((running) => running.close()))
})

const emptyList: FakeReply = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' })
  res.end('{"success":true,"data":[],"errors":null,"request_id":"r"}')
}

async function serveProxy(
  options: Omit<BriqProxyOptions, 'apiKey' | 'upstream'>,
  answer: FakeReply = emptyList,
): Promise<string> {
  const upstream = await startFakeUpstream(answer)
  servers.push(upstream)
  const server: Server = createServer(
    toNodeHandler(createBriqProxy({ apiKey: 'k-secret-1234', upstream: upstream.url, fetch: nodeFetch(), ...options })),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  servers.push({
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  })
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/whatsapp/senders`
}

// toNodeHandler serves createBriqProxy's handlers without building a Web Response, and without
// a Web Request when authorize reads only headers; the host's own authorize still gets a Request.
describe('toNodeHandler with createBriqProxy', () => {
  it("hands the host's own authorize a Web Request, with its cookies", async () => {
    const seen: unknown[] = []
    const url = await serveProxy({
      authorize: (request) => {
        seen.push(request instanceof Request, request.headers.get('cookie'))
        return true
      },
    })
    const response = await fetch(url, { headers: { cookie: 'session=1' } })
    expect(response.status).toBe(200)
    expect(seen).toEqual([true, 'session=1'])
  })

  it("answers with the host's authorize Response, every Set-Cookie line kept apart", async () => {
    const url = await serveProxy({
      authorize: () => {
        const headers = new Headers([
          ['set-cookie', 'a=1'],
          ['set-cookie', 'b=2'],
        ])
        return new Response('go away', { status: 418, statusText: 'Teapot here', headers })
      },
    })
    const response = await fetch(url)
    expect([response.status, response.statusText, await response.text()]).toEqual([418, 'Teapot here', 'go away'])
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2'])
  })

  it('answers 500 in the envelope, and keeps serving, when node refuses a header of the reply', async () => {
    let calls = 0
    const url = await serveProxy({
      // A control character Headers lets through but node:http will not write.
      authorize: () => (++calls === 1 ? new Response('no', { status: 403, headers: { 'x-odd': 'a\u0001b' } }) : true),
    })
    const refused = await fetch(url)
    expect(refused.status).toBe(500)
    expect(await refused.json()).toMatchObject({ errors: [{ code: 'PROXY_ERROR' }] })
    expect((await fetch(url)).status).toBe(200)
  })

  it('serves a bearer-token proxy on the light path: right token forwarded, wrong one 401', async () => {
    const url = await serveProxy({ authorize: bearerTokenAuthorize('t0ken') })
    expect((await fetch(url, { headers: { authorization: 'Bearer t0ken' } })).status).toBe(200)
    const refused = await fetch(url, { headers: { authorization: 'Bearer nope' } })
    expect(refused.status).toBe(401)
    expect(refused.headers.get('x-request-id')).toMatch(/\S/)
  })

  it('answers many requests whose replies are ready in the same turn, each with its own', async () => {
    const url = await serveProxy({ allowAnonymous: true }, (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ success: true, data: { echo: req.headers['x-request-id'] }, errors: null }))
    })
    const ids = Array.from({ length: 40 }, (_, i) => `concurrent-request-${String(i).padStart(4, '0')}`)
    const answers = await Promise.all(
      ids.map(async (id) => {
        const response = await fetch(url, { headers: { 'x-request-id': id } })
        return [response.status, ((await response.json()) as { data: unknown }).data]
      }),
    )
    expect(answers).toEqual(ids.map((id) => [200, { echo: id }]))
  })
})
