import { describe, expect, it } from 'vitest'
import { getTranslator, type Locale } from '../i18n/messages.ts'
import { formatDayTime } from './format-day-time.ts'

// Local times, so the test reads the same in any time zone: Thursday 3 December 2026, 16:54.
const now = new Date(2026, 11, 3, 16, 54)
const say = (date: Date, locale: Locale) => formatDayTime(date, { now, locale, t: getTranslator(locale) })

describe('formatDayTime', () => {
  it.each([
    ['later today', new Date(2026, 11, 3, 23, 5), '23:05 today', 'leo saa 23:05'],
    ['earlier today (already past)', new Date(2026, 11, 3, 9, 0), '09:00 today', 'leo saa 09:00'],
    ['tomorrow, at an earlier hour than now', new Date(2026, 11, 4, 15, 53), '15:53 tomorrow', 'kesho saa 15:53'],
    ['tomorrow just after midnight', new Date(2026, 11, 4, 0, 1), '00:01 tomorrow', 'kesho saa 00:01'],
    ['later this year', new Date(2026, 11, 11, 15, 53), 'Fri 11 Dec, 15:53', 'Ijumaa, 11 Des saa 15:53'],
    ['yesterday (expired)', new Date(2026, 11, 2, 15, 53), 'Wed 2 Dec, 15:53', 'Jumatano, 2 Des saa 15:53'],
    ['another year', new Date(2027, 0, 4, 8, 0), 'Mon, 4 Jan 2027, 08:00', 'Jumatatu, 4 Jan 2027 saa 08:00'],
  ])('words %s in English and Swahili', (_case, date, english, swahili) => {
    expect(say(date, 'en')).toBe(english)
    expect(say(date, 'sw')).toBe(swahili)
  })

  it('counts calendar days, not 24-hour spans: 23:59 and 00:00 are a day apart', () => {
    const lateNow = new Date(2026, 11, 3, 23, 59)
    const t = getTranslator('en')
    expect(formatDayTime(new Date(2026, 11, 4, 0, 0), { now: lateNow, locale: 'en', t })).toBe('00:00 tomorrow')
  })

  it('gives nothing for an invalid date', () => {
    expect(say(new Date(Number.NaN), 'en')).toBe('')
  })
})
