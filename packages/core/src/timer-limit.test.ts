import { describe, expect, it } from 'vitest'
import { isTimeoutMs, MAX_TIMER_MS } from './index.ts'

describe('isTimeoutMs', () => {
  it('takes whole milliseconds from 1 to the longest a timer keeps', () => {
    for (const ms of [1, 15_000, MAX_TIMER_MS]) expect(isTimeoutMs(ms)).toBe(true)
  })

  it('refuses what a timer would fire at once or cannot hold', () => {
    for (const value of [0, -1, 1.5, MAX_TIMER_MS + 1, Number.NaN, Number.POSITIVE_INFINITY, '15000', null]) {
      expect(isTimeoutMs(value)).toBe(false)
    }
  })
})
