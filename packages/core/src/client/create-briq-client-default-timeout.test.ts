import { afterEach, describe, expect, it, vi } from 'vitest'
import { BriqError } from './briq-error.ts'
import { createBriqClient, DEFAULT_CLIENT_TIMEOUT_MS } from './create-briq-client.ts'

afterEach(() => {
  vi.useRealTimers()
})

// A fetch that never answers, only gives up when its signal aborts.
const silentFetch = (_input: RequestInfo | URL, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))
  })

describe('a client given no timeoutMs', () => {
  it('gives up after DEFAULT_CLIENT_TIMEOUT_MS with a timeout error, not before', async () => {
    vi.useFakeTimers()
    const client = createBriqClient({ endpoint: 'https://proxy.test/api/briq', fetch: silentFetch })
    let failure: unknown
    const sending = client
      .sendInteractive({
        to: '255712345678',
        interactive: {
          type: 'button',
          body: { text: 'Hi' },
          action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Yes' } }] },
        },
      })
      .catch((error: unknown) => {
        failure = error
      })
    await vi.advanceTimersByTimeAsync(DEFAULT_CLIENT_TIMEOUT_MS - 1)
    expect(failure).toBeUndefined()
    await vi.advanceTimersByTimeAsync(1)
    await sending
    expect(failure).toBeInstanceOf(BriqError)
    expect(failure).toMatchObject({ kind: 'timeout' })
    expect(DEFAULT_CLIENT_TIMEOUT_MS).toBe(30_000)
  })
})
