import { describe, expect, it } from 'vitest'
import { parseWebhookEvent } from './parse-webhook-event.ts'

const base = {
  event_id: 'wa_0123456789abcdef0123456789abcdef',
  app_id: '6f1c2a9e-8b7d-4c6e-9a1b-2c3d4e5f6a7b',
  service_type: 'whatsapp',
  timestamp: '2026-11-25T10:00:00Z',
}
const raw = (value: unknown) => JSON.stringify(value)

describe('parseWebhookEvent', () => {
  it.each(['whatsapp.sent', 'whatsapp.delivered', 'whatsapp.read'])(
    'parses %s and keeps undocumented data keys',
    (event) => {
      const result = parseWebhookEvent(raw({ ...base, event, data: { message_id: 'm1', recipient: '255712345678' } }))
      expect(result).toEqual({
        ok: true,
        event: { ...base, event, data: { message_id: 'm1', recipient: '255712345678' } },
      })
    },
  )

  it("reads the SMS subscriber guide's envelope too (id, channel, created_at) in the WhatsApp guide's names", () => {
    const body = {
      id: 'evt_0123456789abcdef',
      event: 'whatsapp.delivered',
      channel: 'whatsapp',
      app_id: base.app_id,
      created_at: '2026-11-25T10:00:00Z',
      data: { message_id: 'm1' },
    }
    expect(parseWebhookEvent(raw(body))).toEqual({
      ok: true,
      event: {
        event: 'whatsapp.delivered',
        event_id: 'evt_0123456789abcdef',
        app_id: base.app_id,
        service_type: 'whatsapp',
        timestamp: '2026-11-25T10:00:00Z',
        data: { message_id: 'm1' },
      },
    })
    const sms = { ...body, channel: 'sms' }
    expect(parseWebhookEvent(raw(sms))).toEqual({ ok: false, error: '"channel" must be "whatsapp".' })
  })

  it('parses whatsapp.failed with its error fields, from bytes too', () => {
    const body = {
      ...base,
      event: 'whatsapp.failed',
      data: { message_id: 'm1', error_code: 131052, error_message: 'Media download failed' },
    }
    const result = parseWebhookEvent(new TextEncoder().encode(raw(body)))
    expect(result.ok).toBe(true)
    if (result.ok && result.event.event === 'whatsapp.failed') {
      expect(result.event.data.error_code).toBe(131052)
      expect(result.event.data.error_message).toBe('Media download failed')
    } else {
      throw new Error('expected a whatsapp.failed event')
    }
  })

  it.each([
    ['not json', /not valid JSON/],
    ['[1,2]', /must be a JSON object/],
    [raw({ ...base, data: { message_id: 'm1' } }), /no "event" name/],
    [raw({ ...base, event: 'whatsapp.received', data: { message_id: 'm1' } }), /not supported by Briq yet/],
    [raw({ ...base, event: 'sms.delivered', data: { message_id: 'm1' } }), /Unknown webhook event "sms.delivered"/],
    [raw({ ...base, event_id: undefined, event: 'whatsapp.read', data: { message_id: 'm1' } }), /missing "event_id"/],
    [raw({ ...base, app_id: 7, event: 'whatsapp.read', data: { message_id: 'm1' } }), /missing "app_id"/],
    [
      raw({ ...base, service_type: 'sms', event: 'whatsapp.read', data: { message_id: 'm1' } }),
      /"service_type" must be "whatsapp"/,
    ],
    [raw({ ...base, timestamp: null, event: 'whatsapp.read', data: { message_id: 'm1' } }), /missing "timestamp"/],
    [raw({ ...base, event: 'whatsapp.read' }), /missing the "data" object/],
    [raw({ ...base, event: 'whatsapp.read', data: {} }), /missing "data.message_id"/],
    [raw({ ...base, event: 'whatsapp.failed', data: { message_id: 'm1', error_code: {} } }), /error_code must be/],
    [raw({ ...base, event: 'whatsapp.failed', data: { message_id: 'm1', error_message: 1 } }), /error_message must be/],
  ])('explains what is wrong with %s', (body, error) => {
    const result = parseWebhookEvent(body)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(error)
    // Only an event name the kit does not handle is "unsupported"; every other case is a bad body.
    const unsupported = /not supported by Briq yet|Unknown webhook event/.test(String(error))
    expect(!result.ok && result.unsupported === true).toBe(unsupported)
  })

  it('takes the ArrayBuffer of request.arrayBuffer() as well', async () => {
    const body = raw({ ...base, event: 'whatsapp.delivered', data: { message_id: 'm1' } })
    const request = new Request('https://app.example/webhooks/briq', { method: 'POST', body })
    expect(parseWebhookEvent(await request.arrayBuffer())).toMatchObject({
      ok: true,
      event: { event: 'whatsapp.delivered' },
    })
  })

  it('says it wants the raw body when given an already parsed object', () => {
    const parsed = { ...base, event: 'whatsapp.read', data: { message_id: 'm1' } }
    const result = parseWebhookEvent(parsed as unknown as string)
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/needs the raw body/) })
  })

  it('never throws for a value that throws when inspected (a revoked or hostile Proxy)', () => {
    const revoked = Proxy.revocable({}, {})
    revoked.revoke()
    const hostile = new Proxy(new Uint8Array(1), {
      getPrototypeOf() {
        throw new Error('trap')
      },
    })
    for (const value of [revoked.proxy, hostile]) {
      expect(parseWebhookEvent(value as unknown as string)).toEqual({
        ok: false,
        error: expect.stringMatching(/needs the raw body/),
      })
    }
  })

  it('rejects bytes that are not UTF-8', () => {
    expect(parseWebhookEvent(new Uint8Array([0xff, 0xfe, 0x7b]))).toEqual({
      ok: false,
      error: 'The webhook body is not valid UTF-8.',
    })
  })
})
