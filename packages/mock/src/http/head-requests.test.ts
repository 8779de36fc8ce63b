import { describe, expect, it } from 'vitest'
import { FIXTURE_IDS } from '../fixtures/fixture-ids.ts'
import { SEND_INTERACTIVE } from '../test-support/interactives.ts'
import { TRANSPORTS, useMock } from '../test-support/transports.ts'

// Headers the transport adds per connection, not the mock's answer.
const PER_CONNECTION = new Set(['date', 'connection', 'keep-alive'])

function answerHeaders(response: Response): Record<string, string> {
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    if (!PER_CONNECTION.has(name)) headers[name] = value
  })
  return headers
}

describe.each(TRANSPORTS)('HEAD over $name', (transport) => {
  const api = useMock(transport, { clock: 'manual', seed: 'head' })
  const request = (method: string, path: string, key: string | null = 'mock-api-key') =>
    fetch(`${api.base}${path}`, {
      method,
      // The same request id, so GET's body (which echoes it) has the same length each time.
      headers: { 'x-request-id': 'head-check', ...(key === null ? {} : { 'x-api-key': key }) },
    })

  it.each([
    ['senders (bare JSON)', '/v1/whatsapp/senders', 200, 'mock-api-key'],
    ['a message (envelope)', `/v1/whatsapp/messages/${FIXTURE_IDS.openingMessage}`, 200, 'mock-api-key'],
    ['the control state', '/__mock/state', 200, null],
    ['a read without a key', '/v1/whatsapp/conversations', 401, null],
    ['an unknown message', '/v1/whatsapp/messages/00000000-0000-4000-8000-000000000000', 404, 'mock-api-key'],
  ])('answers %s like GET, without the body', async (_label, path, status, key) => {
    const get = await request('GET', path, key)
    const getBody = new Uint8Array(await get.arrayBuffer())
    const head = await request('HEAD', path, key)
    expect(get.status).toBe(status)
    expect(head.status).toBe(status)
    expect(head.headers.get('content-type')).toBe('application/json')
    expect(head.headers.get('content-length')).toBe(String(getBody.byteLength))
    expect(getBody.byteLength).toBeGreaterThan(2)
    expect(answerHeaders(head)).toEqual(answerHeaders(get))
    expect(await head.text()).toBe('')
  })

  it('answers HEAD on a POST-only path with 405 and Allow: POST, without the body', async () => {
    const head = await request('HEAD', SEND_INTERACTIVE)
    expect(head.status).toBe(405)
    expect(head.headers.get('allow')).toBe('POST')
    expect(await head.text()).toBe('')
  })
})
