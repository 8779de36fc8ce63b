import { once } from 'node:events'
import { maxHeaderSize } from 'node:http'
import { connect } from 'node:net'
import { writeUntilServerCloses } from '@briq-interactive/test-sockets'
import { afterEach, describe, expect, it } from 'vitest'
import { type MockHttpServer, startMockHttpServer } from './create-http-server.ts'

let running: MockHttpServer | undefined
afterEach(async () => {
  await running?.close()
  running = undefined
})

function answerOf(received: string): { head: string; body: unknown } {
  const [head = '', body = ''] = received.split('\r\n\r\n')
  return { head: head.toLowerCase(), body: JSON.parse(body) }
}

// Node's parser refuses these before the mock's router sees them; its default answer is the
// status line alone, where every other answer of the mock is Briq's envelope.
describe("what node's parser refuses is answered in Briq's envelope", () => {
  it.each([
    ['a request that is not HTTP', 400, 'BAD_REQUEST', 'GARBAGE\r\n\r\n'],
    [
      'headers past node’s limit',
      431,
      'HEADERS_TOO_LARGE',
      `GET /v1/whatsapp/senders HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(maxHeaderSize)}\r\n\r\n`,
    ],
    [
      'a chunk’s extensions past node’s limit',
      413,
      'PAYLOAD_TOO_LARGE',
      `POST /v1/whatsapp/messages/interactive HTTP/1.1\r\nHost: localhost\r\nX-API-Key: mock-api-key\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n1;x=${'a'.repeat(20_000)}\r\n{\r\n`,
    ],
    [
      'a Content-Length beside chunked encoding',
      400,
      'BAD_REQUEST',
      'POST /v1/whatsapp/messages/interactive HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
    ],
  ])('%s: %i %s, then the connection closes', async (_name, status, code, request) => {
    running = await startMockHttpServer({ port: 0 })
    const { head, body } = answerOf(await writeUntilServerCloses(running.url, request))
    expect(head).toMatch(new RegExp(`^http/1\\.1 ${status} `))
    expect(head).toContain('content-type: application/json')
    expect(head).toContain('connection: close')
    expect(body).toEqual({
      success: false,
      data: null,
      errors: [{ code, message: expect.any(String), field: null }],
      request_id: expect.any(String),
    })
  })

  it('names the options a 408 came from when started from code, not the bin flags', async () => {
    running = await startMockHttpServer({ port: 0, headersTimeoutMs: 50, requestTimeoutMs: 100 })
    // Headers begun and never finished: node's deadline passes and the connection is answered.
    const { head, body } = answerOf(await writeUntilServerCloses(running.url, 'GET / HTTP/1.1\r\nHost: localhost\r\n'))
    expect(head).toMatch(/^http\/1\.1 408 /)
    expect(body).toMatchObject({
      errors: [
        {
          code: 'REQUEST_TIMEOUT',
          message: 'The request was not received in time (requestTimeoutMs, headersTimeoutMs)',
        },
      ],
    })
  })

  it('answers a request pipelined before bytes that are not HTTP first, then refuses those', async () => {
    running = await startMockHttpServer({ port: 0 })
    const received = await writeUntilServerCloses(
      running.url,
      'GET /v1/whatsapp/senders HTTP/1.1\r\nHost: localhost\r\nX-API-Key: mock-api-key\r\n\r\nGARBAGE\r\n\r\n',
    )
    expect(received).toMatch(/^HTTP\/1\.1 200 OK\r\n/)
    const refusal = received.slice(received.indexOf('HTTP/1.1 400 '))
    expect(refusal).toMatch(/^HTTP\/1\.1 400 /)
    expect(answerOf(refusal).body).toMatchObject({ success: false, errors: [{ code: 'BAD_REQUEST' }] })
  })

  it('answers bytes that are not HTTP after an exchange on a keep-alive connection the same way', async () => {
    running = await startMockHttpServer({ port: 0 })
    const url = new URL(running.url)
    const socket = connect(Number(url.port), url.hostname)
    socket.on('error', () => {})
    let received = ''
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1')
    })
    socket.write('GET /v1/whatsapp/senders HTTP/1.1\r\nHost: localhost\r\nX-API-Key: mock-api-key\r\n\r\n')
    while (!received.endsWith(']')) await once(socket, 'data')
    expect(received).toMatch(/^HTTP\/1\.1 200 /)
    received = ''
    socket.write('GARBAGE\r\n\r\n')
    await once(socket, 'close')
    const { head, body } = answerOf(received)
    expect(head).toMatch(/^http\/1\.1 400 /)
    expect(body).toMatchObject({ success: false, errors: [{ code: 'BAD_REQUEST' }] })
  })
})

// A browser hides an answer without CORS headers behind an opaque network error: the page on an
// allowed origin would never read why its request was refused.
describe("what node's parser refuses carries CORS headers for an allowed origin", () => {
  const PAGE = 'https://admin.example.co.tz'
  const cors = (head: string) => /\r\naccess-control-allow-origin: ([^\r]*)/.exec(head)?.[1]

  it.each([
    [
      'headers past node’s limit, the Origin before them',
      `GET /v1/whatsapp/senders HTTP/1.1\r\nHost: localhost\r\nOrigin: ${PAGE}\r\nCookie: ${'a'.repeat(maxHeaderSize)}\r\n\r\n`,
    ],
    [
      'a chunk that is no chunk',
      `POST /v1/whatsapp/messages/interactive HTTP/1.1\r\nHost: localhost\r\nOrigin: ${PAGE}\r\nX-API-Key: mock-api-key\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n`,
    ],
  ])('%s', async (_name, request) => {
    running = await startMockHttpServer({ port: 0, allowedOrigins: [PAGE] })
    const received = await writeUntilServerCloses(running.url, request)
    const head = received.slice(0, received.indexOf('\r\n\r\n')).toLowerCase()
    expect(head).toMatch(/^http\/1\.1 4\d\d /)
    expect(cors(head)).toBe(PAGE)
    expect(head).toContain('\r\naccess-control-expose-headers: ')
    expect(head).toContain('\r\nvary: origin')
  })

  it('a body sent too slowly (408), the Origin read from its parsed headers', async () => {
    running = await startMockHttpServer({ port: 0, headersTimeoutMs: 50, requestTimeoutMs: 100 })
    // A page on this machine is always allowed.
    const received = await writeUntilServerCloses(
      running.url,
      'POST /v1/whatsapp/messages/interactive HTTP/1.1\r\nHost: localhost\r\nOrigin: http://localhost:5173\r\n' +
        'X-API-Key: mock-api-key\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{',
    )
    const head = received.slice(0, received.indexOf('\r\n\r\n')).toLowerCase()
    expect(head).toMatch(/^http\/1\.1 408 /)
    expect(cors(head)).toBe('http://localhost:5173')
  })

  it('none for an origin not allowed, or a request without one', async () => {
    running = await startMockHttpServer({ port: 0, allowedOrigins: [PAGE] })
    for (const origin of ['Origin: https://elsewhere.example\r\n', '']) {
      const received = await writeUntilServerCloses(
        running.url,
        `GET /v1/whatsapp/senders HTTP/1.1\r\nHost: localhost\r\n${origin}Cookie: ${'a'.repeat(maxHeaderSize)}\r\n\r\n`,
      )
      const head = received.slice(0, received.indexOf('\r\n\r\n')).toLowerCase()
      expect(head).toMatch(/^http\/1\.1 431 /)
      expect(cors(head)).toBeUndefined()
      expect(head).toContain('\r\nvary: origin')
    }
  })
})
