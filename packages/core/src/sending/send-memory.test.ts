import { describe, expect, it, vi } from 'vitest'
import type { BriqClient } from '../client/briq-client.ts'
import { BriqError } from '../client/briq-error.ts'
import type { SendResult } from '../client/responses.ts'
import type { SendInteractiveRequest } from '../schemas/send-request.ts'
import { scriptedSendClient } from '../test-support/scripted-send-client.ts'
import { SEND_REQUEST } from '../test-support/send-request.ts'
import { createSendController } from './send-controller.ts'

const withText = (text: string): SendInteractiveRequest => ({
  ...SEND_REQUEST,
  interactive: { ...SEND_REQUEST.interactive, body: { text } },
})

// The guard is about the request, not about the last press: another message sent in between (or
// the builder's undo back to an earlier draft) must not let an earlier one go twice unasked.
describe('the send guard remembers every request, not only the last', () => {
  it('a request that may have gone stays held after another one also may have gone', async () => {
    const { client, sent, answer } = scriptedSendClient()
    const sending = createSendController(client)
    const first = withText('First try')
    const edited = withText('First try, edited')
    answer('lose')
    await expect(sending.send(first)).rejects.toMatchObject({ kind: 'timeout' })
    await expect(sending.send(edited)).rejects.toMatchObject({ kind: 'timeout' })
    answer('accept')
    await expect(sending.send(first)).rejects.toMatchObject({ code: 'MAYBE_SENT' })
    await expect(sending.send(edited)).rejects.toMatchObject({ code: 'MAYBE_SENT' })
    expect(sent).toHaveLength(2)
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', maybeSent: true, request: edited })
  })

  it('a request sent before another is still refused as a duplicate, with its own answer', async () => {
    const { client, sent } = scriptedSendClient()
    const sending = createSendController(client)
    const first = withText('First')
    await sending.send(first)
    await sending.send({ ...first, to: '255787654321' })
    await expect(sending.send(first)).rejects.toMatchObject({ code: 'DUPLICATE_SEND' })
    expect(sent).toHaveLength(2)
    // The answer shown is the one of the send it repeats (m1), not the last send's (m2).
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', data: { message_id: 'm1' } })
    await sending.send(first, { allowDuplicate: true })
    expect(sent).toHaveLength(3)
  })

  it('keeps the last 100 requests, so memory stays flat on a page that sends all day', async () => {
    const { client, sent } = scriptedSendClient()
    const sending = createSendController(client)
    for (let n = 0; n <= 100; n++) await sending.send(withText(`Message ${n}`))
    await expect(sending.send(withText('Message 1'))).rejects.toMatchObject({ code: 'DUPLICATE_SEND' })
    await sending.send(withText('Message 0'))
    expect(sent).toHaveLength(102)
  })

  it('a request sent on purpose after a lost try is no longer one that may have gone', async () => {
    const { client, sent, answer } = scriptedSendClient('lose')
    const sending = createSendController(client)
    const first = withText('First')
    await expect(sending.send(first)).rejects.toMatchObject({ kind: 'timeout' })
    answer('accept')
    await sending.send(first, { allowDuplicate: true })
    // Its answer is what is known of it, until 100 later sends push it out like any other.
    for (let n = 1; n <= 100; n++) await sending.send(withText(`Message ${n}`))
    expect(sending.sentBefore(first)).toBeUndefined()
    await sending.send(first)
    expect(sent).toHaveLength(103)
  })
})

// A composer unmounted while it sends and mounted again, or a second dialog on the page, gets a
// controller of its own on the same client: it must know what the first sent, and is sending.
describe('the send controllers of one client share what was sent', () => {
  function gatedClient() {
    const sent: SendInteractiveRequest[] = []
    const waiting: (() => void)[] = []
    const client = {
      sendInteractive(request: SendInteractiveRequest): Promise<SendResult> {
        sent.push(request)
        const data: SendResult = { message_id: `m${sent.length}`, status: 'pending', provider_message_id: null }
        return new Promise((resolve) => waiting.push(() => resolve(data)))
      },
    } as unknown as BriqClient
    return {
      client,
      sent,
      release: () => {
        for (const answer of waiting.splice(0)) answer()
      },
    }
  }

  it('the identical request under way from another controller is followed, not sent again', async () => {
    const { client, sent, release } = gatedClient()
    const firstSuccess = vi.fn()
    const secondSuccess = vi.fn()
    const first = createSendController(client, { onSuccess: firstSuccess })
    const second = createSendController(client, { onSuccess: secondSuccess })
    const going = first.send(SEND_REQUEST)
    const following = second.send(structuredClone(SEND_REQUEST))
    expect(second.getSnapshot()).toMatchObject({ status: 'pending', request: SEND_REQUEST })
    release()
    expect(await following).toEqual(await going)
    expect(sent).toHaveLength(1)
    expect(second.getSnapshot()).toMatchObject({ status: 'success', data: { message_id: 'm1' } })
    // One accepted send: its callbacks are called once, by the controller that sent it.
    expect(firstSuccess).toHaveBeenCalledTimes(1)
    expect(secondSuccess).not.toHaveBeenCalled()
  })

  it('allowDuplicate sends the identical request under way from another controller once more', async () => {
    const { client, sent, release } = gatedClient()
    const going = createSendController(client).send(SEND_REQUEST)
    const again = createSendController(client).send(SEND_REQUEST, { allowDuplicate: true })
    expect(sent).toHaveLength(2)
    release()
    expect((await going).message_id).toBe('m1')
    expect((await again).message_id).toBe('m2')
  })

  it('a follower cancelled, by cancel() or its signal, stops following; the send goes on', async () => {
    const { client, sent, release } = gatedClient()
    const sender = createSendController(client)
    const going = sender.send(SEND_REQUEST)
    const cancelled = createSendController(client)
    const byCancel = cancelled.send(SEND_REQUEST)
    cancelled.cancel()
    // The send it followed had left: it may have been sent (not ABORTED_BEFORE_REQUEST).
    const error = await byCancel.catch((thrown: unknown) => thrown)
    expect(error).toMatchObject({ kind: 'aborted' })
    expect(error).not.toMatchObject({ code: 'ABORTED_BEFORE_REQUEST' })
    expect(cancelled.getSnapshot()).toMatchObject({ status: 'error', maybeSent: true })
    const abort = new AbortController()
    const signalled = createSendController(client)
    const bySignal = signalled.send(SEND_REQUEST, { signal: abort.signal })
    abort.abort()
    await expect(bySignal).rejects.toMatchObject({ kind: 'aborted' })
    expect(sender.getSnapshot().status).toBe('pending')
    release()
    await going
    expect(sent).toHaveLength(1)
    expect(cancelled.getSnapshot()).toMatchObject({ status: 'error', maybeSent: true })
  })

  it('a request another controller sent is refused as a duplicate; another client sends it', async () => {
    const { client, sent, release } = gatedClient()
    const going = createSendController(client).send(SEND_REQUEST)
    release()
    await going
    await expect(createSendController(client).send(SEND_REQUEST)).rejects.toMatchObject({ code: 'DUPLICATE_SEND' })
    expect(sent).toHaveLength(1)
    const other = gatedClient()
    const elsewhere = createSendController(other.client).send(SEND_REQUEST)
    other.release()
    await elsewhere
    expect(other.sent).toHaveLength(1)
  })

  it('a request another controller may have sent is held; one it reset before it settled is too', async () => {
    const { client, answer } = scriptedSendClient()
    answer('lose')
    await expect(createSendController(client).send(SEND_REQUEST)).rejects.toMatchObject({ kind: 'timeout' })
    answer('accept')
    await expect(createSendController(client).send(SEND_REQUEST)).rejects.toMatchObject({ code: 'MAYBE_SENT' })

    const gated = gatedClient()
    const resetting = createSendController(gated.client)
    void resetting.send(SEND_REQUEST).catch(() => {})
    resetting.reset()
    await expect(createSendController(gated.client).send(SEND_REQUEST)).rejects.toMatchObject({ code: 'MAYBE_SENT' })
    expect(gated.sent).toHaveLength(1)
  })

  it('a reset of a controller that follows another holds nothing back once that send settled', async () => {
    const refused = new BriqError({ kind: 'http', status: 422, code: 'WINDOW_CLOSED', message: 'window closed' })
    const sent: SendInteractiveRequest[] = []
    let answer: (error: BriqError) => void = () => {}
    const client = {
      sendInteractive(request: SendInteractiveRequest): Promise<SendResult> {
        sent.push(request)
        return new Promise((_resolve, reject) => {
          answer = reject
        })
      },
    } as unknown as BriqClient
    const sender = createSendController(client)
    const follower = createSendController(client)
    const first = sender.send(SEND_REQUEST).catch(() => {})
    void follower.send(SEND_REQUEST).catch(() => {})
    // The follower is reset between the send settling and its following it (a listener of the
    // sender's, as a UI reacting to it would be).
    sender.subscribe(() => {
      if (sender.getSnapshot().status === 'error') follower.reset()
    })
    answer(refused)
    await first
    // Refused, so nothing went: the same request may go again (it is not held as maybe sent).
    void createSendController(client)
      .send(SEND_REQUEST)
      .catch(() => {})
    expect(sent).toHaveLength(2)
  })

  // Briq's limits are per account: a 429 one form got holds the client's every form (a second
  // dialog, the composer mounted again), not only the form that got it.
  it('a Retry-After one controller got holds every controller of the client, and shows there', async () => {
    let time = 1_000
    const now = () => time
    const sent: SendInteractiveRequest[] = []
    const client = {
      async sendInteractive(request: SendInteractiveRequest): Promise<SendResult> {
        sent.push(request)
        if (sent.length === 1) {
          throw new BriqError({
            kind: 'http',
            status: 429,
            code: 'RATE_LIMITED',
            message: 'slow down',
            retryAfterMs: 20_000,
          })
        }
        return { message_id: `m${sent.length}`, status: 'pending', provider_message_id: null }
      },
    } as unknown as BriqClient
    const first = createSendController(client, { now })
    const second = createSendController(client, { now })
    const shown = vi.fn()
    second.subscribe(shown)
    await expect(first.send(SEND_REQUEST)).rejects.toMatchObject({ status: 429 })
    // The other form shows the hold before anyone presses its Send.
    expect(shown).toHaveBeenCalled()
    expect(second.getSnapshot()).toMatchObject({
      status: 'idle',
      hold: { until: 21_000, reason: 'rate_limited', askedBy: 'briq' },
    })
    time += 5_000
    await expect(second.send(withText('Another message'))).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterMs: 15_000,
    })
    await expect(createSendController(client, { now }).send(SEND_REQUEST)).rejects.toMatchObject({
      code: 'RATE_LIMITED',
    })
    expect(sent).toHaveLength(1)
    time += 15_000
    await second.send(withText('Another message'))
    expect(sent).toHaveLength(2)
    // Another client (another account) was never held.
    const other = scriptedSendClient()
    await createSendController(other.client, { now }).send(SEND_REQUEST)
    expect(other.sent).toHaveLength(1)
  })
})
