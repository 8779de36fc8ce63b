import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { signWebhookBody, WEBHOOK_SIGNATURE_PREFIX, webhookMac } from './webhook-signature.ts'

describe('webhook signature', () => {
  it('is sha256=<hex> of the HMAC-SHA256 over exactly the body, as Node computes it', async () => {
    const body = '{"event":"whatsapp.read","data":{"message_id":"m-1"},"note":"Karibu 🇹🇿"}'
    const hex = createHmac('sha256', 'whsec_test').update(body).digest('hex')
    expect(await signWebhookBody(body, 'whsec_test')).toBe(`sha256=${hex}`)
    expect(await signWebhookBody(new TextEncoder().encode(body), 'whsec_test')).toBe(`sha256=${hex}`)
    expect(await signWebhookBody(body, 'other')).not.toBe(`sha256=${hex}`)
    expect(Buffer.from(await webhookMac(body, 'whsec_test')).toString('hex')).toBe(hex)
  })

  it("names its prefix once, for the signer and the proxy's verifier", () => {
    expect(WEBHOOK_SIGNATURE_PREFIX).toBe('sha256=')
  })
})
