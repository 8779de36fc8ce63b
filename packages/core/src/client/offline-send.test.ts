import { afterEach, describe, expect, it, vi } from 'vitest'
import { mayHaveBeenSent } from '../sending/may-have-been-sent.ts'
import { createSendController } from '../sending/send-controller.ts'
import { SEND_REQUEST } from '../test-support/send-request.ts'
import { createBriqClient } from './create-briq-client.ts'

afterEach(() => vi.unstubAllGlobals())

// What a browser's fetch does with no network: it rejects at once with a TypeError.
const browserFetch = (online: () => boolean) => {
  const calls: string[] = []
  const fetch = async (url: string) => {
    calls.push(url)
    if (!online()) throw new TypeError('Failed to fetch')
    throw new TypeError('Failed to fetch (connection reset)')
  }
  return { calls, fetch }
}

describe('a send tried while the browser is offline', () => {
  it('is not maybe sent: nothing left the device, so the same draft goes at once when back online', async () => {
    let online = false
    vi.stubGlobal('navigator', {
      get onLine() {
        return online
      },
    })
    const { calls, fetch } = browserFetch(() => online)
    const sending = createSendController(createBriqClient({ endpoint: 'https://admin.example/api/briq', fetch }))
    const error = await sending.send(SEND_REQUEST).catch((failed: unknown) => failed)
    expect(error).toMatchObject({ kind: 'network' })
    expect(String((error as Error).message)).toContain('offline')
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', maybeSent: false })
    online = true
    await sending.send(SEND_REQUEST).catch(() => {})
    // Not held as MAYBE_SENT: the second try reached fetch.
    expect(calls).toHaveLength(2)
  })

  it('a failure while online, or after the network came back mid-call, may still have sent it', async () => {
    let online = true
    vi.stubGlobal('navigator', {
      get onLine() {
        return online
      },
    })
    const client = createBriqClient({
      endpoint: 'https://admin.example/api/briq',
      fetch: browserFetch(() => online).fetch,
    })
    const lost = await client.sendInteractive(SEND_REQUEST).catch((failed: unknown) => failed)
    expect(mayHaveBeenSent(lost as never)).toBe(true)
    const flapping = createBriqClient({
      endpoint: 'https://admin.example/api/briq',
      fetch: async () => {
        online = !online
        throw new TypeError('Failed to fetch')
      },
    })
    online = false
    const error = await flapping.sendInteractive(SEND_REQUEST).catch((failed: unknown) => failed)
    expect(mayHaveBeenSent(error as never)).toBe(true)
    // Online when it left, offline by the time it failed: the network went mid-call.
    online = true
    const dropped = await flapping.sendInteractive(SEND_REQUEST).catch((failed: unknown) => failed)
    expect(online).toBe(false)
    expect(mayHaveBeenSent(dropped as never)).toBe(true)
  })
})
