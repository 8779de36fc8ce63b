import { describe, expect, it } from 'vitest'
import { clockOf } from '../i18n/hour-cycle.ts'
import { formatTime, formatWallClockTime } from './format-time.ts'

describe('formatTime', () => {
  it('reads a zone-less ISO string as wall-clock time', () => {
    expect(formatTime('2026-11-24T09:41:00')).toBe('09:41')
    expect(formatTime('2026-11-24 23:05')).toBe('23:05')
  })

  it('formats a Date in local 24-hour time', () => {
    expect(formatTime(new Date(2026, 10, 24, 7, 3))).toBe('07:03')
  })

  it('shows a 12-hour clock as its locale words it, whatever the zone', () => {
    // Engines differ in the space before AM (U+202F or U+0020): always a no-break space.
    expect(formatTime('2026-11-24T09:41:00', clockOf('en-US'))).toBe('9:41\u00a0AM')
    expect(formatTime('2026-11-24T00:05:00', clockOf('en-US'))).toBe('12:05\u00a0AM')
    expect(formatTime('2026-11-24T21:05:00', clockOf('en-GB-u-hc-h12'))).toBe('9:05\u00a0pm')
    expect(formatTime(new Date(2026, 10, 24, 13, 7), clockOf('sw-TZ-u-hc-h12'))).toBe('1:07\u00a0PM')
    expect(formatTime('2026-11-24T21:05:00', clockOf('sw-TZ'))).toBe('21:05')
  })

  it('returns an empty string for nothing or junk', () => {
    expect(formatTime('2026-11-24T25:61:00')).toBe('')
    expect(formatTime('2026-11-24T25:61:00', clockOf('en-US'))).toBe('')
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
