import { once } from 'node:events'
import type { IncomingMessage } from 'node:http'
import { connect } from 'node:net'
import { gzipSync } from 'node:zlib'
import { MAX_DRAIN_BYTES } from '@briq-interactive/core/node'
import { INTERACTIVE_EXAMPLES, SEND_REQUEST } from '@briq-interactive/fixtures'
import {
  CUT_OFF_ANSWER,
  dripRequestUntilClosed,
  sendExpectingContinue,
  stopReadingUntilServerCloses,
  writeUntilServerCloses,
} from '@briq-interactive/test-sockets'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createBriqMock } from '../create-briq-mock.ts'
import { rawGet } from '../test-support/raw-request.ts'
import { type MockHttpServer, startMockHttpServer } from './create-http-server.ts'

const LIMIT = 1000
const SEND = '/v1/whatsapp/messages/interactive'
const KEY = { 'x-api-key': 'mock-api-key' }

let running: MockHttpServer | undefined
afterEach(async () => {
  vi.restoreAllMocks()
  await running?.close()
  running = undefined
})

describe('briq-mock under hostile requests', () => {
  it('routes a path with escaped unreserved letters as Briq does (RFC 3986: the same path), other escapes as sent', async () => {
    running = await startMockHttpServer({ port: 0 })
    const send = await fetch(`${running.url}/v1/whatsapp/messages/%69nteractive`, {
      method: 'POST',
      headers: { ...KEY, 'content-type': 'application/json' },
      body: JSON.stringify(SEND_REQUEST),
    })
    expect(send.status).toBe(202)
    const read = await fetch(`${running.url}/v1/%77hatsapp/%73enders`, { headers: KEY })
    expect(read.status).toBe(200)
    // A slash written as %2F is not one: no route has that word.
    const slash = await fetch(`${running.url}/v1/whatsapp%2Fsenders`, { headers: KEY })
    expect(slash.status).toBe(404)
  })

  it.each([
    ['the same key twice', ['mock-api-key', 'mock-api-key']],
    ['two keys', ['mock-api-key', 'another-key-123']],
  ])('answers %s on two X-API-Key lines 401 naming the repeat, never echoing a key', async (_name, keys) => {
    running = await startMockHttpServer({ port: 0 })
    // node:http writes an array as one header line per value, as a client layering headers might.
    const answer = await rawGet(running.port, '/v1/whatsapp/senders', { 'x-api-key': keys })
    expect(answer.status).toBe(401)
    expect(JSON.parse(answer.body).errors).toEqual([
      { code: 'UNAUTHORIZED', message: 'X-API-Key header sent 2 times; send it once', field: null },
    ])
  })

  it('answers one X-API-Key line holding a comma as a wrong key, not as two lines', async () => {
    running = await startMockHttpServer({ port: 0 })
    const answer = await fetch(`${running.url}/v1/whatsapp/senders`, { headers: { 'x-api-key': 'mock-api-key,other' } })
    expect(answer.status).toBe(401)
    expect((await answer.json()).errors).toEqual([
      { code: 'UNAUTHORIZED', message: 'Invalid, inactive or expired API key', field: null },
    ])
  })

  it('answers a compressed send 415 naming its coding, with Accept-Encoding: identity (RFC 7694), not 422 on its bytes', async () => {
    running = await startMockHttpServer({ port: 0 })
    const before = running.mock.state().totalMessages
    const response = await fetch(`${running.url}${SEND}`, {
      method: 'POST',
      headers: { ...KEY, 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: gzipSync(JSON.stringify(SEND_REQUEST)),
    })
    expect(response.status).toBe(415)
    expect(response.headers.get('accept-encoding')).toBe('identity')
    expect((await response.json()).errors).toEqual([
      {
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: 'Content-Encoding "gzip" is not supported; send the body uncompressed',
        field: 'body',
      },
    ])
    expect(running.mock.state().totalMessages).toBe(before)
  })

  it.each([
    ['declared a little over the limit', 10 * LIMIT, false],
    ['chunked, a little over the limit', 10 * LIMIT, true],
    ['declared far over the limit', 3 * MAX_DRAIN_BYTES, false],
    ['chunked, far over the limit', 3 * MAX_DRAIN_BYTES, true],
  ])('%s: 413, then the next requests on keep-alive fetch succeed', async (_name, bytes, chunked) => {
    running = await startMockHttpServer({ port: 0, maxBodyBytes: LIMIT })
    const text = 'x'.repeat(bytes)
    const refused = await fetch(`${running.url}${SEND}`, {
      method: 'POST',
      headers: { ...KEY, 'content-type': 'application/json' },
      body: chunked ? new Blob([text]).stream() : text,
      duplex: 'half',
    } as RequestInit)
    expect(refused.status).toBe(413)
    await refused.arrayBuffer()
    for (let i = 0; i < 5; i++) {
      const next = await fetch(`${running.url}/v1/whatsapp/senders`, { headers: KEY })
      expect(next.status).toBe(200)
      await next.arrayBuffer()
    }
  })

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 0, -1, 1.5])(
    'refuses to start with maxBodyBytes %s instead of reading bodies without a cap',
    async (maxBodyBytes) => {
      await expect(startMockHttpServer({ port: 0, maxBodyBytes })).rejects.toThrow(
        /maxBodyBytes must be a whole number ≥ 1/,
      )
    },
  )

  it('quotes a huge bad value in its error cut short, not echoed whole', async () => {
    running = await startMockHttpServer({ port: 0, strict: true })
    const json = { ...KEY, 'content-type': 'application/json' }
    const answers = [
      await fetch(`${running.url}/v1/whatsapp/messages/${'a'.repeat(12_000)}`, { headers: KEY }),
      await fetch(`${running.url}/v1/whatsapp/messages?since=${'b'.repeat(12_000)}`, { headers: KEY }),
      await fetch(`${running.url}/__mock/conversations`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ phone: 'c'.repeat(500_000) }),
      }),
      await fetch(`${running.url}/__mock/scenario`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ name: 'happy', faults: { ['d'.repeat(500_000)]: 1 } }),
      }),
      await fetch(`${running.url}/v1/whatsapp/senders`, { headers: { ...KEY, 'x-mock-fault': 'e'.repeat(12_000) } }),
    ]
    for (const answer of answers) {
      expect(answer.status).toBe(422)
      const text = await answer.text()
      expect(text.length).toBeLessThan(1000)
      expect(JSON.parse(text).errors[0].message).toMatch(/…/)
    }
  })

  it('names a huge unknown path in its 404 cut short, not echoed whole', async () => {
    running = await startMockHttpServer({ port: 0 })
    const answer = await fetch(`${running.url}/v1/whatsapp/${'a'.repeat(12_000)}`, { headers: KEY })
    expect(answer.status).toBe(404)
    const text = await answer.text()
    expect(text.length).toBeLessThan(1000)
    expect(JSON.parse(text).errors[0].message).toMatch(/^No route for GET "\/v1\/whatsapp\/a+… in this mock/)
  })

  it('does not read a body declared far over the limit: it answers Connection: close at once', async () => {
    running = await startMockHttpServer({ port: 0, maxBodyBytes: LIMIT })
    // Only the head is sent: an answer that waited for the declared body would never come.
    const head = `POST ${SEND} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${10 * MAX_DRAIN_BYTES}`
    const received = await writeUntilServerCloses(running.url, `${head}\r\n\r\n`)
    expect(received).toMatch(/^HTTP\/1\.1 413 /)
    expect(received.toLowerCase()).toContain('connection: close')
  })

  it('answers a declared length a little over the limit with 413 at once, body never sent', async () => {
    running = await startMockHttpServer({ port: 0, maxBodyBytes: LIMIT })
    // Draining waited for the declared body: the answer came as a 408 at the request timeout.
    const head = `POST ${SEND} HTTP/1.1\r\nHost: localhost\r\nX-Api-Key: mock-api-key\r\nContent-Type: application/json\r\nContent-Length: ${LIMIT + 1}`
    const started = performance.now()
    const received = await writeUntilServerCloses(running.url, `${head}\r\n\r\n`)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(received).toMatch(/^HTTP\/1\.1 413 /)
    expect(received.toLowerCase()).toContain('connection: close')
    expect(received).toContain('PAYLOAD_TOO_LARGE')
  })

  it.each([
    ['TRACE / HTTP/1.1\r\nHost: localhost', 405],
    ['CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443', 405],
    ['GET /v1/whatsapp/senders HTTP/1.1\r\nHost: a@evil.example', 400],
    ['GET /v1/whatsapp/senders HTTP/1.1\r\nHost: evil.example/x', 400],
    ['GET /v1/whatsapp/senders HTTP/1.1\r\nHost: localhost\r\nX-API-Key: mock-api-key\r\nHost: evil.example', 400],
  ])('answers %j with a 4xx envelope, not a 500', async (head, status) => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    running = await startMockHttpServer({ port: 0 })
    const received = await writeUntilServerCloses(running.url, `${head}\r\nConnection: close\r\n\r\n`)
    expect(received).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `))
    expect(received).toMatch(/"success":false/)
    expect(errors).not.toHaveBeenCalled()
  })

  it.each(['/v1/whatsapp/messages/%E0', '/v1/whatsapp/conversations/%zz'])(
    'answers a malformed escape in an id (%s) as a bad id, not a 500',
    async (path) => {
      const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
      running = await startMockHttpServer({ port: 0 })
      const response = await fetch(`${running.url}${path}`, { headers: KEY })
      expect(response.status).toBe(422)
      expect(await response.json()).toMatchObject({ errors: [{ code: 'VALIDATION_ERROR' }] })
      expect(errors).not.toHaveBeenCalled()
    },
  )

  it('prints nothing when a client gives up halfway through its body', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {})
    running = await startMockHttpServer({ port: 0 })
    const arrived = once(running.server, 'request') as Promise<[IncomingMessage]>
    const socket = connect(running.port, '127.0.0.1')
    await once(socket, 'connect')
    socket.write(
      `POST ${SEND} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"to":`,
    )
    const [req] = await arrived
    const gone = new Promise((resolve) => req.once('close', resolve))
    socket.destroy()
    await gone
    // Whatever the server does about it happens within the next turns of the event loop.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(errors).not.toHaveBeenCalled()
    expect(warnings).not.toHaveBeenCalled()
  })
})

describe('briq-mock against a slow client', () => {
  it('cuts off a send body dripped a byte at a time once --request-timeout passes', async () => {
    running = await startMockHttpServer({ port: 0, headersTimeoutMs: 50, requestTimeoutMs: 100 })
    const stored = running.mock.state().messages.length
    const received = await dripRequestUntilClosed(
      running.url,
      `POST ${SEND} HTTP/1.1\r\nHost: localhost\r\nX-API-Key: mock-api-key\r\n` +
        'Content-Type: application/json\r\nContent-Length: 60000\r\n\r\n{',
    )
    expect(received).toMatch(CUT_OFF_ANSWER)
    expect(running.mock.state().messages).toHaveLength(stored)
  })
})

describe('briq-mock against a client that stops reading', () => {
  // Sends whose flow data is near the body limit: the state answer then holds far more than the
  // two kernels' socket buffers, so most of it waits in node for the client.
  async function storeLargeMessages(server: MockHttpServer, count: number) {
    for (let i = 0; i < count; i++) {
      const interactive = structuredClone(INTERACTIVE_EXAMPLES.flow)
      interactive.action.parameters.flow_action_payload = { screen: 'WELCOME', data: { pad: 'x'.repeat(1_000_000) } }
      const send = new Request(`${server.url}${SEND}`, {
        method: 'POST',
        headers: { ...KEY, 'content-type': 'application/json' },
        body: JSON.stringify({ to: '255712345678', interactive }),
      })
      expect((await server.mock.handle(send)).status).toBe(202)
    }
  }

  it('closes the connection once --write-timeout passes without the client taking a byte', async () => {
    running = await startMockHttpServer({ port: 0, writeTimeoutMs: 50 })
    await storeLargeMessages(running, 16)
    const received = await stopReadingUntilServerCloses(
      running.server,
      'GET /__mock/state?limit=1000 HTTP/1.1\r\nHost: localhost\r\n\r\n',
    )
    expect(received).toMatch(/^HTTP\/1\.1 200 OK\r\n/)
    const declared = Number(/\r\ncontent-length: (\d+)\r\n/i.exec(received)?.[1])
    expect(declared).toBeGreaterThan(16_000_000)
    expect(received.length).toBeLessThan(declared)
  })

  it('still answers after a latency fault longer than --write-timeout', async () => {
    running = await startMockHttpServer({ port: 0, writeTimeoutMs: 20 })
    const response = await fetch(`${running.url}/v1/whatsapp/senders`, {
      headers: { ...KEY, 'X-Mock-Fault': 'latency=200' },
    })
    expect(response.status).toBe(200)
  })
})

describe('briq-mock against pipelined requests', () => {
  it('answers the requests of one write one at a time, in order', async () => {
    // The mock itself, watched: how many of its answers are being built at once.
    const mock = createBriqMock()
    let building = 0
    let most = 0
    const watched = {
      ...mock,
      handle: async (request: Request) => {
        most = Math.max(most, ++building)
        try {
          return await mock.handle(request)
        } finally {
          building--
        }
      },
    }
    running = await startMockHttpServer({ port: 0, mock: watched })
    const get = (i: number) => `GET /__mock/state?limit=${i + 1} HTTP/1.1\r\nHost: localhost\r\n`
    const requests = Array.from({ length: 30 }, (_, i) => `${get(i)}${i === 29 ? 'Connection: close\r\n' : ''}\r\n`)
    const received = await writeUntilServerCloses(running.url, requests.join(''))
    expect(received.match(/HTTP\/1\.1 200 OK/g)).toHaveLength(30)
    expect(most).toBe(1)
  })
})

describe('briq-mock and Expect: 100-continue', () => {
  it('refuses a declared length over the limit with 413 before inviting the body', async () => {
    running = await startMockHttpServer({ port: 0, maxBodyBytes: LIMIT })
    const seeded = running.mock.state().totalMessages
    const exchange = await sendExpectingContinue(`${running.url}${SEND}`, {
      ...KEY,
      'content-type': 'application/json',
      'content-length': String(LIMIT + 1),
    })
    expect(exchange.first).toBe(413)
    expect(exchange.final?.headers.connection).toBe('close')
    expect(JSON.parse(exchange.final!.text)).toMatchObject({
      success: false,
      errors: [{ code: 'PAYLOAD_TOO_LARGE', message: `Request body is larger than ${LIMIT} bytes`, field: 'body' }],
    })
    expect(running.mock.state().totalMessages).toBe(seeded)
  })

  it('invites a body within the limit with 100 Continue and accepts it', async () => {
    running = await startMockHttpServer({ port: 0, maxBodyBytes: LIMIT })
    const seeded = running.mock.state().totalMessages
    const body = JSON.stringify(SEND_REQUEST)
    const exchange = await sendExpectingContinue(
      `${running.url}${SEND}`,
      { ...KEY, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
      body,
    )
    expect(exchange.first).toBe(100)
    expect(exchange.final?.status).toBe(202)
    expect(running.mock.state().totalMessages).toBe(seeded + 1)
  })
})
