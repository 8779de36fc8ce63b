import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { verifyWebhookSignature } from './verify-webhook-signature.ts'

const SECRET = 'whsec_test_0123456789abcdef'
const BODY = '{"event":"whatsapp.delivered","event_id":"wa_1","data":{"message_id":"m1"}}'
const sign = (body: string | Uint8Array, secret = SECRET) => createHmac('sha256', secret).update(body).digest('hex')

describe('verifyWebhookSignature', () => {
  it('accepts the HMAC-SHA256 of the raw body as bare hex, with the sha256= prefix, and in upper case', async () => {
    const hex = sign(BODY)
    expect(await verifyWebhookSignature(BODY, hex, SECRET)).toBe(true)
    expect(await verifyWebhookSignature(BODY, `sha256=${hex}`, SECRET)).toBe(true)
    expect(await verifyWebhookSignature(BODY, ` sha256=${hex.toUpperCase()} `, SECRET)).toBe(true)
  })

  it('works on raw bytes, including non-ASCII text', async () => {
    const bytes = new TextEncoder().encode('{"data":{"message_id":"m1","note":"Asante sana 🙏"}}')
    expect(await verifyWebhookSignature(bytes, `sha256=${sign(bytes)}`, SECRET)).toBe(true)
  })

  it('takes the ArrayBuffer of request.arrayBuffer() as well', async () => {
    const request = new Request('https://app.example/webhooks/briq', { method: 'POST', body: BODY })
    expect(await verifyWebhookSignature(await request.arrayBuffer(), `sha256=${sign(BODY)}`, SECRET)).toBe(true)
  })

  it('rejects a signature made with another secret', async () => {
    expect(await verifyWebhookSignature(BODY, sign(BODY, 'whsec_other'), SECRET)).toBe(false)
  })

  it('rejects a tampered body, even a re-serialised one with the same meaning', async () => {
    const hex = sign(BODY)
    expect(await verifyWebhookSignature(BODY.replace('m1', 'm2'), hex, SECRET)).toBe(false)
    expect(await verifyWebhookSignature(JSON.stringify(JSON.parse(BODY), null, 2), hex, SECRET)).toBe(false)
  })

  it.each([
    [null],
    [undefined],
    [''],
    ['sha256='],
    ['sha1=abcdef'],
    [`md5=${'a'.repeat(64)}`],
    ['z'.repeat(64)],
    ['a'.repeat(63)],
    ['a'.repeat(66)],
  ])('returns false, without throwing, for the malformed header %j', async (header) => {
    await expect(verifyWebhookSignature(BODY, header, SECRET)).resolves.toBe(false)
  })

  it('takes no blank secret: a key of white space is guessed at once, and forgery would pass', async () => {
    for (const blank of [' ', '\n', ' \r\n\t']) {
      expect(await verifyWebhookSignature(BODY, `sha256=${sign(BODY, blank)}`, blank)).toBe(false)
    }
  })

  it('reads a secret with white space around it (a file or an env file) as the secret', async () => {
    for (const secret of [`${SECRET}\n`, `${SECRET}\r\n`, `  ${SECRET} `]) {
      expect(await verifyWebhookSignature(BODY, `sha256=${sign(BODY)}`, secret)).toBe(true)
    }
  })

  it('returns false for an empty secret or a body of the wrong type', async () => {
    expect(await verifyWebhookSignature(BODY, sign(BODY, ''), '')).toBe(false)
    expect(await verifyWebhookSignature(42 as unknown as string, sign('42'), SECRET)).toBe(false)
  })
})
