import { describe, expect, it } from 'vitest'
import { describeSendFailure } from '../i18n/format-issue.ts'
import { coreMessagesSw } from '../i18n/messages-sw.ts'
import { mayHaveBeenSent } from '../sending/may-have-been-sent.ts'
import { createSendController } from '../sending/send-controller.ts'
import { sendFailureReason } from '../sending/send-failure-reason.ts'
import { SEND_REQUEST } from '../test-support/send-request.ts'
import { BriqError } from './briq-error.ts'
import { createBriqClient } from './create-briq-client.ts'

const ACCEPTED = {
  success: true,
  data: { message_id: 'm1', conversation_id: 'c1', sender_id: 's1', provider_message_id: null, status: 'pending' },
  errors: null,
  request_id: 'r1',
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// A fetch that counts its calls and accepts every send.
function countingFetch() {
  const calls: string[] = []
  const fetch = async (url: string) => {
    calls.push(url)
    return Response.json(ACCEPTED, { status: 202 })
  }
  return { calls, fetch }
}

function expectNotSent(error: BriqError) {
  expect(mayHaveBeenSent(error)).toBe(false)
  expect(sendFailureReason(error)).toEqual({ reason: 'timeout' })
  expect(describeSendFailure(error)).toMatch(/not sent/)
  expect(describeSendFailure(error)).not.toMatch(/may have/)
  expect(describeSendFailure(error, coreMessagesSw)).toMatch(/haukutumwa/)
  expect(describeSendFailure(error, coreMessagesSw)).not.toMatch(/huenda/i)
}

describe("a client's timeout that fires while its headers are still being made (nothing left yet)", () => {
  it('is a timeout that was not sent, in the flag and every sentence, and nothing leaves afterwards', async () => {
    const { calls, fetch } = countingFetch()
    // A token refresh slower than the whole call may take.
    const client = createBriqClient({
      endpoint: 'https://admin.example/api/briq',
      fetch,
      timeoutMs: 20,
      headers: () => sleep(80).then(() => ({ Authorization: 'Bearer fresh' })),
    })
    const error = await client.sendInteractive(SEND_REQUEST).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(BriqError)
    expect(error).toMatchObject({ kind: 'timeout', code: 'TIMEOUT_BEFORE_REQUEST' })
    expectNotSent(error as BriqError)
    await sleep(120)
    expect(calls).toHaveLength(0)
  })

  it('ends at the timeout even when the headers never come', async () => {
    const { calls, fetch } = countingFetch()
    const client = createBriqClient({
      endpoint: 'https://admin.example/api/briq',
      fetch,
      timeoutMs: 20,
      headers: () => new Promise<HeadersInit>(() => {}),
    })
    const settled = client.sendInteractive(SEND_REQUEST).catch((thrown: unknown) => thrown)
    const first = await Promise.race([settled, sleep(500).then(() => 'still pending')])
    expect(first).toMatchObject({ kind: 'timeout', code: 'TIMEOUT_BEFORE_REQUEST' })
    expect(calls).toHaveLength(0)
  })

  it("so does a caller's abort while the headers never come: not sent", async () => {
    const { calls, fetch } = countingFetch()
    const caller = new AbortController()
    const client = createBriqClient({
      endpoint: 'https://admin.example/api/briq',
      fetch,
      timeoutMs: 0,
      headers: () => new Promise<HeadersInit>(() => {}),
    })
    const settled = client.sendInteractive(SEND_REQUEST, { signal: caller.signal }).catch((thrown: unknown) => thrown)
    await sleep(10)
    caller.abort()
    const first = await Promise.race([settled, sleep(500).then(() => 'still pending')])
    expect(first).toMatchObject({ kind: 'aborted', code: 'ABORTED_BEFORE_REQUEST' })
    expect(calls).toHaveLength(0)
  })

  it('the send controller does not hold the draft: the same send goes again at once', async () => {
    const { calls, fetch } = countingFetch()
    let slow = true
    const client = createBriqClient({
      endpoint: 'https://admin.example/api/briq',
      fetch,
      timeoutMs: 20,
      headers: () => (slow ? sleep(80) : Promise.resolve()).then(() => ({ Authorization: 'Bearer fresh' })),
    })
    const sending = createSendController(client)
    await sending.send(SEND_REQUEST).catch(() => {})
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', maybeSent: false, request: SEND_REQUEST })
    slow = false
    await expect(sending.send(SEND_REQUEST)).resolves.toMatchObject({ message_id: 'm1' })
    expect(calls).toHaveLength(1)
  })

  it('a timeout once the request has left still may have sent it', async () => {
    const client = createBriqClient({
      endpoint: 'https://admin.example/api/briq',
      timeoutMs: 20,
      headers: async () => ({ Authorization: 'Bearer fresh' }),
      fetch: (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true })
        }),
    })
    const error = (await client.sendInteractive(SEND_REQUEST).catch((thrown: unknown) => thrown)) as BriqError
    expect(error).toMatchObject({ kind: 'timeout' })
    expect(error.code).toBeUndefined()
    expect(mayHaveBeenSent(error)).toBe(true)
    expect(describeSendFailure(error)).toMatch(/may have been sent/)
  })
})
