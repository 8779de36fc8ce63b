import { maxHeaderSize } from 'node:http'
import { writeUntilServerCloses } from '@briq-interactive/test-sockets'
import { afterEach, describe, expect, it } from 'vitest'
import { type FakeUpstream, json, startFakeUpstream } from '../testing/fake-upstream.ts'
import { rawRequest } from '../testing/raw-request.ts'
import { TEST_KEY } from '../testing/start-test-proxy.ts'
import { readServerConfig } from './server-config.ts'
import { type RunningProxyServer, startProxyServer } from './start-proxy-server.ts'

// A browser hides an answer without CORS headers behind an opaque network error: a page on an
// allowed origin would read "network failure" where the proxy said why it refused the request.
const PAGE = 'https://admin.example.co.tz'
const SEND = '/api/briq/v1/whatsapp/messages/interactive'

let upstream: FakeUpstream | undefined
let proxy: RunningProxyServer | undefined
afterEach(async () => {
  await Promise.all([proxy?.close(), upstream?.close()])
  proxy = undefined
  upstream = undefined
})

// Deadlines short enough for a 408 to come at once. Only the 408's case starts with them: node
// checks them from the connection's start, so a request whose head was read late (a loaded
// machine stalling the process past 50 ms) would be answered 408 where its own refusal was meant.
const SHORT_DEADLINES = { PROXY_HEADERS_TIMEOUT_MS: '50', PROXY_REQUEST_TIMEOUT_MS: '100' }

async function start(deadlines: Record<string, string> = {}): Promise<RunningProxyServer> {
  upstream = await startFakeUpstream((_req, res) => json(res, 202, { success: true, data: { status: 'pending' } }))
  const read = readServerConfig({
    BRIQ_API_KEY: TEST_KEY,
    BRIQ_UPSTREAM: upstream.url,
    PROXY_ALLOW_ANONYMOUS: '1',
    PORT: '0',
    PROXY_ALLOWED_ORIGINS: PAGE,
    ...deadlines,
  })
  if (!read.ok) throw new Error(read.error)
  proxy = await startProxyServer(read.config)
  return proxy
}

/** The status, the CORS origin and the error code of a raw answer. */
function answerOf(received: string) {
  const split = received.indexOf('\r\n\r\n')
  const head = received.slice(0, split).toLowerCase()
  return {
    status: Number(head.slice(9, 12)),
    allowOrigin: /\r\naccess-control-allow-origin: ([^\r]*)/.exec(head)?.[1],
    exposes: /\r\naccess-control-expose-headers: /.test(head),
    code: JSON.parse(received.slice(split + 4)).errors[0].code as string,
  }
}

describe('the proxy server answers its early refusals with CORS headers for an allowed origin', () => {
  it('headers past node’s limit (431), read by fetch as a page reads it', async () => {
    const { url } = await start()
    const response = await fetch(`${url}/api/briq/v1/whatsapp/senders`, {
      headers: { Origin: PAGE, Cookie: 'a'.repeat(maxHeaderSize) },
    })
    expect(response.status).toBe(431)
    expect(response.headers.get('access-control-allow-origin')).toBe(PAGE)
    expect(response.headers.get('access-control-allow-credentials')).toBe('true')
    expect(response.headers.get('access-control-expose-headers')).toContain('X-Request-Id')
    expect((await response.json()).errors[0].code).toBe('PROXY_HEADERS_TOO_LARGE')
  })

  it.each([
    ['a chunk that is no chunk', 400, 'PROXY_BAD_REQUEST', 'Transfer-Encoding: chunked\r\n\r\nzz\r\n', {}],
    ['a body sent too slowly', 408, 'PROXY_REQUEST_TIMEOUT', 'Content-Length: 100\r\n\r\n{', SHORT_DEADLINES],
  ])("%s, refused by node's parser: %i", async (_name, status, code, rest, deadlines) => {
    const { url } = await start(deadlines)
    const received = await writeUntilServerCloses(
      url,
      `POST ${SEND} HTTP/1.1\r\nHost: localhost\r\nOrigin: ${PAGE}\r\nContent-Type: application/json\r\n${rest}`,
    )
    expect(answerOf(received)).toEqual({ status, allowOrigin: PAGE, exposes: true, code })
  })

  it.each([
    ['a method fetch forbids', 405, 'PROXY_METHOD_NOT_ALLOWED', 'TRACE', 'localhost'],
    ['a Host that is no host name', 400, 'PROXY_BAD_REQUEST', 'GET', 'a b'],
  ])('%s, refused before the proxy runs: %i', async (_name, status, code, method, host) => {
    const { url } = await start()
    const response = await rawRequest(url, method, SEND, { Host: host, Origin: PAGE })
    expect(response.status).toBe(status)
    expect(response.headers['access-control-allow-origin']).toBe(PAGE)
    expect(response.headers['access-control-expose-headers']).toContain('X-Request-Id')
    expect(JSON.parse(response.body).errors[0].code).toBe(code)
  })

  it('none for an origin not allowed', async () => {
    const { url } = await start()
    const other = 'https://elsewhere.example'
    const big = await fetch(`${url}/api/briq/v1/whatsapp/senders`, {
      headers: { Origin: other, Cookie: 'a'.repeat(maxHeaderSize) },
    })
    expect(big.status).toBe(431)
    expect(big.headers.get('access-control-allow-origin')).toBeNull()
    expect(big.headers.get('vary')).toBe('Origin')
    const trace = await rawRequest(url, 'TRACE', SEND, { Origin: other })
    expect(trace.status).toBe(405)
    expect(trace.headers['access-control-allow-origin']).toBeUndefined()
  })
})
