import { afterEach, describe, expect, it, vi } from 'vitest'
import { BriqError } from './briq-error.ts'
import { createBriqClient } from './create-briq-client.ts'

afterEach(() => {
  vi.useRealTimers()
})

const request = () => ({
  to: '255712345678',
  interactive: {
    type: 'button' as const,
    body: { text: 'Hi' },
    action: { buttons: [{ type: 'reply' as const, reply: { id: 'a', title: 'Yes' } }] },
  },
})

// A fetch handed in need not honour its signal (a test double, a wrapper, an in-memory mock's
// handle): the client's own timeout and the caller's abort still end the call on time.
describe('a client whose fetch ignores the abort signal', () => {
  it('gives up at timeoutMs, and an answer coming later changes nothing', async () => {
    vi.useFakeTimers()
    let answer: (response: Response) => void = () => {}
    const deafFetch = () =>
      new Promise<Response>((resolve) => {
        answer = resolve
      })
    const client = createBriqClient({ endpoint: 'https://proxy.test/api/briq', fetch: deafFetch, timeoutMs: 500 })
    let failure: unknown
    const sending = client.sendInteractive(request()).catch((error: unknown) => {
      failure = error
    })
    await vi.advanceTimersByTimeAsync(499)
    expect(failure).toBeUndefined()
    await vi.advanceTimersByTimeAsync(1)
    await sending
    expect(failure).toBeInstanceOf(BriqError)
    expect(failure).toMatchObject({ kind: 'timeout' })
    answer(Response.json({ success: true, data: { message_id: 'late' } }, { status: 202 }))
  })

  it("ends at the caller's abort, as aborted", async () => {
    const deafFetch = () => new Promise<Response>(() => {})
    const client = createBriqClient({ endpoint: 'https://proxy.test/api/briq', fetch: deafFetch })
    const controller = new AbortController()
    const sending = client.sendInteractive(request(), { signal: controller.signal })
    controller.abort()
    await expect(sending).rejects.toMatchObject({ kind: 'aborted' })
  })

  it('gives up at timeoutMs while an answer’s body never ends', async () => {
    vi.useFakeTimers()
    const endless = () =>
      Promise.resolve(
        new Response(new ReadableStream({ start: () => {} }), {
          status: 202,
          headers: { 'content-type': 'application/json' },
        }),
      )
    const client = createBriqClient({ endpoint: 'https://proxy.test/api/briq', fetch: endless, timeoutMs: 500 })
    let failure: unknown
    const sending = client.sendInteractive(request()).catch((error: unknown) => {
      failure = error
    })
    await vi.advanceTimersByTimeAsync(500)
    await sending
    expect(failure).toMatchObject({ kind: 'timeout' })
  })
})
