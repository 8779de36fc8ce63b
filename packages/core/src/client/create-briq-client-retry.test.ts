import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createBriqClient } from './create-briq-client.ts'

const API = 'https://app.test/api/briq'
const SENDERS = `${API}/v1/whatsapp/senders`
const READ = `${API}/v1/whatsapp/messages/:id/read`
const server = setupServer()
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const fast = { attempts: 2, baseDelayMs: 1, maxDelayMs: 20 }
const throttled = () =>
  HttpResponse.json(
    { success: false, data: null, errors: [{ code: 'RATE_LIMITED', message: 'Slow down' }], request_id: 'r' },
    { status: 429, headers: { 'retry-after': '0' } },
  )

/** Answers with `responses` in turn (the last one repeats) and counts the requests. */
function sequence(method: 'get' | 'post', url: string, responses: (() => Response)[]) {
  const counter = { count: 0 }
  server.use(
    http[method](url, () => {
      const respond = responses[Math.min(counter.count, responses.length - 1)]
      counter.count++
      if (respond === undefined) throw new Error('no response given')
      return respond()
    }),
  )
  return counter
}

describe('createBriqClient: retries', () => {
  it('retries a GET after 429 with Retry-After, then succeeds', async () => {
    const counter = sequence('get', SENDERS, [throttled, () => HttpResponse.json([])])
    await expect(createBriqClient({ endpoint: API, retry: fast }).listSenders()).resolves.toEqual([])
    expect(counter.count).toBe(2)
  })

  it('never retries before a Retry-After longer than maxDelayMs: fails at once with retryAfterMs', async () => {
    const longWait = () => new HttpResponse(null, { status: 503, headers: { 'retry-after': '3600' } })
    const counter = sequence('get', SENDERS, [longWait, () => HttpResponse.json([])])
    const client = createBriqClient({ endpoint: API, retry: { attempts: 1, maxDelayMs: 5 } })
    await expect(client.listSenders()).rejects.toMatchObject({ kind: 'http', status: 503, retryAfterMs: 3_600_000 })
    expect(counter.count).toBe(1)
  })

  it.each([
    ['delay-seconds', () => '1', 1000, 1000],
    // The clock stands still at a whole second (below), so an HTTP-date 2 s from now is exactly
    // 2 s away when the client reads it, however long the answer took to arrive on a loaded machine.
    ['an HTTP-date', () => new Date(Date.now() + 2000).toUTCString(), 2000, 2000],
  ])('waits exactly what a Retry-After in %s asks before retrying a GET', async (_form, header, min, max) => {
    const counter = sequence('get', SENDERS, [
      () => new HttpResponse(null, { status: 429, headers: { 'retry-after': header() } }),
      () => HttpResponse.json([]),
    ])
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 6, 12, 0, 0) })
    const timers = vi.spyOn(globalThis, 'setTimeout')
    let delays: number[]
    try {
      const client = createBriqClient({ endpoint: API, timeoutMs: 0, retry: { attempts: 1, baseDelayMs: 1 } })
      await expect(client.listSenders()).resolves.toEqual([])
    } finally {
      delays = timers.mock.calls.map((call) => call[1] ?? 0)
      timers.mockRestore()
      vi.useRealTimers()
    }
    expect(counter.count).toBe(2)
    // The retry's wait is the one timer in that range (fetch itself sets timers of its own).
    expect(delays.filter((ms) => ms >= min && ms <= max)).toHaveLength(1)
  })

  it('retries 503 with backoff, then gives up with the last error after the configured attempts', async () => {
    const counter = sequence('get', SENDERS, [() => new HttpResponse('down', { status: 503 })])
    const error = createBriqClient({ endpoint: API, retry: fast }).listSenders()
    await expect(error).rejects.toMatchObject({ kind: 'http', status: 503 })
    expect(counter.count).toBe(3)
  })

  it('backs off from baseDelayMs, doubling per retry with ±20% jitter, at most maxDelayMs; 2 retries by default', async () => {
    const counter = sequence('get', SENDERS, [() => new HttpResponse('down', { status: 503 })])
    const waits = async (random: number, retry: { baseDelayMs: number; maxDelayMs?: number; attempts?: number }) => {
      const timers = vi.spyOn(globalThis, 'setTimeout')
      const jitter = vi.spyOn(Math, 'random').mockReturnValue(random)
      try {
        const client = createBriqClient({ endpoint: API, timeoutMs: 0, retry })
        await expect(client.listSenders()).rejects.toMatchObject({ kind: 'http', status: 503 })
        // The retry waits are the timers in this range (fetch itself sets timers of its own).
        return timers.mock.calls.map((call) => call[1] ?? 0).filter((ms) => ms >= 50 && ms <= 1000)
      } finally {
        timers.mockRestore()
        jitter.mockRestore()
      }
    }
    // The least jitter: 20% under 100 ms, then under 200 ms.
    expect(await waits(0, { baseDelayMs: 100 })).toEqual([80, 160])
    expect(counter.count).toBe(3)
    // The most: 20% over, the second wait held to maxDelayMs.
    expect(await waits(0.9999, { baseDelayMs: 100, maxDelayMs: 150 })).toEqual([120, 150])
    expect(await waits(0, { baseDelayMs: 100, attempts: 3 })).toEqual([80, 160, 320])
  })

  it('retries network errors on GET', async () => {
    const counter = sequence('get', SENDERS, [() => HttpResponse.error(), () => HttpResponse.json([])])
    await expect(createBriqClient({ endpoint: API, retry: fast }).listSenders()).resolves.toEqual([])
    expect(counter.count).toBe(2)
  })

  it('never retries other statuses', async () => {
    const counter = sequence('get', SENDERS, [() => HttpResponse.json({ detail: 'boom' }, { status: 500 })])
    await expect(createBriqClient({ endpoint: API, retry: fast }).listSenders()).rejects.toMatchObject({ status: 500 })
    expect(counter.count).toBe(1)
  })

  it('never retries a POST, even on 429 or a network error', async () => {
    const client = createBriqClient({ endpoint: API, retry: fast })
    const limited = sequence('post', READ, [throttled])
    const error = client.markRead('in-1')
    await expect(error).rejects.toMatchObject({ kind: 'http', status: 429, code: 'RATE_LIMITED', retryAfterMs: 0 })
    expect(limited.count).toBe(1)
    server.resetHandlers()
    const broken = sequence('post', READ, [() => HttpResponse.error()])
    await expect(client.markRead('in-1')).rejects.toMatchObject({ kind: 'network' })
    expect(broken.count).toBe(1)
  })

  it('retry: false and attempts: 0 turn retrying off, and the error keeps retryAfterMs', async () => {
    const wait7 = () => new HttpResponse(null, { status: 429, headers: { 'retry-after': '7' } })
    const counter = sequence('get', SENDERS, [wait7])
    await expect(createBriqClient({ endpoint: API, retry: false }).listSenders()).rejects.toMatchObject({
      kind: 'http',
      status: 429,
      retryAfterMs: 7000,
    })
    await expect(createBriqClient({ endpoint: API, retry: { attempts: 0 } }).listSenders()).rejects.toMatchObject({
      status: 429,
    })
    expect(counter.count).toBe(2)
  })

  it('gives up at once when the wait would outlast the timeout, keeping the 429', async () => {
    const wait5 = () => new HttpResponse(null, { status: 429, headers: { 'retry-after': '5' } })
    const counter = sequence('get', SENDERS, [wait5])
    const client = createBriqClient({ endpoint: API, timeoutMs: 1000, retry: { maxDelayMs: 10_000 } })
    await expect(client.listSenders()).rejects.toMatchObject({ kind: 'http', status: 429, retryAfterMs: 5000 })
    expect(counter.count).toBe(1)
  })

  it('aborting cancels a retry wait', async () => {
    const wait5 = () => new HttpResponse(null, { status: 503, headers: { 'retry-after': '5' } })
    const counter = sequence('get', SENDERS, [wait5])
    const controller = new AbortController()
    const client = createBriqClient({ endpoint: API, retry: { maxDelayMs: 10_000 } })
    const call = client.listSenders(undefined, { signal: controller.signal })
    await expect.poll(() => counter.count).toBe(1)
    controller.abort()
    await expect(call).rejects.toMatchObject({ kind: 'aborted' })
    expect(counter.count).toBe(1)
  })
})
