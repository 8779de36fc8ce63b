import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { boundServer, serverTimeoutOptions } from '@briq-interactive/core/node'
import { afterEach, describe, expect, it } from 'vitest'
import { createBriqProxy } from '../create-briq-proxy.ts'
import { type FakeUpstream, json, startFakeUpstream } from '../testing/fake-upstream.ts'
import { rawRequest } from '../testing/raw-request.ts'
import { TEST_KEY, VALID_SEND } from '../testing/start-test-proxy.ts'
import { type ToNodeHandlerOptions, toNodeHandler } from './to-node-handler.ts'

let upstream: FakeUpstream | undefined
let server: Server | undefined
afterEach(async () => {
  server?.closeAllConnections()
  await Promise.all([new Promise((resolve) => (server ? server.close(resolve) : resolve(null))), upstream?.close()])
  server = undefined
  upstream = undefined
})

/** An anonymous proxy mounted as a host's own server would mount it: every interface, as app.listen does. */
async function serve(options?: ToNodeHandlerOptions, allowedOrigins?: string[]): Promise<number> {
  upstream = await startFakeUpstream((_request, res) => json(res, 200, { success: true, data: [] }))
  const proxy = createBriqProxy({
    apiKey: TEST_KEY,
    upstream: upstream.url,
    allowAnonymous: true,
    basePath: '/api/briq',
    ...(allowedOrigins ? { allowedOrigins } : {}),
  })
  server = createServer(serverTimeoutOptions(), toNodeHandler(proxy, options))
  boundServer(server)
  await new Promise<void>((resolve) => server!.listen(0, resolve))
  return (server.address() as AddressInfo).port
}

const SENDERS = '/api/briq/v1/whatsapp/senders'
const SEND = '/api/briq/v1/whatsapp/messages/interactive'

describe("toNodeHandler's DNS-rebinding guard", () => {
  it('refuses a page that points its own host name at this machine, before the proxy sees it', async () => {
    const port = await serve()
    const base = `http://127.0.0.1:${port}`
    // The rebinding page's request: its own name in Host and Origin, so same-origin to the proxy.
    const rebound = { host: `rebind.attacker.example:${port}`, origin: `http://rebind.attacker.example:${port}` }
    const read = await rawRequest(base, 'GET', SENDERS, rebound)
    expect(read.status).toBe(403)
    expect(JSON.parse(read.body).errors[0]).toEqual({
      code: 'PROXY_HOST_NOT_ALLOWED',
      message:
        'Host "rebind.attacker.example" is not answered on this machine\'s loopback address: a request arriving there is answered only ' +
        "for localhost host names, IP addresses, the host names of the proxy's allowedOrigins and those in toNodeHandler's " +
        'allowedHosts (DNS rebinding protection). To serve this host, list it: toNodeHandler(handler, { allowedHosts: ["rebind.attacker.example"] }).',
      field: null,
    })
    expect(read.headers['access-control-allow-origin']).toBeUndefined()
    const send = await rawRequest(
      base,
      'POST',
      SEND,
      { ...rebound, 'content-type': 'application/json' },
      JSON.stringify(VALID_SEND),
    )
    expect(send.status).toBe(403)
    expect(upstream?.requests).toEqual([])
    // The same proxy on this machine's own names.
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `app.localhost:${port}`, `[::1]:${port}`]) {
      expect((await rawRequest(base, 'GET', SENDERS, { host })).status, host).toBe(200)
    }
  })

  it("serves a refused host once listed as its 403's sentence says, with no other setting", async () => {
    const host = { host: 'Shop.Example:8443' }
    const refused = await rawRequest(`http://127.0.0.1:${await serve()}`, 'GET', SENDERS, host)
    expect(refused.status).toBe(403)
    const { message } = JSON.parse(refused.body).errors[0]
    const listed = /allowedHosts: (\[.*\])/.exec(message)?.[1]
    expect(listed).toBe('["shop.example"]')
    await new Promise((resolve) => server?.close(resolve))
    const port = await serve({ allowedHosts: JSON.parse(listed as string) })
    expect((await rawRequest(`http://127.0.0.1:${port}`, 'GET', SENDERS, host)).status).toBe(200)
  })

  it('answers a Host that is an address, which no rebinding page can send', async () => {
    const port = await serve()
    // A page's Host is the address its URL names (http://0.0.0.0:3000, as a server listening on
    // every interface prints itself, reaches this machine on loopback); a rebinding page's is its own name.
    const base = `http://127.0.0.1:${port}`
    for (const host of [`0.0.0.0:${port}`, `192.168.1.5:${port}`, `[::]:${port}`, `[fe80::1]:${port}`]) {
      expect((await rawRequest(base, 'GET', SENDERS, { host })).status, host).toBe(200)
    }
  })

  it('answers the host names of allowedHosts and of the proxy’s allowedOrigins', async () => {
    const port = await serve({ allowedHosts: ['shop.example', 'Admin.Example.org'] }, ['https://panel.example.net'])
    const base = `http://127.0.0.1:${port}`
    for (const host of ['shop.example', 'SHOP.example:443', 'admin.example.org.', 'panel.example.net']) {
      expect((await rawRequest(base, 'GET', SENDERS, { host })).status, host).toBe(200)
    }
    expect((await rawRequest(base, 'GET', SENDERS, { host: 'shop.example.attacker.example' })).status).toBe(403)
    expect(upstream?.requests).toHaveLength(4)
  })

  it("is off with allowedHosts: 'any' (a front door of yours judges Host)", async () => {
    const port = await serve({ allowedHosts: 'any' })
    const read = await rawRequest(`http://127.0.0.1:${port}`, 'GET', SENDERS, { host: 'rebind.attacker.example' })
    expect(read.status).toBe(200)
  })

  it('still answers a Host that is no host name with its 400', async () => {
    const port = await serve()
    const read = await rawRequest(`http://127.0.0.1:${port}`, 'GET', SENDERS, { host: 'a b' })
    expect(read.status).toBe(400)
    expect(JSON.parse(read.body).errors[0].code).toBe('PROXY_BAD_REQUEST')
  })

  it('guards a handler of another making too', async () => {
    server = createServer(
      serverTimeoutOptions(),
      toNodeHandler(() => new Response('served')),
    )
    boundServer(server)
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    expect((await rawRequest(base, 'GET', '/', { host: 'rebind.attacker.example' })).status).toBe(403)
    expect((await rawRequest(base, 'GET', '/', { host: 'localhost' })).body).toBe('served')
  })

  it.each([
    [['https://shop.example'], 'https://shop.example'],
    [['shop.example:443'], 'shop.example:443'],
    [['shop.example/path'], 'shop.example/path'],
    [[''], ''],
  ])('refuses allowedHosts %j: bare host names only', (allowedHosts, entry) => {
    expect(() => toNodeHandler(() => new Response(), { allowedHosts })).toThrow(
      new TypeError(
        `toNodeHandler: allowedHosts entries must be bare host names such as "shop.example" (no scheme, port or path); got ${JSON.stringify(entry)}.`,
      ),
    )
  })

  it('refuses an allowedHosts that is neither a list nor "any"', () => {
    expect(() => toNodeHandler(() => new Response(), { allowedHosts: 'shop.example' as never })).toThrow(
      new TypeError('toNodeHandler: allowedHosts must be an array of host names such as ["shop.example"], or "any".'),
    )
  })
})
