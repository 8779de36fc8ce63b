import { describe, expect, it } from 'vitest'
import type { BriqClient } from '../client/briq-client.ts'
import { BriqError } from '../client/briq-error.ts'
import { ABORTED_BEFORE_REQUEST } from '../client/call-signal.ts'
import { createBriqClient } from '../client/create-briq-client.ts'
import type { SendResult } from '../client/responses.ts'
import type { SendInteractiveRequest } from '../schemas/send-request.ts'
import { SEND_REQUEST } from '../test-support/send-request.ts'
import { createSendController } from './send-controller.ts'

const ACCEPTED: SendResult = {
  message_id: 'm1',
  conversation_id: 'c1',
  sender_id: 's1',
  provider_message_id: null,
  status: 'pending',
}

// A fetch whose request has left and waits for an answer, rejecting with the signal's reason.
function hangingFetch() {
  const calls: string[] = []
  const fetch = (url: string, init: RequestInit) => {
    calls.push(url)
    const signal = init.signal as AbortSignal
    return new Promise<Response>((_resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason), { once: true })
    })
  }
  return { calls, fetch }
}

// reset() is "back to idle", not "forget what may have gone": the guard remembers a request sent
// or maybe sent across resets, and that includes the send the reset itself cut short.
describe('reset() while a send is pending', () => {
  it('after its request left: the same draft is held as maybe sent, not sent again blindly', async () => {
    const { calls, fetch } = hangingFetch()
    const sending = createSendController(createBriqClient({ endpoint: 'https://admin.example/api/briq', fetch }))
    const first = sending.send(SEND_REQUEST).catch((error: unknown) => error)
    await expect.poll(() => calls.length).toBe(1)
    sending.reset()
    await first
    expect(sending.getSnapshot()).toMatchObject({ status: 'idle' })
    await expect(sending.send(SEND_REQUEST)).rejects.toMatchObject({ code: 'MAYBE_SENT' })
    expect(calls).toHaveLength(1)
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', maybeSent: true, request: SEND_REQUEST })
  })

  // Whether the request left is known only once the abort settles: a send of the same draft in
  // the reset's own turn must not slip past the guard before then.
  it('the same draft sent in the same turn as the reset is held, then goes once nothing left', async () => {
    const { calls, fetch } = hangingFetch()
    const sending = createSendController(createBriqClient({ endpoint: 'https://admin.example/api/briq', fetch }))
    void sending.send(SEND_REQUEST).catch(() => {})
    await expect.poll(() => calls.length).toBe(1)
    sending.reset()
    await expect(sending.send(SEND_REQUEST)).rejects.toMatchObject({ code: 'MAYBE_SENT' })
    expect(calls).toHaveLength(1)
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', maybeSent: true })

    // Reset before its request left: held for that turn only, then the same draft goes.
    const early = createSendController(createBriqClient({ endpoint: 'https://admin.example/api/briq', fetch }))
    const first = early.send(SEND_REQUEST).catch((error: unknown) => error)
    early.reset()
    await expect(early.send(SEND_REQUEST)).rejects.toMatchObject({ code: 'MAYBE_SENT' })
    expect(await first).toMatchObject({ code: 'ABORTED_BEFORE_REQUEST' })
    void early.send(SEND_REQUEST).catch(() => {})
    await expect.poll(() => calls.length).toBe(2)
    early.cancel()
  })

  it('that Briq accepted anyway (a client deaf to the signal): the same draft is a duplicate', async () => {
    let calls = 0
    let answer: (data: SendResult) => void = () => {}
    const own: BriqClient = {
      ...createBriqClient({ endpoint: 'https://admin.example/api/briq' }),
      sendInteractive: () => {
        calls++
        return new Promise<SendResult>((resolve) => {
          answer = resolve
        })
      },
    }
    const sending = createSendController(own)
    const first = sending.send(SEND_REQUEST)
    sending.reset()
    answer(ACCEPTED)
    await first
    expect(sending.getSnapshot()).toMatchObject({ status: 'idle' })
    await expect(sending.send(SEND_REQUEST)).rejects.toMatchObject({ code: 'DUPLICATE_SEND' })
    expect(calls).toBe(1)
  })

  // The reset's hold is for its own request: an earlier draft whose send may have gone stays held
  // however the one the reset cut short ends.
  it.each([
    ['never left', (signal: AbortSignal) => signal],
    ['was taken after all', undefined],
  ])('an earlier maybe-sent draft stays held when the reset send %s', async (_, aborts) => {
    const OTHER: SendInteractiveRequest = { ...SEND_REQUEST, to: '255700000001' }
    const calls: string[] = []
    const own: BriqClient = {
      ...createBriqClient({ endpoint: 'https://admin.example/api/briq' }),
      sendInteractive: (request, options) => {
        calls.push(request.to ?? '')
        if (request.to === SEND_REQUEST.to) return Promise.reject(new TypeError('Failed to fetch'))
        return new Promise<SendResult>((resolve, reject) => {
          const signal = options?.signal as AbortSignal
          if (aborts) {
            signal.addEventListener('abort', () =>
              reject(new BriqError({ kind: 'aborted', code: ABORTED_BEFORE_REQUEST, message: 'reset' })),
            )
          } else signal.addEventListener('abort', () => resolve(ACCEPTED))
        })
      },
    }
    const sending = createSendController(own)
    await expect(sending.send(SEND_REQUEST)).rejects.toMatchObject({ kind: 'network' })
    const other = sending.send(OTHER).catch((error: unknown) => error)
    sending.reset()
    await other
    await expect(sending.send(SEND_REQUEST)).rejects.toMatchObject({ code: 'MAYBE_SENT' })
    expect(calls).toEqual([SEND_REQUEST.to, OTHER.to])
  })

  it('before its request left: nothing went, so the same draft goes at once', async () => {
    const { calls, fetch } = hangingFetch()
    let release: () => void = () => {}
    const slowHeaders = new Promise<void>((resolve) => {
      release = resolve
    })
    let refreshes = 0
    const client = createBriqClient({
      endpoint: 'https://admin.example/api/briq',
      fetch,
      headers: async () => {
        if (refreshes++ === 0) await slowHeaders
        return {}
      },
    })
    const sending = createSendController(client)
    const first = sending.send(SEND_REQUEST).catch((error: unknown) => error)
    sending.reset()
    release()
    await first
    void sending.send(SEND_REQUEST).catch(() => {})
    await expect.poll(() => calls.length).toBe(1)
    sending.cancel()
  })
})
