import { sendExpectingContinue, writeUntilServerCloses } from '@briq-interactive/test-sockets'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FakeUpstream, json, startFakeUpstream } from './testing/fake-upstream.ts'
import { rawRequest } from './testing/raw-request.ts'
import { startTestProxy, type TestProxy, VALID_SEND } from './testing/start-test-proxy.ts'

const LIMIT = 2048
const SEND = '/v1/whatsapp/messages/interactive'
// JSON allows trailing whitespace, so a valid send can be padded to any exact size.
const sendOfSize = (bytes: number) => {
  const text = JSON.stringify(VALID_SEND)
  return text + ' '.repeat(bytes - text.length)
}

let upstream: FakeUpstream
let proxy: TestProxy
beforeAll(async () => {
  upstream = await startFakeUpstream((_req, res) => json(res, 202, { success: true, data: { status: 'pending' } }))
  proxy = await startTestProxy({ upstream: upstream.url, maxBodyBytes: LIMIT })
})
afterAll(async () => {
  await Promise.all([proxy.close(), upstream.close()])
})

describe('maxBodyBytes', () => {
  it.each([
    ['with Content-Length', { 'Content-Type': 'application/json' }],
    ['chunked, without Content-Length', { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }],
  ])('a body of exactly maxBodyBytes is forwarded byte for byte, one more byte is 413 (%s)', async (_name, headers) => {
    upstream.requests.length = 0
    const exact = await rawRequest(proxy.url, 'POST', SEND, headers, sendOfSize(LIMIT))
    expect(exact.status).toBe(202)
    expect(upstream.requests.map((request) => request.body.length)).toEqual([LIMIT])
    const over = await rawRequest(proxy.url, 'POST', SEND, headers, sendOfSize(LIMIT + 1))
    expect(over.status).toBe(413)
    expect(JSON.parse(over.body)).toMatchObject({
      success: false,
      errors: [
        { code: 'PROXY_PAYLOAD_TOO_LARGE', message: `Request body is larger than ${LIMIT} bytes`, field: 'body' },
      ],
    })
    expect(upstream.requests).toHaveLength(1)
  })

  it('counts bytes, not characters: multi-byte text just over the limit is 413', async () => {
    const text = JSON.stringify(VALID_SEND)
    const padded = `${text.slice(0, -1)},"x":"${'é'.repeat(Math.ceil((LIMIT - text.length) / 2))}"}`
    expect(padded.length).toBeLessThanOrEqual(LIMIT)
    const response = await rawRequest(proxy.url, 'POST', SEND, { 'Content-Type': 'application/json' }, padded)
    expect(response.status).toBe(413)
  })
})

describe('maxBodyBytes and a declared length whose body never comes (toNodeHandler)', () => {
  it('answers 413 at once and closes the connection, instead of 408 at the request timeout', async () => {
    upstream.requests.length = 0
    const head = `POST ${SEND} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${LIMIT + 1}`
    const started = performance.now()
    const received = await writeUntilServerCloses(proxy.url, `${head}\r\n\r\n`)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(received).toMatch(/^HTTP\/1\.1 413 /)
    expect(received.toLowerCase()).toContain('connection: close')
    expect(received).toContain('PROXY_PAYLOAD_TOO_LARGE')
    expect(upstream.requests).toHaveLength(0)
  })
})

describe('maxBodyBytes and Expect: 100-continue (toNodeHandler)', () => {
  it('refuses a declared length over the cap with 413 before inviting the body', async () => {
    upstream.requests.length = 0
    const exchange = await sendExpectingContinue(`${proxy.url}${SEND}`, {
      'content-type': 'application/json',
      'content-length': String(LIMIT + 1),
    })
    expect(exchange.first).toBe(413)
    expect(exchange.final?.headers.connection).toBe('close')
    expect(JSON.parse(exchange.final!.text)).toMatchObject({
      success: false,
      errors: [
        { code: 'PROXY_PAYLOAD_TOO_LARGE', message: `Request body is larger than ${LIMIT} bytes`, field: 'body' },
      ],
    })
    expect(upstream.requests).toHaveLength(0)
  })

  it('invites a body within the cap with 100 Continue and forwards it', async () => {
    upstream.requests.length = 0
    const body = sendOfSize(LIMIT)
    const exchange = await sendExpectingContinue(
      `${proxy.url}${SEND}`,
      { 'content-type': 'application/json', 'content-length': String(LIMIT) },
      body,
    )
    expect(exchange).toMatchObject({ first: 100, final: { status: 202 } })
    expect(upstream.requests.map((request) => request.body)).toEqual([body])
  })
})
