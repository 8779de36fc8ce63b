import { afterEach, describe, expect, it, vi } from 'vitest'
import { createBriqMock } from '../create-briq-mock.ts'
import { buttonInteractive, SEND_INTERACTIVE } from '../test-support/interactives.ts'

// An in-page mock (MSW in the playground, Storybook, a test) is reset between stories and tests
// while a send may still be waiting out its latency fault.
const slowSend = (mock: ReturnType<typeof createBriqMock>) =>
  mock.handle(
    new Request(`https://karibu.briq.tz${SEND_INTERACTIVE}`, {
      method: 'POST',
      headers: { 'x-api-key': 'mock-api-key', 'content-type': 'application/json' },
      body: JSON.stringify({ to: '255712345678', interactive: buttonInteractive() }),
    }),
  )

describe('a request waiting out its latency', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  // The mock's files share one worker (vitest.config.ts, isolate: false): work another file left
  // running (a socket closing, a kept-alive connection, a webhook's retry) may set a timer on the
  // fake clock while this test awaits. So the count is read just before and just after what the
  // mock does, with nothing else able to run in between.
  it.each(['reset', 'close'] as const)('is dropped on %s, leaving no timer and no message', async (end) => {
    vi.useFakeTimers()
    const mock = createBriqMock({ clock: 'manual', faults: { latencyMs: 10_000 } })
    const fixtures = mock.state().messages.length
    const before = vi.getTimerCount()
    const answer = slowSend(mock)
    // The wait starts as the request comes: a reset right after it already ends it.
    expect(vi.getTimerCount()).toBe(before + 1)
    await vi.advanceTimersByTimeAsync(10)
    const waiting = vi.getTimerCount()
    mock[end]()
    expect(vi.getTimerCount()).toBe(waiting - 1)
    expect((await answer).type).toBe('error')
    await vi.runAllTimersAsync()
    expect(mock.state().messages).toHaveLength(fixtures)
  })

  it('is answered once the latency has passed, with no reset', async () => {
    vi.useFakeTimers()
    const mock = createBriqMock({ clock: 'manual', faults: { latencyMs: 10_000 } })
    const before = vi.getTimerCount()
    const answer = slowSend(mock)
    // At once: the async advance would give the worker's other work turns to set timers of its own.
    vi.advanceTimersByTime(10_000)
    expect((await answer).status).toBe(202)
    expect(vi.getTimerCount()).toBe(before)
  })

  it('after a reset, a new request waits and is answered as before', async () => {
    vi.useFakeTimers()
    const mock = createBriqMock({ clock: 'manual', faults: { latencyMs: 10_000 } })
    mock.reset()
    const answer = slowSend(mock)
    await vi.advanceTimersByTimeAsync(10_000)
    expect((await answer).status).toBe(202)
  })
})

it('a latency wait of the options that never ends is dropped on reset too', async () => {
  const mock = createBriqMock({ clock: 'manual', faults: { latencyMs: 10_000 }, sleep: () => new Promise(() => {}) })
  const answer = slowSend(mock)
  await Promise.resolve()
  mock.reset()
  expect((await answer).type).toBe('error')
})
