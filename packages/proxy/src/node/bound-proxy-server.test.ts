import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serverTimeoutOptions } from '@briq-interactive/core/node'
import { pipelinedAnswers, sendExpectingContinue } from '@briq-interactive/test-sockets'
import { afterEach, describe, expect, it } from 'vitest'
import { createBriqProxy } from '../create-briq-proxy.ts'
import type { BriqProxyLogEvent } from '../proxy-options.ts'
import { TEST_KEY } from '../testing/start-test-proxy.ts'
import { boundProxyServer } from './bound-proxy-server.ts'
import { toNodeHandler } from './to-node-handler.ts'

const ADMIN = 'https://admin.example'
const opened: Server[] = []
afterEach(async () => {
  for (const server of opened.splice(0)) {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
})

/** A host's own server as the examples make one: the proxy beside another route, bound in one call. */
async function hostServer(node: boolean): Promise<{ url: string; logged: BriqProxyLogEvent[] }> {
  const logged: BriqProxyLogEvent[] = []
  const proxy = createBriqProxy({
    apiKey: TEST_KEY,
    upstream: 'http://127.0.0.1:9',
    allowAnonymous: true,
    basePath: '/api/briq',
    allowedOrigins: [ADMIN],
    log: (event) => logged.push(event),
  })
  const briqProxy = toNodeHandler(proxy)
  const server = createServer(serverTimeoutOptions(), (req, res) => {
    if (req.url?.startsWith('/api/briq/')) briqProxy(req, res)
    else res.end('home')
  })
  boundProxyServer(server, node ? briqProxy : proxy)
  opened.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, logged }
}

const envelopeCode = (text: string) => /"code":"([A-Z_]+)"/.exec(text)?.[1]

describe('boundProxyServer', () => {
  it.each([
    ['toNodeHandler’s handler', true],
    ['the createBriqProxy handler', false],
  ])("answers node's own refusals in the proxy's envelope with its CORS, and logs them (%s)", async (_name, node) => {
    const { url, logged } = await hostServer(node)
    // Headers past node's 16 KB, from a page on an allowed origin, over real fetch.
    const cookies = await fetch(`${url}/api/briq/v1/whatsapp/senders`, {
      headers: { Origin: ADMIN, Cookie: `session=${'c'.repeat(20_000)}` },
    })
    expect(cookies.status).toBe(431)
    expect(cookies.headers.get('access-control-allow-origin')).toBe(ADMIN)
    expect(cookies.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const body = (await cookies.json()) as { errors: { code: string }[]; request_id?: string }
    expect(body.errors[0]?.code).toBe('PROXY_HEADERS_TOO_LARGE')
    const requestId = cookies.headers.get('x-request-id')
    // An Expect node cannot meet, on a path with the key in it and a query (phone numbers).
    const [expectation = ''] = await pipelinedAnswers(
      url,
      `POST /api/briq/${TEST_KEY}?to=255712345678 HTTP/1.1\r\nHost: localhost\r\nExpect: 200-ok\r\nContent-Length: 0\r\n\r\n`,
      1,
    )
    expect(expectation).toMatch(/^HTTP\/1\.1 417 /)
    expect(envelopeCode(expectation)).toBe('PROXY_EXPECTATION_FAILED')
    expect(logged).toEqual([
      {
        level: 'warn',
        message: `refused before the proxy: The request's headers are larger than 16384 bytes`,
        method: '-',
        path: '-',
        status: 431,
        durationMs: expect.any(Number),
        requestId,
      },
      expect.objectContaining({
        level: 'warn',
        message: expect.stringMatching(/^refused before the proxy: Expect: "200-ok" cannot be met/),
        method: 'POST',
        path: '/api/briq/[redacted]',
        status: 417,
        requestId: /\r\nX-Request-Id: ([^\r]+)/i.exec(expectation)?.[1],
      }),
    ])
    // Timed by the server from the request's arrival (core's measure), not logged as instant.
    for (const event of logged) expect(event.durationMs).toBeGreaterThan(0)
    expect(JSON.stringify(logged)).not.toContain(TEST_KEY)
    expect(JSON.stringify(logged)).not.toContain('255712345678')
  })

  it('logs an absolute-form target by its path alone: no user name or password, no host, no query', async () => {
    const { url, logged } = await hostServer(true)
    const [expectation = ''] = await pipelinedAnswers(
      url,
      'POST http://ops:hunter2-secret@shop.example/api/briq/v1/whatsapp/messages/interactive?to=255712345678 HTTP/1.1\r\n' +
        'Host: localhost\r\nExpect: 200-ok\r\nContent-Length: 0\r\n\r\n',
      1,
    )
    expect(expectation).toMatch(/^HTTP\/1\.1 417 /)
    expect(logged.map((event) => [event.method, event.path])).toEqual([
      ['POST', '/api/briq/v1/whatsapp/messages/interactive'],
    ])
  })

  it('bounds the server too: a declared body over the cap gets 413 before it is invited', async () => {
    const { url } = await hostServer(true)
    const exchange = await sendExpectingContinue(`${url}/api/briq/v1/whatsapp/messages/interactive`, {
      'content-type': 'application/json',
      'content-length': String(10 * 1024 * 1024),
    })
    expect(exchange.first).toBe(413)
  })

  it('refuses a handler that is not the proxy, and a server created without the deadlines', () => {
    const server = createServer(serverTimeoutOptions())
    expect(() => boundProxyServer(server, (_req, res) => res.end())).toThrow(
      "boundProxyServer: proxy must be the handler createBriqProxy returned, or toNodeHandler's of it.",
    )
    const proxy = createBriqProxy({ apiKey: TEST_KEY, allowAnonymous: true })
    expect(() => boundProxyServer(createServer(), proxy)).toThrow(/serverTimeoutOptions/)
  })
})
