import { describe, expect, it } from 'vitest'
import { formatTime, formatWallClockTime } from './format-time.ts'

describe('formatTime', () => {
  it('reads a zone-less ISO string as wall-clock time', () => {
    expect(formatTime('2026-11-24T09:41:00')).toBe('09:41')
    expect(formatTime('2026-11-24 23:05')).toBe('23:05')
  })

  it('formats a Date in local 24-hour time', () => {
    expect(formatTime(new Date(2026, 10, 24, 7, 3))).toBe('07:03')
  })

  it('returns an empty string for nothing or junk', () => {
    expect(formatTime(undefined)).toBe('')
    expect(formatTime('not a date')).toBe('')
    expect(formatTime(new Date(Number.NaN))).toBe('')
  })
})

describe('formatWallClockTime', () => {
  it('prints only a time every zone prints alike', () => {
    expect(formatWallClockTime('2026-11-24T09:41:00')).toBe('09:41')
    expect(formatWallClockTime('2026-11-24T06:41:00Z')).toBe('')
    expect(formatWallClockTime('2026-11-24T09:41:00+03:00')).toBe('')
    expect(formatWallClockTime(new Date(2026, 10, 24, 7, 3))).toBe('')
    expect(formatWallClockTime(undefined)).toBe('')
  })
})
