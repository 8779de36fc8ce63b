import { afterEach, describe, expect, it, vi } from 'vitest'
import { createCallSignal } from './call-signal.ts'

afterEach(() => {
  vi.useRealTimers()
})

describe('createCallSignal', () => {
  it('aborts with a timeout error when the time is up', () => {
    vi.useFakeTimers()
    const call = createCallSignal(undefined, 100, 'GET /x')
    vi.advanceTimersByTime(99)
    expect(call.signal.aborted).toBe(false)
    vi.advanceTimersByTime(1)
    expect(call.signal.aborted).toBe(true)
    expect(call.failure()).toMatchObject({ kind: 'timeout' })
    expect(call.signal.reason).toBe(call.failure())
  })

  it('follows the caller signal, and the first cause wins', () => {
    vi.useFakeTimers()
    const controller = new AbortController()
    const call = createCallSignal(controller.signal, 100, 'GET /x')
    controller.abort('stop')
    vi.advanceTimersByTime(200)
    expect(call.failure()).toMatchObject({ kind: 'aborted', cause: 'stop' })
  })

  it('dispose clears the timer and the caller listener', () => {
    vi.useFakeTimers()
    const controller = new AbortController()
    const call = createCallSignal(controller.signal, 100, 'GET /x')
    expect(vi.getTimerCount()).toBe(1)
    call.dispose()
    expect(vi.getTimerCount()).toBe(0)
    controller.abort()
    expect(call.signal.aborted).toBe(false)
  })

  it('has no timer and an infinite deadline for 0, Infinity or over-large limits', () => {
    vi.useFakeTimers()
    for (const limit of [0, Number.POSITIVE_INFINITY, 2 ** 40]) {
      const call = createCallSignal(undefined, limit, 'GET /x')
      expect(vi.getTimerCount()).toBe(0)
      expect(call.deadline).toBe(Number.POSITIVE_INFINITY)
      call.dispose()
    }
  })

  it('throws aborted at once for a signal that already fired', () => {
    expect(() => createCallSignal(AbortSignal.abort('gone'), 100, 'GET /x')).toThrow(
      expect.objectContaining({ kind: 'aborted', cause: 'gone' }),
    )
  })
})
