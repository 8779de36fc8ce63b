import { describe, expect, it } from 'vitest'
import { BriqError } from '../client/briq-error.ts'
import { pollDelay } from './poll-delay.ts'

const timing = { intervalMs: 1500, maxIntervalMs: 10_000, backoffAfterPolls: 20 }

describe('pollDelay', () => {
  it('keeps the interval for the first 20 polls, then grows to at most 10 s', () => {
    const delays = Array.from({ length: 40 }, (_, index) => pollDelay(timing, index + 1, 0))
    expect(delays.slice(0, 20)).toEqual(Array(20).fill(1500))
    expect(delays[20]).toBeGreaterThan(1500)
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1] ?? 0)
    expect(Math.max(...delays)).toBe(10_000)
    expect(delays.at(-1)).toBe(10_000)
  })

  it('doubles per consecutive failure, capped, and honours Retry-After as given', () => {
    expect(pollDelay(timing, 3, 1)).toBe(3000)
    expect(pollDelay(timing, 3, 2)).toBe(6000)
    expect(pollDelay(timing, 3, 5)).toBe(10_000)
    const throttled = new BriqError({ kind: 'http', status: 429, message: 'slow down', retryAfterMs: 12_000 })
    expect(pollDelay(timing, 3, 1, throttled)).toBe(12_000)
  })

  it('honours a Retry-After up to a day; a longer one (a setting gone wrong) backs off instead', () => {
    const day = new BriqError({ kind: 'http', status: 429, message: 'slow down', retryAfterMs: 86_400_000 })
    expect(pollDelay(timing, 3, 1, day)).toBe(86_400_000)
    // A year's (or 35 days', past what a timer holds) would stop the watcher for weeks.
    for (const retryAfterMs of [86_400_001, 3e9, 31_536_000_000]) {
      const farOff = new BriqError({ kind: 'http', status: 429, message: 'slow down', retryAfterMs })
      expect(pollDelay(timing, 3, 2, farOff)).toBe(6000)
    }
  })

  it('never asks for a wait a timer cannot hold (it would fire at once)', () => {
    const huge = { intervalMs: 1500, maxIntervalMs: 1e12, backoffAfterPolls: 0 }
    expect(pollDelay(huge, 200, 0)).toBe(2 ** 31 - 1)
  })
})
