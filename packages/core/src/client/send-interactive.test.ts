import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { SendInteractiveRequest } from '../schemas/send-request.ts'
import { createBriqClient } from './create-briq-client.ts'

const API = 'https://app.test/api/briq'
const SEND = `${API}/v1/whatsapp/messages/interactive`
const server = setupServer()
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const request: SendInteractiveRequest = {
  to: '255712345678',
  interactive: {
    type: 'button',
    body: { text: 'Did this resolve your issue?' },
    action: {
      buttons: [
        { type: 'reply', reply: { id: 'yes', title: 'Yes' } },
        { type: 'reply', reply: { id: 'no', title: 'No' } },
      ],
    },
  },
}
const sendResult = {
  message_id: '6f1c1d2e-0000-4000-8000-000000000001',
  conversation_id: '6f1c1d2e-0000-4000-8000-000000000002',
  sender_id: '6f1c1d2e-0000-4000-8000-000000000003',
  sender: '1107264639145282',
  provider_message_id: null,
  status: 'pending',
}

/** Answers every send with `respond` and records the requests. */
function sends(respond: () => Response) {
  const seen: { headers: Headers; body: unknown }[] = []
  server.use(
    http.post(SEND, async ({ request: incoming }) => {
      seen.push({ headers: incoming.headers, body: await incoming.json() })
      return respond()
    }),
  )
  return seen
}

describe('sendInteractive', () => {
  it('posts the validated request as JSON and returns the 202 send result', async () => {
    const seen = sends(() =>
      HttpResponse.json({ success: true, data: sendResult, errors: null, request_id: 'r' }, { status: 202 }),
    )
    const client = createBriqClient({ endpoint: `${API}/`, headers: { authorization: 'Bearer proxy-token' } })
    await expect(client.sendInteractive(request)).resolves.toEqual(sendResult)
    expect(seen).toHaveLength(1)
    expect(seen[0]?.body).toEqual(request)
    expect(seen[0]?.headers.get('content-type')).toBe('application/json')
    expect(seen[0]?.headers.get('accept')).toBe('application/json')
    expect(seen[0]?.headers.get('authorization')).toBe('Bearer proxy-token')
    expect(seen[0]?.headers.has('x-api-key')).toBe(false)
  })

  it('an invalid request is a validation error with mapped issues, and no request is made', async () => {
    const seen = sends(() => HttpResponse.json({}))
    const invalid = {
      interactive: {
        ...request.interactive,
        action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Yes, this resolved my issue' } }] },
      },
    } as unknown as SendInteractiveRequest
    const error = await createBriqClient({ endpoint: API })
      .sendInteractive(invalid)
      .catch((reason: unknown) => reason)
    expect(error).toMatchObject({ kind: 'validation', status: undefined })
    const { errors, issues, message } = error as { errors: unknown[]; issues: unknown[]; message: string }
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'required', field: 'to' }),
        expect.objectContaining({ code: 'too_long', field: 'interactive.action.buttons.0.reply.title' }),
      ]),
    )
    expect(issues).toHaveLength(errors.length)
    expect(message).toMatch(/^The send request is invalid: .+ \(and 1 more\)$/)
    expect(seen).toHaveLength(0)
  })

  it('422 WINDOW_CLOSED is an http error with the code and is not retried', async () => {
    const errors = [{ code: 'WINDOW_CLOSED', message: 'The 24-hour customer care window is closed', field: null }]
    const seen = sends(() =>
      HttpResponse.json({ success: false, data: null, errors, request_id: 'req-422' }, { status: 422 }),
    )
    const error = createBriqClient({ endpoint: API, retry: { baseDelayMs: 1 } }).sendInteractive(request)
    await expect(error).rejects.toMatchObject({
      kind: 'http',
      status: 422,
      code: 'WINDOW_CLOSED',
      requestId: 'req-422',
      message: 'Briq answered 422 WINDOW_CLOSED: The 24-hour customer care window is closed',
    })
    expect(seen).toHaveLength(1)
  })

  it('a 429 on a send is reported with its Retry-After and never retried', async () => {
    const seen = sends(() => new HttpResponse(null, { status: 429, headers: { 'retry-after': '0' } }))
    const error = createBriqClient({ endpoint: API, retry: { baseDelayMs: 1 } }).sendInteractive(request)
    await expect(error).rejects.toMatchObject({ kind: 'http', status: 429, retryAfterMs: 0 })
    expect(seen).toHaveLength(1)
  })

  it('a send result without a status takes it from the HTTP code, as the older send answers', async () => {
    // docs.briq.tz, api-reference/karibu-whatsapp/send-interactive-message: 200 "sent
    // synchronously" or 202 queued, with no `status` in `data`: a success, never an unreadable answer.
    const { status: _status, sender: _sender, ...olderResult } = sendResult
    sends(() =>
      HttpResponse.json(
        { success: true, data: { ...olderResult, provider_message_id: 'wamid.A1' }, errors: null, request_id: 'r' },
        { status: 200 },
      ),
    )
    await expect(createBriqClient({ endpoint: API }).sendInteractive(request)).resolves.toEqual({
      ...olderResult,
      provider_message_id: 'wamid.A1',
      status: 'sent',
    })
    server.resetHandlers()
    sends(() => HttpResponse.json({ success: true, data: olderResult, errors: null, request_id: 'r' }, { status: 202 }))
    await expect(createBriqClient({ endpoint: API }).sendInteractive(request)).resolves.toEqual({
      ...olderResult,
      status: 'pending',
    })
  })

  // docs.briq.tz, guides/whatsapp-messages and guides/whatsapp-send-interactive: "202
  // {message_id, status}", bare or in the envelope. A message id is Briq's receipt for the
  // message: an answer carrying one is a send it took, never one that may have to go again.
  it('a 202 (or 200) with only a message id and status, bare or enveloped, is a send taken', async () => {
    const only = { message_id: sendResult.message_id, status: 'pending' }
    for (const body of [only, { success: true, data: only, errors: null, request_id: 'r' }]) {
      server.resetHandlers()
      sends(() => HttpResponse.json(body, { status: 202 }))
      await expect(createBriqClient({ endpoint: API }).sendInteractive(request)).resolves.toEqual(only)
    }
    server.resetHandlers()
    sends(() => HttpResponse.json({ message_id: sendResult.message_id }, { status: 200 }))
    await expect(createBriqClient({ endpoint: API }).sendInteractive(request)).resolves.toEqual({
      message_id: sendResult.message_id,
      status: 'sent',
    })
  })

  it('a 202 without a message id is invalid_response', async () => {
    sends(() =>
      HttpResponse.json({ success: true, data: { status: 'pending' }, errors: null, request_id: 'r' }, { status: 202 }),
    )
    const error = createBriqClient({ endpoint: API }).sendInteractive(request)
    await expect(error).rejects.toMatchObject({ kind: 'invalid_response', status: 202 })
    await expect(error).rejects.toThrow('data.message_id')
  })
})
