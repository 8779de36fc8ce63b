import { MAX_TIMER_MS } from '@briq-interactive/core'
import { renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useTurnAfter } from './use-turn-after.ts'

const NOW = Date.UTC(2026, 11, 3, 13, 54)
const DAY = 24 * 60 * 60 * 1000

afterEach(() => vi.useRealTimers())

describe('useTurnAfter', () => {
  it('turns a second after the moment', () => {
    vi.useFakeTimers({ now: NOW })
    const turn = vi.fn()
    renderHook(() => useTurnAfter(new Date(NOW + DAY), turn))
    vi.advanceTimersByTime(DAY + 999)
    expect(turn).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(turn).toHaveBeenCalledTimes(1)
  })

  // Past core's MAX_TIMER_MS a timer fires at once: a moment 40 days off waits the longest a
  // timer holds, not no time at all.
  it('waits at most the longest a timer holds (MAX_TIMER_MS) for a far moment', () => {
    vi.useFakeTimers({ now: NOW })
    const turn = vi.fn()
    renderHook(() => useTurnAfter(new Date(NOW + 40 * DAY), turn))
    vi.advanceTimersByTime(MAX_TIMER_MS - 1)
    expect(turn).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(turn).toHaveBeenCalledTimes(1)
  })

  it('asks nothing for a moment already past', () => {
    vi.useFakeTimers({ now: NOW })
    const turn = vi.fn()
    renderHook(() => useTurnAfter(new Date(NOW - 1), turn))
    vi.advanceTimersByTime(DAY)
    expect(turn).not.toHaveBeenCalled()
  })
})
