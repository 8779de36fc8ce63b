import { signWebhookBody } from '@briq-interactive/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { POST } from './webhook-route.ts'

// The webhook route exactly as the README shows it, called with real Requests.
const SECRET = 'whsec_example_secret'
afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

const deliver = async (body: string, signature?: string) =>
  POST(
    new Request('http://localhost:3000/api/briq-webhook', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Briq-Signature': signature ?? (await signWebhookBody(body, SECRET)),
      },
      body,
    }),
  )

const failed = {
  event: 'whatsapp.failed',
  app_id: 'app-1',
  data: { message_id: 'm1', error_code: 131052, error_message: 'Media download failed' },
}

describe('the webhook route example', () => {
  it("accepts a signed event in the WhatsApp guide's envelope and in the SMS guide's", async () => {
    vi.stubEnv('BRIQ_WEBHOOK_SECRET', SECRET)
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const whatsapp = { ...failed, event_id: 'wa_1', service_type: 'whatsapp', timestamp: '2026-11-25T10:00:00Z' }
    expect((await deliver(JSON.stringify(whatsapp))).status).toBe(204)
    const sms = { ...failed, id: 'evt_1', channel: 'whatsapp', created_at: '2026-11-25T10:00:00Z' }
    expect((await deliver(JSON.stringify(sms))).status).toBe(204)
    expect(warned).toHaveBeenCalledTimes(2)
    expect(String(warned.mock.calls[0]?.[0])).toContain('m1 failed: 131052')
  })

  it('answers 401 to a body signed with another secret, 413 to one over the cap', async () => {
    vi.stubEnv('BRIQ_WEBHOOK_SECRET', SECRET)
    const body = JSON.stringify({ ...failed, event_id: 'wa_2', service_type: 'whatsapp', timestamp: 1 })
    expect((await deliver(body, await signWebhookBody(body, 'another-secret'))).status).toBe(401)
    const huge = JSON.stringify({ ...failed, padding: 'x'.repeat(70 * 1024) })
    expect((await deliver(huge)).status).toBe(413)
  })
})
