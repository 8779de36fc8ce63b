import { describe, expect, it, vi } from 'vitest'
import type { BriqClient } from '../client/briq-client.ts'
import { BriqError } from '../client/briq-error.ts'
import { createBriqClient } from '../client/create-briq-client.ts'
import { describeSendFailure } from '../i18n/format-issue.ts'
import { coreMessagesSw } from '../i18n/messages-sw.ts'
import { SEND_REQUEST } from '../test-support/send-request.ts'
import { mayHaveBeenSent } from './may-have-been-sent.ts'
import { createSendController } from './send-controller.ts'
import { sendFailureReason } from './send-failure-reason.ts'

const ENDPOINT = 'https://admin.example/api/briq'

// The state a UI keys off (the snapshot's flag, the hold of the same draft) and the words it
// shows (both languages) must say the same thing.
async function expectAgree(sending: ReturnType<typeof createSendController>, calls: () => number, maybe: boolean) {
  const snapshot = sending.getSnapshot()
  expect(snapshot.status).toBe('error')
  const error = snapshot.error as BriqError
  expect(error).toBeInstanceOf(BriqError)
  expect(snapshot.maybeSent).toBe(maybe)
  expect(mayHaveBeenSent(error)).toBe(maybe)
  expect(sendFailureReason(error).maybeSent === true).toBe(maybe)
  if (maybe) {
    expect(describeSendFailure(error)).toMatch(/may have been sent/)
    expect(describeSendFailure(error, coreMessagesSw)).toMatch(/huenda ujumbe umetumwa/)
  } else {
    expect(describeSendFailure(error)).not.toMatch(/may have/)
    expect(describeSendFailure(error, coreMessagesSw)).not.toMatch(/huenda/i)
  }
  // The draft survives either way.
  expect(snapshot.request).toEqual(SEND_REQUEST)
  const before = calls()
  const again = await sending.send(SEND_REQUEST).catch((thrown: unknown) => thrown)
  if (maybe) {
    expect(again).toMatchObject({ code: 'MAYBE_SENT' })
    expect(calls()).toBe(before)
  } else {
    expect(calls()).toBe(before + 1)
  }
}

// A client of the host's own: whatever it fails with, the controller cannot know whether its
// request left, so it must not invite a blind resend.
function ownClient(fail: () => Promise<never>) {
  let calls = 0
  const client: BriqClient = {
    ...createBriqClient({ endpoint: ENDPOINT }),
    sendInteractive: () => {
      calls++
      return fail()
    },
  }
  return { client, calls: () => calls }
}

describe("a send failing in a way the controller cannot place (a host's own client or fetch)", () => {
  it.each([
    ['a TypeError, as fetch rejects with', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['an Error of its own', () => Promise.reject(new Error('upstream exploded'))],
    ['undefined', () => Promise.reject(undefined)],
    ['a string', () => Promise.reject('nope')],
    [
      'a BriqError of kind network without a cause',
      () => Promise.reject(new BriqError({ kind: 'network', message: 'lost' })),
    ],
    [
      'a BriqError of a kind the rule does not know (plain JavaScript)',
      () => Promise.reject(new BriqError({ kind: 'lost' as never, message: 'lost' })),
    ],
    [
      'a synchronous throw',
      () => {
        throw new TypeError('broken client')
      },
    ],
  ] as const)('%s: held as maybe sent, and every sentence says so', async (_, fail) => {
    const { client, calls } = ownClient(fail)
    const sending = createSendController(client)
    await sending.send(SEND_REQUEST).catch(() => {})
    await expectAgree(sending, calls, true)
  })

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'socket hang up'],
  ])('a fetch given to createBriqClient rejecting with %s may have sent it', async (_, reason) => {
    let calls = 0
    const fetch = () => {
      calls++
      return Promise.reject(reason)
    }
    const sending = createSendController(createBriqClient({ endpoint: ENDPOINT, fetch }))
    await sending.send(SEND_REQUEST).catch(() => {})
    await expectAgree(sending, () => calls, true)
  })

  it('the client failing before anything left (its headers could not be made) is not sent, in state and words', async () => {
    let calls = 0
    let refreshes = 0
    const client = createBriqClient({
      endpoint: ENDPOINT,
      fetch: async () => {
        calls++
        return Response.json({ success: true, data: { message_id: 'm1', status: 'pending' }, errors: null })
      },
      headers: async () => {
        if (refreshes++ === 0) throw new Error('token refresh failed')
        return { Authorization: 'Bearer fresh' }
      },
    })
    const sending = createSendController(client)
    await sending.send(SEND_REQUEST).catch(() => {})
    expect(calls).toBe(0)
    await expectAgree(sending, () => calls, false)
  })
})

// A host's own client that answers without a promise (a stub returning its result at once) or
// resolves without Briq's receipt: the snapshot must still follow, never stay idle or claim a
// success no message id backs.
describe("a host's own client answering in a way of its own", () => {
  it('a result returned at once, not in a promise, is the send accepted', async () => {
    const accepted = { message_id: 'm1', status: 'pending' }
    const client: BriqClient = { ...createBriqClient({ endpoint: ENDPOINT }), sendInteractive: () => accepted as never }
    const onSuccess = vi.fn()
    const sending = createSendController(client, { onSuccess })
    await expect(sending.send(SEND_REQUEST)).resolves.toEqual(accepted)
    expect(sending.getSnapshot()).toMatchObject({ status: 'success', data: accepted })
    expect(onSuccess).toHaveBeenCalledOnce()
  })

  it.each([
    ['undefined, at once', () => undefined],
    ['a promise of nothing', () => Promise.resolve(undefined)],
    ['a result without a message id', () => Promise.resolve({ status: 'pending' })],
    ['a result with an empty message id', () => Promise.resolve({ message_id: '', status: 'pending' })],
  ])('%s: no receipt, so maybe sent, in state and words', async (_, answer) => {
    let calls = 0
    const client: BriqClient = {
      ...createBriqClient({ endpoint: ENDPOINT }),
      sendInteractive: () => {
        calls++
        return answer() as never
      },
    }
    const sending = createSendController(client)
    await expect(sending.send(SEND_REQUEST)).rejects.toMatchObject({ kind: 'invalid_response' })
    await expectAgree(sending, () => calls, true)
  })
})
