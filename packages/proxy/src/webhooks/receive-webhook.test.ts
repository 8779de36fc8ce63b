import { signWebhookBody } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { receiveWebhook } from './receive-webhook.ts'

const SECRET = 'whsec_test_secret'
const delivered = JSON.stringify({
  event: 'whatsapp.delivered',
  event_id: 'wa_0123456789abcdef0123456789abcdef',
  app_id: 'app-1',
  service_type: 'whatsapp',
  timestamp: '2026-11-25T10:00:00Z',
  data: { message_id: 'm1' },
})

const post = (body: BodyInit, headers: Record<string, string>) =>
  new Request('https://admin.example/api/briq-webhook', {
    method: 'POST',
    body,
    headers,
    duplex: 'half',
  } as RequestInit)

describe('receiveWebhook', () => {
  it('gives the event of a signed body', async () => {
    const request = post(delivered, { 'X-Briq-Signature': await signWebhookBody(delivered, SECRET) })
    const received = await receiveWebhook(request, { secret: SECRET })
    expect(received).toMatchObject({ ok: true, event: { event: 'whatsapp.delivered', data: { message_id: 'm1' } } })
  })

  it('refuses a wrong or missing signature with 401, and a signed non-event with 400', async () => {
    const wrong = await receiveWebhook(
      post(delivered, { 'X-Briq-Signature': await signWebhookBody(delivered, 'other') }),
      {
        secret: SECRET,
      },
    )
    expect(wrong).toMatchObject({ ok: false, status: 401 })
    expect(await receiveWebhook(post(delivered, {}), { secret: SECRET })).toMatchObject({ ok: false, status: 401 })
    const junk = '{"hello":1}'
    const notEvent = await receiveWebhook(post(junk, { 'X-Briq-Signature': await signWebhookBody(junk, SECRET) }), {
      secret: SECRET,
    })
    expect(notEvent).toMatchObject({ ok: false, status: 400 })
  })

  it('acknowledges (202) a signed event it does not handle, so Briq does not retry it', async () => {
    // Briq lists whatsapp.received as upcoming and retries any non-2xx answer.
    for (const event of ['whatsapp.received', 'whatsapp.reaction']) {
      const body = delivered.replace('whatsapp.delivered', event)
      const received = await receiveWebhook(post(body, { 'X-Briq-Signature': await signWebhookBody(body, SECRET) }), {
        secret: SECRET,
      })
      expect(received).toMatchObject({ ok: false, status: 202 })
      // Unsigned, the same body is still refused.
      expect(await receiveWebhook(post(body, {}), { secret: SECRET })).toMatchObject({ ok: false, status: 401 })
    }
  })

  // A delivery is a signed body, which only a POST carries; a GET (a browser, an uptime check) is
  // no forged delivery: 405 with the method that is taken (RFC 9110, 405 Method Not Allowed).
  it('answers a request that is no POST 405 with Allow: POST, before the secret or a signature', async () => {
    for (const method of ['GET', 'HEAD', 'PUT', 'OPTIONS']) {
      const request = new Request('https://app.example/api/briq-webhook', { method })
      for (const secret of [SECRET, '']) {
        const received = await receiveWebhook(request, { secret })
        expect(received).toMatchObject({ ok: false, status: 405, headers: { Allow: 'POST' } })
        expect(received.ok || received.error).toBe(
          'Briq delivers webhooks with POST; this endpoint takes nothing else.',
        )
      }
    }
  })

  it('answers 500 saying the secret is not set, not 401, while the server has no secret', async () => {
    // A deployment missing BRIQ_WEBHOOK_SECRET: Briq's genuine, signed deliveries must not read as forged.
    for (const secret of ['', '   ', undefined as unknown as string]) {
      const request = post(delivered, { 'X-Briq-Signature': await signWebhookBody(delivered, SECRET) })
      expect(await receiveWebhook(request, { secret })).toEqual({
        ok: false,
        status: 500,
        error: 'The webhook signing secret is not set on this server, so no delivery can be checked.',
        headers: {},
      })
    }
  })

  it('reads a secret with a trailing newline (from a file or an env file) as the secret', async () => {
    for (const secret of [`${SECRET}\n`, `${SECRET}\r\n`, `  ${SECRET} `]) {
      const request = post(delivered, { 'X-Briq-Signature': await signWebhookBody(delivered, SECRET) })
      expect(await receiveWebhook(request, { secret })).toMatchObject({ ok: true })
    }
  })

  it('answers 500 for a cap that is no whole number of bytes, never reading without one', async () => {
    const big = 'x'.repeat(200_000)
    for (const maxBodyBytes of [Number.NaN, Number.POSITIVE_INFINITY, 0, -1, 2.5]) {
      const request = post(big, { 'X-Briq-Signature': await signWebhookBody(big, SECRET) })
      expect(await receiveWebhook(request, { secret: SECRET, maxBodyBytes })).toEqual({
        ok: false,
        status: 500,
        error: 'maxBodyBytes must be a whole number ≥ 1 (bytes) on this server.',
        headers: {},
      })
    }
  })

  it('refuses a body over the cap with 413, declared or streamed, before checking anything else', async () => {
    const big = 'x'.repeat(2000)
    expect(
      await receiveWebhook(post(big, { 'X-Briq-Signature': await signWebhookBody(big, SECRET) }), {
        secret: SECRET,
        maxBodyBytes: 1000,
      }),
    ).toMatchObject({ ok: false, status: 413 })
    const streamed = new Blob([big]).stream()
    expect(await receiveWebhook(post(streamed, {}), { secret: SECRET, maxBodyBytes: 1000 })).toMatchObject({
      ok: false,
      status: 413,
    })
  })
})
