import { describe, expect, it, vi } from 'vitest'
import { setDirectBodyReader } from './direct-body.ts'
import { MAX_DRAIN_BYTES, readBodyWithLimit } from './read-body-with-limit.ts'

// Pulled only when read, so what the reader never asked for stays in `parts`.
const chunked = (parts: string[]) =>
  new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = parts.shift()
        if (next === undefined) controller.close()
        else controller.enqueue(new TextEncoder().encode(next))
      },
    },
    { highWaterMark: 0 },
  )

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request('http://localhost/x', { method: 'POST', body, headers, duplex: 'half' } as RequestInit)

describe('readBodyWithLimit', () => {
  it('reads a body within the cap, chunked or not, and an absent body as empty', async () => {
    const text = async (result: Awaited<ReturnType<typeof readBodyWithLimit>>) =>
      result.ok ? new TextDecoder().decode(result.bytes) : result.reason
    expect(await text(await readBodyWithLimit(post('{"a":1}'), 7))).toBe('{"a":1}')
    expect(await text(await readBodyWithLimit(post(chunked(['{"a"', ':1}'])), 7))).toBe('{"a":1}')
    expect(await text(await readBodyWithLimit(post(null), 0))).toBe('')
  })

  it('refuses a declared length over the cap without reading the stream', async () => {
    let pulled = false
    const body = new ReadableStream<Uint8Array>(
      {
        pull() {
          pulled = true
        },
      },
      { highWaterMark: 0 },
    )
    const result = await readBodyWithLimit(post(body, { 'Content-Length': '100' }), 10)
    expect(result).toEqual({ ok: false, reason: 'too_large' })
    expect(pulled).toBe(false)
  })

  it('answers as soon as a chunked body passes the cap, without waiting for the rest', async () => {
    const parts = ['12345', '67890']
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          const next = parts.shift()
          // The rest of the body never comes.
          if (next === undefined) return new Promise<void>(() => {})
          controller.enqueue(new TextEncoder().encode(next))
        },
      },
      { highWaterMark: 0 },
    )
    expect(await readBodyWithLimit(post(body), 8)).toEqual({ ok: false, reason: 'too_large' })
  })

  it('then reads and drops the rest of a request body, so the connection stays usable', async () => {
    const parts = ['12345', '67890', 'the rest', 'of it']
    let cancelled = false
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          const next = parts.shift()
          if (next === undefined) controller.close()
          else controller.enqueue(new TextEncoder().encode(next))
        },
        cancel: () => {
          cancelled = true
        },
      },
      { highWaterMark: 0 },
    )
    expect(await readBodyWithLimit(post(body), 8)).toEqual({ ok: false, reason: 'too_large' })
    await vi.waitFor(() => expect(parts).toEqual([]))
    expect(cancelled).toBe(false)
  })

  it('leaves a request body unread, never cancelled, once more than 1 MiB past the cap was dropped', async () => {
    let pulled = 0
    let cancelled = false
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulled += 64 * 1024
          controller.enqueue(new Uint8Array(64 * 1024))
        },
        cancel: () => {
          cancelled = true
        },
      },
      { highWaterMark: 0 },
    )
    expect(await readBodyWithLimit(post(body), 8)).toEqual({ ok: false, reason: 'too_large' })
    await vi.waitFor(() => expect(body.locked).toBe(false))
    const read = pulled
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(pulled).toBe(read)
    expect(read).toBeLessThanOrEqual(64 * 1024 + MAX_DRAIN_BYTES + 64 * 1024)
    expect(cancelled).toBe(false)
  })

  it("cancels an answer's body at once: an upstream's rest is not read", async () => {
    let cancelled = false
    const body = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.enqueue(new Uint8Array(16)),
      cancel: () => {
        cancelled = true
      },
    })
    expect(await readBodyWithLimit(new Response(body), 8)).toEqual({ ok: false, reason: 'too_large' })
    expect(cancelled).toBe(true)
  })

  it('answers without waiting for a cancel that never settles (Next.js edge runtime)', { timeout: 1000 }, async () => {
    const body = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.enqueue(new Uint8Array(16)),
      cancel: () => new Promise<void>(() => {}),
    })
    expect(await readBodyWithLimit(post(body), 8)).toEqual({ ok: false, reason: 'too_large' })
  })

  it('reads through a direct reader when one is set (once), after refusing a declared oversize', async () => {
    const request = post('streamed', { 'content-length': '8' })
    const calls: number[] = []
    setDirectBodyReader(request, async (maxBytes) => {
      calls.push(maxBytes)
      return { ok: true, bytes: new TextEncoder().encode('direct') }
    })
    const read = await readBodyWithLimit(request, 100)
    expect(read.ok && new TextDecoder().decode(read.bytes)).toBe('direct')
    expect(calls).toEqual([100])
    const oversized = post('x'.repeat(20), { 'content-length': '20' })
    setDirectBodyReader(oversized, () => Promise.reject(new Error('never read')))
    expect(await readBodyWithLimit(oversized, 10)).toEqual({ ok: false, reason: 'too_large' })
  })
})
