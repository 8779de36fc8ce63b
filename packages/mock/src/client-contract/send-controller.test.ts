import {
  BriqError,
  coreMessagesEn,
  coreMessagesSw,
  createBriqClient,
  createSendController,
  describeRequestFailure,
  describeSendFailure,
  type SendInteractiveRequest,
  sendFailureReason,
  sendHoldSecondsLeft,
} from '@briq-interactive/core'
import { INTERACTIVE_EXAMPLES, SEND_REQUEST } from '@briq-interactive/fixtures'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createBriqMock } from '../create-briq-mock.ts'
import { FIXTURE_PHONES } from '../fixtures/fixture-ids.ts'
import { DEFAULT_API_KEY } from '../options.ts'

// Core's send controller against the mock's answers (a contract test: what the controller
// makes of Briq's answers, as the mock gives them, over real fetch through msw).

// Latency faults never end, so a request with latency hangs until it is aborted or times out.
const mock = createBriqMock({ seed: 'send-controller', clock: 'manual', sleep: () => new Promise(() => {}) })
const server = setupServer(...mock.handlers)
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
beforeEach(() => mock.reset())
afterEach(() => {
  server.resetHandlers()
  mock.setFaults({})
})
afterAll(() => server.close())

const ENDPOINT = 'https://admin.example/api/briq'
let requests: string[] = []
const makeClient = (timeoutMs?: number) => {
  requests = []
  return createBriqClient({
    endpoint: ENDPOINT,
    headers: { 'X-API-Key': DEFAULT_API_KEY },
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    fetch: (url, init) => {
      requests.push(`${init.method} ${url}`)
      return fetch(url, init)
    },
  })
}

const draft = (to: string = FIXTURE_PHONES.open): SendInteractiveRequest => ({ ...structuredClone(SEND_REQUEST), to })

describe('createSendController', () => {
  it('starts idle with a frozen snapshot that stays the same object until something changes', () => {
    const sending = createSendController(makeClient())
    const first = sending.getSnapshot()
    expect(first).toEqual({ status: 'idle', maybeSent: false })
    expect(Object.isFrozen(first)).toBe(true)
    expect(sending.getSnapshot()).toBe(first)
    sending.reset()
    expect(sending.getSnapshot()).toBe(first)
  })

  it('a double click makes one request: the second send returns the same in-flight promise', async () => {
    const onSuccess = vi.fn()
    const sending = createSendController(makeClient(), { onSuccess, now: () => 1234 })
    const seen: string[] = []
    sending.subscribe(() => seen.push(sending.getSnapshot().status))
    const first = sending.send(draft())
    const second = sending.send(draft('255712000000'))
    expect(second).toBe(first)
    expect(sending.getSnapshot()).toMatchObject({ status: 'pending', request: draft(), submittedAt: 1234 })
    const data = await first
    expect(requests).toEqual([`POST ${ENDPOINT}/v1/whatsapp/messages/interactive`])
    expect(data.status).toBe('pending')
    expect(sending.getSnapshot()).toEqual({
      status: 'success',
      request: draft(),
      data,
      submittedAt: 1234,
      maybeSent: false,
    })
    expect(seen).toEqual(['pending', 'success'])
    expect(onSuccess).toHaveBeenCalledOnce()
    expect(onSuccess).toHaveBeenCalledWith(data, draft())
  })

  it('refuses a request identical to the last successful one (key order aside) unless allowDuplicate', async () => {
    const onError = vi.fn()
    const sending = createSendController(makeClient(), { onError })
    const { message_id } = await sending.send(draft())
    const { interactive, to } = draft()
    const reordered = { interactive, to }
    const again = sending.send(reordered)
    await expect(again).rejects.toBeInstanceOf(BriqError)
    await expect(again).rejects.toMatchObject({ kind: 'validation', code: 'DUPLICATE_SEND' })
    await again.catch((error: BriqError) => {
      expect(error.message).toContain(message_id)
      expect(error.message).toContain('already sent')
    })
    expect(requests).toHaveLength(1)
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', request: reordered, maybeSent: false })
    expect(sending.getSnapshot().data?.message_id).toBe(message_id)
    expect(onError).toHaveBeenCalledOnce()

    // Still refused after a reset; a different request and an explicit duplicate both go.
    sending.reset()
    await expect(sending.send(draft())).rejects.toMatchObject({ code: 'DUPLICATE_SEND' })
    const other = await sending.send({ ...draft(), interactive: { ...interactive, body: { text: 'Other' } } })
    expect(other.message_id).not.toBe(message_id)
    await sending.send(draft(), { allowDuplicate: true })
    expect(requests).toHaveLength(3)
    expect(sending.getSnapshot().status).toBe('success')
  })

  it('a flow whose data differs only under a "__proto__" key is another request, not a duplicate', async () => {
    // Flow data is the host's own JSON, where "__proto__" is an ordinary key.
    const flow = (size: string): SendInteractiveRequest =>
      JSON.parse(
        JSON.stringify({ to: FIXTURE_PHONES.open, interactive: INTERACTIVE_EXAMPLES.flow }).replace(
          '{"screen":"WELCOME"}',
          `{"screen":"WELCOME","data":{"__proto__":{"size":"${size}"}}}`,
        ),
      )
    const sending = createSendController(makeClient())
    const first = await sending.send(flow('M'))
    const second = await sending.send(flow('L'))
    expect(second.message_id).not.toBe(first.message_id)
    expect(requests).toHaveLength(2)
    await expect(sending.send(flow('L'))).rejects.toMatchObject({ code: 'DUPLICATE_SEND' })
  })

  it('an invalid request fails with kind validation, makes no request and keeps the draft', async () => {
    const sending = createSendController(makeClient())
    const invalid = { ...draft(), interactive: { ...draft().interactive, body: { text: '' } } }
    await expect(sending.send(invalid)).rejects.toMatchObject({ kind: 'validation' })
    expect(requests).toEqual([])
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', request: invalid, maybeSent: false })
    // The controller's copy of it, as it was sent (send-controller-copy.test.ts).
    expect(sending.getSnapshot().request).toEqual(invalid)
  })

  it('a 4xx (422 WINDOW_CLOSED) keeps the draft, is not maybeSent, and a later send still goes', async () => {
    const sending = createSendController(makeClient())
    const closed = draft(FIXTURE_PHONES.closed)
    await expect(sending.send(closed)).rejects.toMatchObject({ kind: 'http', status: 422, code: 'WINDOW_CLOSED' })
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', request: closed, maybeSent: false })
    expect(sending.getSnapshot().error?.code).toBe('WINDOW_CLOSED')
    await sending.send(draft())
    expect(sending.getSnapshot().status).toBe('success')
  })

  it('a 503 keeps the draft and is not maybeSent (Briq did not take it); the same draft may be retried', async () => {
    mock.setFaults({ status: 503 })
    let clock = 1_000
    const sending = createSendController(makeClient(), { now: () => clock })
    await expect(sending.send(draft())).rejects.toMatchObject({ kind: 'http', status: 503, retryAfterMs: 2_000 })
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', request: draft(), maybeSent: false })
    mock.setFaults({})
    clock += 2_000
    await sending.send(draft())
    expect(requests).toHaveLength(2)
  })

  it("does not hold sends after a 500's Retry-After: it may have gone, and the same request is held as MAYBE_SENT instead", async () => {
    server.use(
      http.post('*/v1/whatsapp/messages/interactive', () =>
        HttpResponse.json({ success: false }, { status: 500, headers: { 'Retry-After': '30' } }),
      ),
    )
    const sending = createSendController(makeClient(), { now: () => 1_000 })
    await expect(sending.send(draft())).rejects.toMatchObject({ kind: 'http', status: 500, retryAfterMs: 30_000 })
    server.resetHandlers()
    await expect(sending.send(draft())).rejects.toMatchObject({ code: 'MAYBE_SENT' })
    const changed = draft()
    changed.interactive = { ...changed.interactive, body: { text: 'Changed after the 500' } }
    await sending.send(changed)
    expect(requests).toHaveLength(2)
  })

  // A 503's Retry-After is how long the service is expected to be unavailable (RFC 9110, Retry-After).
  it.each([
    [429, 'RATE_LIMITED'],
    [503, 'SERVICE_UNAVAILABLE'],
  ] as const)(
    "honours a %i's Retry-After: no send of any request goes before it has passed, and the refusal (%s) says how long is left",
    async (status, code) => {
      mock.setFaults({ status, retryAfterSeconds: 30 })
      let clock = 1_000
      const onError = vi.fn()
      const sending = createSendController(makeClient(), { now: () => clock, onError })
      await expect(sending.send(draft())).rejects.toMatchObject({ kind: 'http', status, retryAfterMs: 30_000 })
      mock.setFaults({})

      clock += 10_000
      const other = draft('255712000000')
      await expect(sending.send(other, { allowDuplicate: true })).rejects.toMatchObject({
        kind: 'validation',
        code,
        retryAfterMs: 20_000,
      })
      expect(requests).toHaveLength(1)
      expect(sending.getSnapshot()).toMatchObject({ status: 'error', request: other, maybeSent: false })
      expect(sending.getSnapshot().error?.message).toContain(`(${status}, Retry-After): wait 20 s more`)
      expect(onError).toHaveBeenCalledTimes(2)

      clock += 20_000
      await sending.send(draft())
      expect(requests).toHaveLength(2)
      expect(sending.getSnapshot().status).toBe('success')
    },
  )

  // Retry-After says how long a client "ought to wait" (RFC 9110, Retry-After): a send before
  // then would only be refused again, so the hold and its sentence last as long as Briq asked.
  it.each([
    [429, 'RATE_LIMITED'],
    [503, 'SERVICE_UNAVAILABLE'],
  ] as const)("holds sends for all of a %i's day-long Retry-After, and says so (%s)", async (status, code) => {
    mock.setFaults({ status, retryAfterSeconds: 86_400 })
    let clock = 1_000
    const sending = createSendController(makeClient(), { now: () => clock })
    await expect(sending.send(draft())).rejects.toMatchObject({ status, retryAfterMs: 86_400_000 })
    const failed = sending.getSnapshot().error
    expect(failed && sendFailureReason(failed).retryAfterSeconds).toBe(86_400)
    expect(failed && describeSendFailure(failed)).toMatch(/Try again in 24 hours[.;]/)
    mock.setFaults({})

    clock += 86_399_000
    await expect(sending.send(draft())).rejects.toMatchObject({ code, retryAfterMs: 1_000 })
    expect(requests).toHaveLength(1)
    clock += 1_000
    await sending.send(draft())
    expect(requests).toHaveLength(2)
    expect(sending.getSnapshot().status).toBe('success')
  })

  // Retry-After: 0 says a retry may go at once (RFC 9110, Retry-After: delay-seconds): nothing
  // is held, so no sentence may name a wait of a second that nothing enforces.
  it.each([429, 503] as const)('a %i with Retry-After: 0 holds nothing and names no wait', async (status) => {
    mock.setFaults({ status, retryAfterSeconds: 0 })
    const sending = createSendController(makeClient())
    await expect(sending.send(draft())).rejects.toMatchObject({ status, retryAfterMs: 0 })
    const failed = sending.getSnapshot()
    expect(failed.hold).toBeUndefined()
    expect(failed.error && sendFailureReason(failed.error).retryAfterSeconds).toBeUndefined()
    const [en, sw] = [coreMessagesEn, coreMessagesSw].map(
      (messages) => failed.error && describeSendFailure(failed.error, messages),
    )
    expect(en).not.toMatch(/second/)
    expect(sw).not.toMatch(/sekunde/)
    expect(failed.error && describeRequestFailure(failed.error)).not.toMatch(/second/)
    mock.setFaults({})
    await sending.send(draft())
    expect(requests).toHaveLength(2)
  })

  it('every snapshot shows the hold while it lasts, so a UI can say before a press that Send is held', async () => {
    mock.setFaults({ status: 429, retryAfterSeconds: 30 })
    let clock = 1_000
    const sending = createSendController(makeClient(), { now: () => clock })
    await expect(sending.send(draft())).rejects.toMatchObject({ status: 429 })
    // The mock's 429 is Briq's (its envelope, RATE_LIMITED): the note names Briq.
    const hold = { until: 31_000, reason: 'rate_limited', askedBy: 'briq' }
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', hold })
    // Editing the draft resets the send; the hold stays, as it holds every request.
    sending.reset()
    expect(sending.getSnapshot()).toEqual({ status: 'idle', maybeSent: false, hold })
    clock += 20_500
    const held = sending.getSnapshot().hold
    expect(held && sendHoldSecondsLeft(held, clock)).toBe(10)
    expect(held && coreMessagesEn.sendHold({ ...held, seconds: 10 })).toBe(
      'Sending is on hold for another 10 seconds: Briq asked to wait (too many messages at once).',
    )
    expect(coreMessagesSw.sendHold({ reason: 'server', askedBy: 'briq', seconds: 1 })).toBe(
      'Kutuma kumesimamishwa kwa sekunde 1 zaidi: Briq imeomba kusubiri (imepata hitilafu upande wake).',
    )
    clock += 9_500
    expect(held && sendHoldSecondsLeft(held, clock)).toBeUndefined()
    mock.setFaults({})
    const sent = sending.send(draft())
    expect(sending.getSnapshot()).toEqual({ status: 'pending', request: draft(), submittedAt: clock, maybeSent: false })
    await sent
    expect(sending.getSnapshot().hold).toBeUndefined()
  })

  it('holds sends for all of a Retry-After past a minute, and says the real wait, in English and Swahili', async () => {
    mock.setFaults({ status: 429, retryAfterSeconds: 300 })
    let clock = 1_000
    const sending = createSendController(makeClient(), { now: () => clock })
    await expect(sending.send(draft())).rejects.toMatchObject({ status: 429, retryAfterMs: 300_000 })
    const failed = sending.getSnapshot()
    expect(failed.hold).toEqual({ until: 301_000, reason: 'rate_limited', askedBy: 'briq' })
    expect(failed.error && describeSendFailure(failed.error)).toBe('Too many messages at once. Try again in 5 minutes.')
    expect(failed.error && describeSendFailure(failed.error, coreMessagesSw)).toBe(
      'Jumbe nyingi mno kwa wakati mmoja. Jaribu tena baada ya dakika 5.',
    )
    // Four minutes on, Briq's wait is not over: nothing goes, and the refusal says what is left.
    mock.setFaults({})
    clock += 240_000
    const early = await sending.send(draft()).catch((error: unknown) => error)
    expect(early).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 60_000 })
    expect(requests).toHaveLength(1)
    expect(early instanceof BriqError && describeSendFailure(early)).toBe(
      'Too many messages at once. Try again in 1 minute.',
    )
    expect(coreMessagesEn.sendHold({ reason: 'rate_limited', askedBy: 'briq', seconds: 3_700 })).toBe(
      'Sending is on hold for another 1 hour 2 minutes: Briq asked to wait (too many messages at once).',
    )
    expect(coreMessagesSw.sendHold({ reason: 'rate_limited', askedBy: 'briq', seconds: 3_700 })).toBe(
      'Kutuma kumesimamishwa kwa muda wa saa 1 na dakika 2 zaidi: Briq imeomba kusubiri (jumbe nyingi mno kwa wakati mmoja).',
    )
    clock += 60_000
    await sending.send(draft())
    expect(requests).toHaveLength(2)
  })

  it('holds nothing for a Retry-After past a day (a setting gone wrong): Send stays open, and says why', async () => {
    mock.setFaults({ status: 429, retryAfterSeconds: 31_536_000 })
    const sending = createSendController(makeClient(), { now: () => 1_000 })
    await expect(sending.send(draft())).rejects.toMatchObject({ status: 429, retryAfterMs: 31_536_000_000 })
    const failed = sending.getSnapshot()
    expect(failed.hold).toBeUndefined()
    expect(failed.error && describeSendFailure(failed.error)).toMatch(
      /^Too many messages at once\. Briq asked to wait more than a day before sending again, .* try again in a few minutes,/,
    )
    // A press a minute on goes to Briq again, not refused for "8760 hours".
    mock.setFaults({})
    await sending.send(draft())
    expect(requests).toHaveLength(2)
  })

  it('a 500 with Retry-After puts no hold in the snapshot (it holds only its maybe-sent request)', async () => {
    server.use(
      http.post('*/v1/whatsapp/messages/interactive', () =>
        HttpResponse.json({ success: false }, { status: 500, headers: { 'Retry-After': '30' } }),
      ),
    )
    const sending = createSendController(makeClient(), { now: () => 1_000 })
    await expect(sending.send(draft())).rejects.toMatchObject({ status: 500 })
    expect(sending.getSnapshot().hold).toBeUndefined()
  })

  it('a network failure keeps the draft and is maybeSent', async () => {
    server.use(http.post('*/v1/whatsapp/messages/interactive', () => HttpResponse.error()))
    const sending = createSendController(makeClient())
    await expect(sending.send(draft())).rejects.toMatchObject({ kind: 'network' })
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', request: draft(), maybeSent: true })
  })

  it('after a maybeSent failure the identical request is held (MAYBE_SENT, no request) unless allowDuplicate', async () => {
    server.use(http.post('*/v1/whatsapp/messages/interactive', () => HttpResponse.error()))
    const onError = vi.fn()
    const sending = createSendController(makeClient(), { onError })
    await expect(sending.send(draft())).rejects.toMatchObject({ kind: 'network' })
    server.resetHandlers()
    const { interactive, ...target } = draft()
    const reordered = { interactive, ...target }
    await expect(sending.send(reordered)).rejects.toMatchObject({ kind: 'validation', code: 'MAYBE_SENT' })
    expect(requests).toHaveLength(1)
    // The warning stays: the first request may still have reached Briq.
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', request: reordered, maybeSent: true })
    expect(onError).toHaveBeenCalledTimes(2)
    sending.reset()
    await expect(sending.send(draft())).rejects.toMatchObject({ code: 'MAYBE_SENT' })
    await sending.send(draft(), { allowDuplicate: true })
    expect(requests).toHaveLength(2)
    // Once it went on purpose, an identical send is an ordinary duplicate.
    await expect(sending.send(draft())).rejects.toMatchObject({ code: 'DUPLICATE_SEND' })
  })

  it('a maybeSent failure holds only that request: another message or recipient goes at once', async () => {
    mock.setFaults({ latencyMs: 60_000 })
    const sending = createSendController(makeClient(30))
    await expect(sending.send(draft())).rejects.toMatchObject({ kind: 'timeout' })
    mock.setFaults({})
    const changed = draft()
    changed.interactive = { ...changed.interactive, body: { text: 'Changed after the timeout' } }
    await sending.send(changed)
    expect(requests).toHaveLength(2)
    expect(sending.getSnapshot()).toMatchObject({ status: 'success', maybeSent: false })
  })

  it('a 5xx after a maybeSent failure keeps holding the identical request', async () => {
    server.use(http.post('*/v1/whatsapp/messages/interactive', () => HttpResponse.error()))
    const sending = createSendController(makeClient())
    await expect(sending.send(draft())).rejects.toMatchObject({ kind: 'network' })
    server.resetHandlers()
    mock.setFaults({ status: 500 })
    await expect(sending.send(draft(), { allowDuplicate: true })).rejects.toMatchObject({ status: 500 })
    mock.setFaults({})
    await expect(sending.send(draft())).rejects.toMatchObject({ code: 'MAYBE_SENT' })
    expect(requests).toHaveLength(2)
  })

  it.each([
    [
      'an unreadable 200 (Briq accepted something)',
      () => new HttpResponse('<html>ok</html>', { status: 200 }),
      'invalid_response',
    ],
    [
      'a Briq 500 (its handler may have failed after passing the message on)',
      () => HttpResponse.json({ success: false, message: 'Internal Server Error', data: null }, { status: 500 }),
      'http',
    ],
    [
      "a proxy 502 (it lost Briq's answer)",
      () => HttpResponse.json({ success: false, data: null }, { status: 502 }),
      'http',
    ],
    [
      "a CDN's 524 in front of Briq (Briq got the request; nobody waited for its answer)",
      () => new HttpResponse('<html>A timeout occurred</html>', { status: 524 }),
      'http',
    ],
  ])('%s is maybeSent, and the identical request is held', async (_name, answer, kind) => {
    server.use(http.post('*/v1/whatsapp/messages/interactive', answer))
    const sending = createSendController(makeClient())
    await expect(sending.send(draft())).rejects.toMatchObject({ kind })
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', request: draft(), maybeSent: true })
    server.resetHandlers()
    await expect(sending.send(draft())).rejects.toMatchObject({ code: 'MAYBE_SENT' })
    expect(requests).toHaveLength(1)
  })

  it('a timeout keeps the draft and is maybeSent', async () => {
    mock.setFaults({ latencyMs: 60_000 })
    const sending = createSendController(makeClient(30))
    await expect(sending.send(draft())).rejects.toMatchObject({ kind: 'timeout' })
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', request: draft(), maybeSent: true })
  })

  it('cancel() aborts the pending send: kind aborted, draft kept, maybeSent', async () => {
    mock.setFaults({ latencyMs: 60_000 })
    const sending = createSendController(makeClient())
    const call = sending.send(draft())
    await vi.waitFor(() => expect(requests).toHaveLength(1))
    sending.cancel()
    await expect(call).rejects.toMatchObject({ kind: 'aborted' })
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', request: draft(), maybeSent: true })
  })

  it("the caller's signal aborts the send; an already-aborted one makes no request and is not maybeSent", async () => {
    mock.setFaults({ latencyMs: 60_000 })
    const sending = createSendController(makeClient())
    const user = new AbortController()
    const call = sending.send(draft(), { signal: user.signal })
    await vi.waitFor(() => expect(requests).toHaveLength(1))
    user.abort()
    await expect(call).rejects.toMatchObject({ kind: 'aborted' })

    const early = new AbortController()
    early.abort()
    // allowDuplicate: the first, aborted after it started, is held as maybe sent.
    const again = sending.send(draft(), { signal: early.signal, allowDuplicate: true })
    await expect(again).rejects.toMatchObject({ kind: 'aborted' })
    expect(requests).toHaveLength(1)
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', request: draft(), maybeSent: false })
  })

  it('reset() while pending aborts it and goes idle without calling onError', async () => {
    mock.setFaults({ latencyMs: 60_000 })
    const onError = vi.fn()
    const sending = createSendController(makeClient(), { onError })
    const call = sending.send(draft())
    sending.reset()
    expect(sending.getSnapshot()).toEqual({ status: 'idle', maybeSent: false })
    await expect(call).rejects.toMatchObject({ kind: 'aborted' })
    expect(sending.getSnapshot().status).toBe('idle')
    expect(onError).not.toHaveBeenCalled()
  })

  it('never throws synchronously, even when the client does', async () => {
    const throwing = {
      ...makeClient(),
      sendInteractive: () => {
        throw new TypeError('broken client')
      },
    }
    const sending = createSendController(throwing)
    let call: Promise<unknown> | undefined
    expect(() => {
      call = sending.send(draft())
    }).not.toThrow()
    await expect(call).rejects.toMatchObject({ kind: 'network', message: expect.stringContaining('broken client') })
    // A failure of the host's own client cannot be placed before its request: held, as its sentence says.
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', request: draft(), maybeSent: true })
  })

  it('unsubscribe stops notifications', async () => {
    const sending = createSendController(makeClient())
    const listener = vi.fn()
    sending.subscribe(listener)()
    await sending.send(draft())
    expect(listener).not.toHaveBeenCalled()
  })
})

// The error page of a server between the page and Briq (nginx, a load balancer, a CDN, a sign-in).
const page = (status: number, title: string) =>
  new HttpResponse(`<html><head><title>${status} ${title}</title></head><body><h1>${title}</h1></body></html>`, {
    status,
    headers: { 'content-type': 'text/html' },
  })

describe('an error page from a server between the page and Briq', () => {
  it("a gateway's 502 is not worded as Briq's problem, and its send may have gone: held as MAYBE_SENT", async () => {
    server.use(
      http.post('*/v1/whatsapp/messages/interactive', async ({ request }) => {
        await mock.handle(request) // Briq took it; the gateway lost the answer
        return page(502, 'Bad Gateway')
      }),
    )
    const seeded = mock.state().messages.length
    const sending = createSendController(makeClient())
    const error = await sending.send(draft()).catch((thrown: unknown) => thrown)
    expect(error).toMatchObject({ kind: 'http', status: 502, code: undefined, errors: [] })
    expect(error).toHaveProperty('message', 'The server answered 502 Bad Gateway with a body that is not JSON')
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', maybeSent: true })
    expect(sendFailureReason(sending.getSnapshot().error as never)).toEqual({
      reason: 'gateway',
      status: 502,
      maybeSent: true,
    })
    const failed = sending.getSnapshot().error
    expect(failed && describeSendFailure(failed)).toBe(
      'A server on the way to Briq got no valid answer from the server behind it (HTTP 502), so the message may have been sent. Check the conversation before sending it again.',
    )
    expect(failed && describeSendFailure(failed, coreMessagesSw)).toBe(
      'Seva iliyo njiani kuelekea Briq haikupata jibu halali kutoka kwa seva iliyo nyuma yake (HTTP 502), kwa hiyo huenda ujumbe umetumwa. Angalia mazungumzo kabla ya kuutuma tena.',
    )
    // Nothing goes twice by accident: the same draft is held until sent on purpose.
    server.resetHandlers()
    await expect(sending.send(draft())).rejects.toMatchObject({ code: 'MAYBE_SENT' })
    expect(requests.filter((request) => request.startsWith('POST'))).toHaveLength(1)
    expect(mock.state().messages).toHaveLength(seeded + 1)
  })

  it("a gateway's 503 (a router's timeout after it passed the request on) may have gone; Briq's own 503 did not", async () => {
    server.use(
      http.post('*/v1/whatsapp/messages/interactive', async ({ request }) => {
        await mock.handle(request)
        return new HttpResponse('<html><body>Application error</body></html>', {
          status: 503,
          headers: { 'content-type': 'text/html', 'retry-after': '30' },
        })
      }),
    )
    const seeded = mock.state().messages.length
    const sending = createSendController(makeClient())
    await expect(sending.send(draft())).rejects.toMatchObject({ status: 503 })
    expect(sending.getSnapshot().maybeSent).toBe(true)
    expect(sending.getSnapshot().hold).toBeUndefined()
    const failed = sending.getSnapshot().error
    expect(failed && describeSendFailure(failed)).toMatch(
      /^A server on the way to Briq answered that the service is unavailable for now \(HTTP 503\)\..* some say it after passing the request on, so the message may have been sent\./,
    )
    expect(mock.state().messages).toHaveLength(seeded + 1)

    // Briq's own 503, in its envelope: it took nothing, and asks to wait.
    server.resetHandlers()
    const other = createSendController(makeClient())
    mock.setFaults({ status: 503, retryAfterSeconds: 30 })
    await expect(other.send({ ...draft(), to: FIXTURE_PHONES.closed })).rejects.toMatchObject({ status: 503 })
    expect(other.getSnapshot()).toMatchObject({ maybeSent: false, hold: { reason: 'server', askedBy: 'briq' } })
    const refused = other.getSnapshot().error
    expect(refused && describeSendFailure(refused)).toMatch(/^Briq had a problem on its side \(HTTP 503\)\. Try again/)
  })

  it("a bare text 500, as Briq's own framework answers an error it did not catch, is not said to be a gateway's", async () => {
    // FastAPI (Starlette) answers an uncaught error with this text and no envelope; so may a server between.
    const crash = () =>
      new HttpResponse('Internal Server Error', { status: 500, headers: { 'content-type': 'text/plain' } })
    server.use(
      http.post('*/v1/whatsapp/messages/interactive', async ({ request }) => {
        await mock.handle(request)
        return crash()
      }),
      http.get('*/v1/whatsapp/messages/:id', crash),
    )
    const sending = createSendController(makeClient())
    await expect(sending.send(draft())).rejects.toMatchObject({ status: 500, errors: [] })
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', maybeSent: true })
    const failed = sending.getSnapshot().error
    expect(failed && describeSendFailure(failed)).toBe(
      'Briq, or a server on the way to it, failed (HTTP 500), so the message may have been sent. Check the conversation before sending it again.',
    )
    expect(failed && describeSendFailure(failed, coreMessagesSw)).toBe(
      'Briq, au seva iliyo njiani kuielekea, imeshindwa (HTTP 500), kwa hiyo huenda ujumbe umetumwa. Angalia mazungumzo kabla ya kuutuma tena.',
    )
    const poll = await createBriqClient({ endpoint: 'https://admin.example/api/briq', retry: false })
      .getMessage('3f0c7c4e-2f4b-4e53-9a53-2d4c1f1f7b11')
      .catch((thrown: unknown) => thrown)
    expect(describeRequestFailure(poll as never)).toBe('Briq, or a server on the way to it, failed (HTTP 500)')
    expect(describeRequestFailure(poll as never, coreMessagesSw)).toBe(
      'Briq, au seva iliyo njiani kuielekea, imeshindwa (HTTP 500)',
    )
  })

  it("a 200 page that is not Briq's JSON is not called Briq's answer; it may have gone, in English and Swahili", async () => {
    mock.setFaults({ failure: 'invalid-response' })
    const sending = createSendController(makeClient())
    await expect(sending.send(draft())).rejects.toMatchObject({
      kind: 'invalid_response',
      status: 200,
      message: 'The server answered 200 with a body that is not JSON',
    })
    expect(sending.getSnapshot().maybeSent).toBe(true)
    const failed = sending.getSnapshot().error
    expect(failed && describeSendFailure(failed)).toBe(
      "A web page came back (HTTP 200) instead of Briq's answer. This is most often a network that wants you to sign in first (such as hotel Wi-Fi) or a wrong address for sending (the proxy's URL), but that cannot be known for sure, so the message may have been sent. Check the conversation before sending it again; if it is not there, open any web page to sign in to the network, or tell whoever set up this page.",
    )
    expect(failed && describeSendFailure(failed, coreMessagesSw)).toBe(
      'Kilichorudi ni ukurasa wa wavuti (HTTP 200), si jibu la Briq. Mara nyingi hii ni dalili ya mtandao unaotaka uingie kwanza (kama Wi-Fi ya hoteli) au ya anwani isiyo sahihi ya kutuma (URL ya proksi), lakini hilo haliwezi kujulikana kwa uhakika, kwa hiyo huenda ujumbe umetumwa. Angalia mazungumzo kabla ya kuutuma tena; kama haupo, fungua ukurasa wowote wa wavuti ili uingie kwenye mtandao, au mjulishe aliyeandaa ukurasa huu.',
    )
    expect(failed && describeRequestFailure(failed)).toBe(
      "a web page came back instead of Briq's answer (a network's sign-in, or a wrong address)",
    )
  })

  it("a gateway's 429 page holds sends by its Retry-After, and the note beside Send does not say Briq asked", async () => {
    server.use(
      http.post(
        '*/v1/whatsapp/messages/interactive',
        () =>
          new HttpResponse('<html><body>Rate limited</body></html>', {
            status: 429,
            headers: { 'content-type': 'text/html', 'retry-after': '30' },
          }),
      ),
    )
    const clock = 1_000
    const sending = createSendController(makeClient(), { now: () => clock })
    await expect(sending.send(draft())).rejects.toMatchObject({ status: 429, errors: [] })
    const hold = sending.getSnapshot().hold
    expect(hold).toEqual({ until: 31_000, reason: 'rate_limited', askedBy: 'gateway' })
    const seconds = hold && sendHoldSecondsLeft(hold, clock)
    expect(seconds).toBe(30)
    expect(hold && seconds && coreMessagesEn.sendHold({ ...hold, seconds })).toBe(
      'Sending is on hold for another 30 seconds: a server on the way to Briq asked to wait (too many requests at once).',
    )
    expect(hold && seconds && coreMessagesSw.sendHold({ ...hold, seconds })).toBe(
      'Kutuma kumesimamishwa kwa sekunde 30 zaidi: seva iliyo njiani kuelekea Briq imeomba kusubiri (maombi mengi mno kwa wakati mmoja).',
    )
    const failed = sending.getSnapshot().error
    expect(failed && describeSendFailure(failed)).toBe(
      'A server on the way to Briq got too many requests at once (HTTP 429), not Briq, so the message was not sent. Try again in 30 seconds.',
    )
    // The refusal of a press during the hold says who asked, too (its message, for a developer,
    // and its sentence, for the person).
    const early = await sending.send(draft()).catch((reason: unknown) => reason)
    expect(early).toMatchObject({
      code: 'RATE_LIMITED',
      message:
        'A server between the page and Briq asked to wait before sending again (429, Retry-After): wait 30 s more; nothing was sent.',
    })
    expect(early instanceof BriqError && describeSendFailure(early, coreMessagesSw)).toBe(
      'Seva iliyo njiani kuelekea Briq imepokea maombi mengi mno kwa wakati mmoja (HTTP 429), si Briq, kwa hiyo ujumbe haukutumwa. Jaribu tena baada ya sekunde 30.',
    )
  })

  it("a firewall's or a sign-in's 403 page is not the API key refused; nothing was sent", async () => {
    server.use(http.post('*/v1/whatsapp/messages/interactive', () => page(403, 'Forbidden')))
    const sending = createSendController(makeClient())
    await expect(sending.send(draft())).rejects.toMatchObject({ status: 403 })
    expect(sending.getSnapshot().maybeSent).toBe(false)
    const failed = sending.getSnapshot().error
    expect(failed && sendFailureReason(failed)).toEqual({ reason: 'gateway', status: 403 })
    expect(failed && describeSendFailure(failed)).toBe(
      'A server on the way to Briq refused the request (HTTP 403), not Briq: most likely a sign-in or a firewall. The message was not sent. If this page asks you to sign in, reload it and sign in; otherwise tell whoever set up this page.',
    )
    expect(failed && describeSendFailure(failed, coreMessagesSw)).toBe(
      'Seva iliyo njiani kuelekea Briq imekataa ombi (HTTP 403), si Briq: huenda ni ukurasa wa kuingia au ngome ya mtandao (firewall). Ujumbe haukutumwa. Ukurasa huu ukikuomba uingie, uupakie upya kisha uingie; vinginevyo mjulishe aliyeandaa ukurasa huu.',
    )
    // Briq refusing for the key, in its envelope, stays the key's (here none came: no proxy added it).
    server.resetHandlers()
    const keyless = createSendController(createBriqClient({ endpoint: 'https://admin.example/api/briq' }))
    await expect(keyless.send(draft())).rejects.toMatchObject({ status: 401, code: 'UNAUTHORIZED' })
    const refused = keyless.getSnapshot().error
    expect(refused && sendFailureReason(refused)).toEqual({ reason: 'unauthorized', keyMissing: true })
  })

  it("nginx's 413 page names a size limit in front of Briq, not Briq refusing the message", async () => {
    server.use(http.post('*/v1/whatsapp/messages/interactive', () => page(413, 'Request Entity Too Large')))
    const sending = createSendController(makeClient())
    await expect(sending.send(draft())).rejects.toMatchObject({ status: 413 })
    const failed = sending.getSnapshot().error
    expect(failed && describeSendFailure(failed)).toBe(
      "A server on the way to Briq refused a request this large (HTTP 413), so the message was not sent. Please tell whoever set up this page: that server's size limit is too low.",
    )
    expect(failed && describeSendFailure(failed, coreMessagesSw)).toBe(
      'Seva iliyo njiani kuelekea Briq imekataa ombi kubwa hivi (HTTP 413), kwa hiyo ujumbe haukutumwa. Tafadhali mjulishe aliyeandaa ukurasa huu: kikomo cha ukubwa cha seva hiyo ni kidogo mno.',
    )
    expect(sending.getSnapshot().maybeSent).toBe(false)
  })

  it("a status poll answered by a gateway's page says so, in English and Swahili", async () => {
    server.use(http.get('*/v1/whatsapp/messages/:id', () => page(504, 'Gateway Time-out')))
    const error = await createBriqClient({ endpoint: 'https://admin.example/api/briq', retry: false })
      .getMessage('3f0c7c4e-2f4b-4e53-9a53-2d4c1f1f7b11')
      .catch((thrown: unknown) => thrown)
    expect(error).toMatchObject({ status: 504, errors: [] })
    // A 504 is a gateway that stopped waiting: the slow one may be Briq, so not "not Briq".
    expect(describeRequestFailure(error as never)).toBe(
      'a server on the way to Briq stopped waiting for the answer (HTTP 504)',
    )
    expect(describeRequestFailure(error as never, coreMessagesSw)).toBe(
      'seva iliyo njiani kuelekea Briq iliacha kusubiri jibu (HTTP 504)',
    )
  })

  it("a gateway's 504 on a send says it stopped waiting for the answer (maybe sent), not that Briq is blameless", async () => {
    server.use(http.post('*/v1/whatsapp/messages/interactive', () => page(504, 'Gateway Time-out')))
    const sending = createSendController(makeClient())
    await expect(sending.send(draft())).rejects.toMatchObject({ status: 504, errors: [] })
    expect(sending.getSnapshot().maybeSent).toBe(true)
    const failed = sending.getSnapshot().error
    expect(failed && [describeSendFailure(failed), describeSendFailure(failed, coreMessagesSw)]).toEqual([
      'A server on the way to Briq stopped waiting for the answer (HTTP 504), so the message may have been sent. Check the conversation before sending it again.',
      'Seva iliyo njiani kuelekea Briq iliacha kusubiri jibu (HTTP 504), kwa hiyo huenda ujumbe umetumwa. Angalia mazungumzo kabla ya kuutuma tena.',
    ])
  })

  it("a captive portal's 511 (hotel or airport Wi-Fi) asks to sign in to the network; nothing was sent, nothing held", async () => {
    // The portal answers in the network, before the request reaches the proxy or Briq.
    server.use(http.post('*/v1/whatsapp/messages/interactive', () => page(511, 'Network Authentication Required')))
    const seeded = mock.state().messages.length
    const sending = createSendController(makeClient())
    await expect(sending.send(draft())).rejects.toMatchObject({ status: 511, errors: [] })
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', maybeSent: false })
    expect(sending.getSnapshot().hold).toBeUndefined()
    const failed = sending.getSnapshot().error
    expect(failed && sendFailureReason(failed)).toEqual({ reason: 'gateway', status: 511 })
    expect(failed && describeSendFailure(failed)).toBe(
      'The network you are on (such as hotel or airport Wi-Fi) wants you to sign in first (HTTP 511), so the message was not sent. Open any web page to sign in to the network, then send it again.',
    )
    expect(failed && describeSendFailure(failed, coreMessagesSw)).toBe(
      'Mtandao unaoutumia (kama Wi-Fi ya hoteli au ya uwanja wa ndege) unataka uingie kwanza (HTTP 511), kwa hiyo ujumbe haukutumwa. Fungua ukurasa wowote wa wavuti ili uingie kwenye mtandao, kisha uutume tena.',
    )
    // Signed in, the same draft goes at once: not held as maybe sent, and sent once.
    server.resetHandlers()
    await expect(sending.send(draft())).resolves.toMatchObject({ message_id: expect.any(String) })
    expect(mock.state().messages).toHaveLength(seeded + 1)
    // A status poll behind the portal says the same, shortly.
    server.use(http.get('*/v1/whatsapp/messages/:id', () => page(511, 'Network Authentication Required')))
    const poll = await createBriqClient({ endpoint: 'https://admin.example/api/briq', retry: false })
      .getMessage('3f0c7c4e-2f4b-4e53-9a53-2d4c1f1f7b11')
      .catch((thrown: unknown) => thrown)
    expect(describeRequestFailure(poll as never)).toBe(
      'the network wants you to sign in first (HTTP 511): open any web page to sign in',
    )
    expect(describeRequestFailure(poll as never, coreMessagesSw)).toBe(
      'mtandao unataka uingie kwanza (HTTP 511): fungua ukurasa wowote wa wavuti ili uingie',
    )
  })
})
