import { describe, expect, it } from 'vitest'
import { FIXTURE_IDS } from '../fixtures/fixture-ids.ts'
import { SEND_INTERACTIVE } from '../test-support/interactives.ts'
import { TRANSPORTS, useMock } from '../test-support/transports.ts'

// Briq runs on FastAPI, whose routes take only the methods declared: a GET route answers HEAD
// with 405 (fastapi/fastapi#1773), and so do the mock and the proxy.
describe.each(TRANSPORTS)('HEAD over $name', (transport) => {
  const api = useMock(transport, { clock: 'manual', seed: 'head' })
  const request = (method: string, path: string, key: string | null = 'mock-api-key') =>
    fetch(`${api.base}${path}`, {
      method,
      headers: { 'x-request-id': 'head-check', ...(key === null ? {} : { 'x-api-key': key }) },
    })

  it.each([
    ['senders (bare JSON)', '/v1/whatsapp/senders', 'GET', 'mock-api-key'],
    ['a message (envelope)', `/v1/whatsapp/messages/${FIXTURE_IDS.openingMessage}`, 'GET', 'mock-api-key'],
    ['the control state', '/__mock/state', 'GET', null],
    ['a read without a key', '/v1/whatsapp/conversations', 'GET', null],
    ['the send', SEND_INTERACTIVE, 'POST', 'mock-api-key'],
  ])('refuses HEAD on %s with 405, Allow naming the methods, and no body', async (_label, path, allow, key) => {
    const head = await request('HEAD', path, key)
    expect(head.status).toBe(405)
    expect(head.headers.get('allow')).toBe(allow)
    expect(head.headers.get('content-type')).toBe('application/json')
    expect(head.headers.get('x-request-id')).toBe('head-check')
    expect(await head.text()).toBe('')
    // The same path answers its own method as before.
    expect((await request(allow, path, key)).status).not.toBe(405)
  })

  it("words the refusal in Briq's error envelope, as any other method a path does not take", async () => {
    // HEAD has no body to read, so the same refusal is read from a method with one.
    const put = await request('PUT', '/v1/whatsapp/senders')
    expect(put.status).toBe(405)
    expect(put.headers.get('allow')).toBe('GET')
    expect(await put.json()).toMatchObject({
      success: false,
      errors: [{ code: 'METHOD_NOT_ALLOWED', message: 'PUT is not allowed on this path; use GET.' }],
      request_id: 'head-check',
    })
  })
})
