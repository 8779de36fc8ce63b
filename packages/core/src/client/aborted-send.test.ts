import { describe, expect, it } from 'vitest'
import { describeSendFailure } from '../i18n/format-issue.ts'
import { coreMessagesSw } from '../i18n/messages-sw.ts'
import { mayHaveBeenSent } from '../sending/may-have-been-sent.ts'
import { createSendController } from '../sending/send-controller.ts'
import { sendFailureReason } from '../sending/send-failure-reason.ts'
import { SEND_REQUEST } from '../test-support/send-request.ts'
import type { BriqClient } from './briq-client.ts'
import { BriqError } from './briq-error.ts'
import { createBriqClient } from './create-briq-client.ts'

// A fetch whose request has left and waits for an answer: as fetch does, it rejects with the
// signal's reason once the signal aborts (Fetch standard, "abort the fetch() call").
function hangingFetch() {
  const calls: { url: string; signal: AbortSignal }[] = []
  const fetch = (url: string, init: RequestInit) => {
    const signal = init.signal as AbortSignal
    calls.push({ url, signal })
    return new Promise<Response>((_resolve, reject) => {
      if (signal.aborted) reject(signal.reason)
      signal.addEventListener('abort', () => reject(signal.reason), { once: true })
    })
  }
  return { calls, fetch }
}

const failed = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable('the send succeeded'),
    (error: unknown) => {
      expect(error).toBeInstanceOf(BriqError)
      return error as BriqError
    },
  )

// The flag, both languages' sentences and the rule the controller holds a retry by, at once.
function expectMaybeSent(error: BriqError, maybe: boolean) {
  expect(error.kind).toBe('aborted')
  expect(mayHaveBeenSent(error)).toBe(maybe)
  expect(sendFailureReason(error).maybeSent === true).toBe(maybe)
  if (maybe) {
    expect(describeSendFailure(error)).toMatch(/may have been sent\. Check the conversation/)
    expect(describeSendFailure(error, coreMessagesSw)).toMatch(/huenda ujumbe umetumwa/)
  } else {
    expect(describeSendFailure(error)).toMatch(/not sent/)
    expect(describeSendFailure(error)).not.toMatch(/may have/)
    expect(describeSendFailure(error, coreMessagesSw)).toMatch(/haukutumwa/)
    expect(describeSendFailure(error, coreMessagesSw)).not.toMatch(/huenda/i)
  }
}

describe('a send the caller aborts', () => {
  it('after its request left may have been sent: the flag, every sentence and the hold say so', async () => {
    const { calls, fetch } = hangingFetch()
    const sending = createSendController(createBriqClient({ endpoint: 'https://admin.example/api/briq', fetch }))
    const caller = new AbortController()
    const call = sending.send(SEND_REQUEST, { signal: caller.signal })
    await expect.poll(() => calls.length).toBe(1)
    caller.abort()
    const error = await failed(call)
    expectMaybeSent(error, true)
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', maybeSent: true })
    // The same draft is held: sending it again could deliver it twice.
    await expect(sending.send(SEND_REQUEST)).rejects.toMatchObject({ code: 'MAYBE_SENT' })
    expect(calls).toHaveLength(1)
  })

  it("by the controller's cancel() after its request left, the same", async () => {
    const { calls, fetch } = hangingFetch()
    const sending = createSendController(createBriqClient({ endpoint: 'https://admin.example/api/briq', fetch }))
    const call = sending.send(SEND_REQUEST)
    await expect.poll(() => calls.length).toBe(1)
    sending.cancel()
    expectMaybeSent(await failed(call), true)
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', maybeSent: true })
  })

  it('through the client alone after its request left: the error says so without the controller', async () => {
    const { calls, fetch } = hangingFetch()
    const client = createBriqClient({ endpoint: 'https://admin.example/api/briq', fetch })
    const caller = new AbortController()
    const call = client.sendInteractive(SEND_REQUEST, { signal: caller.signal })
    await expect.poll(() => calls.length).toBe(1)
    caller.abort()
    expectMaybeSent(await failed(call), true)
  })

  it('before its request left was not sent, in every sentence, and the same draft goes again at once', async () => {
    const { calls, fetch } = hangingFetch()
    const sending = createSendController(createBriqClient({ endpoint: 'https://admin.example/api/briq', fetch }))
    const early = new AbortController()
    early.abort()
    const error = await failed(sending.send(SEND_REQUEST, { signal: early.signal }))
    expectMaybeSent(error, false)
    expect(calls).toHaveLength(0)
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', maybeSent: false })
    // Not held: this send reaches fetch.
    void sending.send(SEND_REQUEST).catch(() => {})
    await expect.poll(() => calls.length).toBe(1)
    sending.cancel()
  })

  it('while its headers were still being made (before fetch) was not sent, nor held', async () => {
    const { calls, fetch } = hangingFetch()
    const caller = new AbortController()
    let refreshes = 0
    const client = createBriqClient({
      endpoint: 'https://admin.example/api/briq',
      fetch,
      // A token being refreshed when the person cancels (the first time only).
      headers: async () => {
        if (refreshes++ === 0) caller.abort()
        return { Authorization: 'Bearer fresh' }
      },
    })
    const sending = createSendController(client)
    const error = await failed(sending.send(SEND_REQUEST, { signal: caller.signal }))
    expectMaybeSent(error, false)
    // fetch, if called at all, was handed a signal already aborted: nothing left.
    expect(calls.every((call) => call.signal.aborted)).toBe(true)
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', maybeSent: false })
    const before = calls.length
    void sending.send(SEND_REQUEST).catch(() => {})
    await expect.poll(() => calls.length).toBe(before + 1)
    sending.cancel()
  })

  it("before it started, through a client of the host's own, makes no call: not sent", async () => {
    let called = 0
    const own = {
      ...createBriqClient({ endpoint: 'https://admin.example/api/briq' }),
      sendInteractive: () => {
        called++
        return Promise.reject(new BriqError({ kind: 'aborted', message: 'aborted' }))
      },
    } satisfies BriqClient
    const sending = createSendController(own)
    const early = new AbortController()
    early.abort()
    expectMaybeSent(await failed(sending.send(SEND_REQUEST, { signal: early.signal })), false)
    expect(called).toBe(0)
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', maybeSent: false })
  })
})
