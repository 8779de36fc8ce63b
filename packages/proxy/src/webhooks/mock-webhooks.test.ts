import { createBriqMock } from '@briq-interactive/mock'
import { describe, expect, it } from 'vitest'
import { VALID_SEND } from '../testing/start-test-proxy.ts'
import { type ReceivedWebhook, receiveWebhook } from './receive-webhook.ts'

// The mock's deliveries, received the way an app's webhook route does: every one verifies
// against the same secret and parses, in the order the message moved.
describe('the mock’s webhook deliveries through receiveWebhook', () => {
  it('verify, parse and arrive as sent, delivered, read', async () => {
    const secret = 'whsec_e2e_secret_0123456789'
    const received: ReceivedWebhook[] = []
    let done: () => void = () => {}
    const all = new Promise<void>((resolve) => {
      done = resolve
    })
    const mock = createBriqMock({
      clock: 'manual',
      webhook: {
        url: 'https://app.example/api/briq-webhook',
        secret,
        fetch: async (url, init) => {
          received.push(await receiveWebhook(new Request(url, init), { secret }))
          if (received.length === 3) done()
          return new Response(null, { status: 204 })
        },
      },
    })
    const response = await mock.handle(
      new Request('https://karibu.briq.tz/v1/whatsapp/messages/interactive', {
        method: 'POST',
        headers: { 'X-API-Key': 'mock-api-key', 'Content-Type': 'application/json' },
        body: JSON.stringify(VALID_SEND),
      }),
    )
    const id = ((await response.json()) as { data: { message_id: string } }).data.message_id
    mock.advance(10_000)
    await all
    expect(received.map((r) => (r.ok ? `${r.event.event} ${r.event.data.message_id}` : r.error))).toEqual([
      `whatsapp.sent ${id}`,
      `whatsapp.delivered ${id}`,
      `whatsapp.read ${id}`,
    ])
  })
})
