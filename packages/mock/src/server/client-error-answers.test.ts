import { once } from 'node:events'
import { maxHeaderSize } from 'node:http'
import { connect } from 'node:net'
import { SEND_REQUEST } from '@briq-interactive/fixtures'
import { answersIn, pipelinedAnswers, writeUntilServerCloses } from '@briq-interactive/test-sockets'
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

// Node refuses these parsed requests itself, before any handler runs: with the status line alone
// (and no CORS), which a page on an allowed origin could not read.
describe("what node refuses of a parsed request is answered in Briq's envelope, with CORS", () => {
  const PAGE = 'http://localhost:5173'
  const send = (headers: string, body: string) =>
    `POST /v1/whatsapp/messages/interactive HTTP/1.1\r\nHost: localhost\r\nX-API-Key: mock-api-key\r\n` +
    `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${headers}\r\n${body}`
  const senders = (headers = '') =>
    `GET /v1/whatsapp/senders HTTP/1.1\r\nHost: localhost\r\nX-API-Key: mock-api-key\r\n${headers}\r\n`

  it('an Expect other than 100-continue: 417 EXPECTATION_FAILED, nothing sent, the connection kept', async () => {
    running = await startMockHttpServer({ port: 0 })
    const before = running.mock.state().totalMessages
    const body = JSON.stringify(SEND_REQUEST)
    const received = await writeUntilServerCloses(
      running.url,
      send(`Origin: ${PAGE}\r\nExpect: 200-ok\r\n`, body) + senders('Connection: close\r\n'),
    )
    const [refused = '', next = ''] = answersIn(received)
    const { head, body: envelope } = answerOf(refused)
    expect(head).toMatch(/^http\/1\.1 417 /)
    expect(head).toContain('content-type: application/json')
    expect(head).toContain(`access-control-allow-origin: ${PAGE}`)
    expect(head).not.toContain('connection: close')
    expect(envelope).toEqual({
      success: false,
      data: null,
      errors: [
        {
          code: 'EXPECTATION_FAILED',
          message:
            'Expect: "200-ok" cannot be met; this server meets only Expect: 100-continue. Send the request without it',
          field: null,
        },
      ],
      request_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    })
    expect(head).toContain(`x-request-id: ${(envelope as { request_id: string }).request_id}`)
    // Its body was read past, not taken for the next request, and never reached the router.
    expect(next).toMatch(/^HTTP\/1\.1 200 OK\r\n/)
    expect(running.mock.state().totalMessages).toBe(before)
  })

  it('a request pipelined past maxRequestsPerSocket: 503 SERVICE_UNAVAILABLE, never handled', async () => {
    running = await startMockHttpServer({ port: 0, maxRequestsPerSocket: 2 })
    const before = running.mock.state().totalMessages
    const body = JSON.stringify(SEND_REQUEST)
    const origin = `Origin: ${PAGE}\r\n`
    const replies = await pipelinedAnswers(running.url, senders(origin) + senders(origin) + send(origin, body), 3)
    expect(replies.map((reply) => reply.slice(9, 12))).toEqual(['200', '200', '503'])
    const { head, body: envelope } = answerOf(replies[2] ?? '')
    expect(head).toContain('content-type: application/json')
    expect(head).toContain('connection: close')
    expect(head).toContain(`access-control-allow-origin: ${PAGE}`)
    expect(envelope).toEqual({
      success: false,
      data: null,
      errors: [
        {
          code: 'SERVICE_UNAVAILABLE',
          message:
            'This connection has carried the 2 requests it may (maxRequestsPerSocket), so this one was not handled; send it again on a new connection',
          field: null,
        },
      ],
      request_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    })
    expect(running.mock.state().totalMessages).toBe(before)
  })

  it('no CORS for an origin not allowed, or a request without one', async () => {
    running = await startMockHttpServer({ port: 0, maxRequestsPerSocket: 1 })
    for (const origin of ['Origin: https://evil.example\r\n', '']) {
      const [refused = ''] = answersIn(
        await writeUntilServerCloses(running.url, senders(`${origin}Expect: 200-ok\r\nConnection: close\r\n`)),
      )
      expect(refused).toMatch(/^HTTP\/1\.1 417 /)
      expect(refused.toLowerCase()).not.toContain('access-control-allow-origin')
      const past = await pipelinedAnswers(running.url, senders(origin) + senders(origin), 2)
      expect(past[1]).toMatch(/^HTTP\/1\.1 503 /)
      expect(past[1]?.toLowerCase()).not.toContain('access-control-allow-origin')
    }
  })
})

describe('an HTTP/1.1 request without Host', () => {
  it("is answered 400 in Briq's envelope with CORS, where node's own 400 is the status line alone", async () => {
    running = await startMockHttpServer({ port: 0 })
    const head = 'GET /v1/whatsapp/senders HTTP/1.1\r\nX-API-Key: mock-api-key\r\nOrigin: http://localhost:5173\r\n'
    const [refused = ''] = await pipelinedAnswers(running.url, `${head}Connection: close\r\n\r\n`, 1)
    const { head: headers, body } = answerOf(refused)
    expect(headers).toMatch(/^http\/1\.1 400 /)
    expect(headers).toContain('access-control-allow-origin: http://localhost:5173')
    expect(body).toMatchObject({
      errors: [{ code: 'BAD_REQUEST', message: 'An HTTP/1.1 request must have a Host header.', field: null }],
    })
    // HTTP/1.0 has no Host to require: served at the server's own address.
    const [served = ''] = await pipelinedAnswers(running.url, `${head.replace('HTTP/1.1', 'HTTP/1.0')}\r\n`, 1)
    expect(served).toMatch(/^HTTP\/1\.1 200 /)
  })
})
