import { afterEach, describe, expect, it } from 'vitest'
import { getTranslator, type Locale } from '../i18n/messages.ts'
import { formatDayTime } from './format-day-time.ts'

// The reader's zone decides the day words and the hour; Node reads process.env.TZ anew for
// each Date operation, so one file walks through several zones.
const zone = process.env.TZ
afterEach(() => {
  if (zone === undefined) delete process.env.TZ
  else process.env.TZ = zone
})

const say = (tz: string, now: string, date: string, locale: Locale) => {
  process.env.TZ = tz
  return formatDayTime(new Date(date), { now: new Date(now), locale, t: getTranslator(locale) })
}

describe('formatDayTime in the reader’s time zone', () => {
  it.each([
    // A window 24 h after the customer's message, read in Dar es Salaam (UTC+3, no DST).
    ['Africa/Dar_es_Salaam', '2026-12-03T13:54Z', '2026-12-04T12:54Z', '15:54 tomorrow', 'kesho saa 15:54'],
    ['UTC', '2026-12-03T13:54Z', '2026-12-04T12:54Z', '12:54 tomorrow', 'kesho saa 12:54'],
    // New York falls back on Sunday 1 November 2026: 24 hours after 14:53 EDT is 13:53 EST.
    ['America/New_York', '2026-10-31T18:53Z', '2026-11-01T18:53Z', '13:53 tomorrow', 'kesho saa 13:53'],
    // … and springs forward on Sunday 8 March 2026: 24 hours after 02:30 EST is 03:30 EDT.
    ['America/New_York', '2026-03-07T07:30Z', '2026-03-08T07:30Z', '03:30 tomorrow', 'kesho saa 03:30'],
    // On the fall-back night, 23:30 and the next 23:30 are a day and 25 hours apart.
    ['America/New_York', '2026-11-01T03:30Z', '2026-11-02T04:30Z', '23:30 tomorrow', 'kesho saa 23:30'],
    // Kiritimati (UTC+14) is already in the new year when UTC is not.
    ['Pacific/Kiritimati', '2026-12-31T09:59Z', '2026-12-31T10:05Z', '00:05 tomorrow', 'kesho saa 00:05'],
    ['Pacific/Kiritimati', '2026-12-31T10:01Z', '2026-12-31T23:59Z', '13:59 today', 'leo saa 13:59'],
    // The day after tomorrow across the year end names its date and year.
    [
      'Africa/Dar_es_Salaam',
      '2026-12-31T20:00Z',
      '2027-01-02T06:00Z',
      'Sat, 2 Jan 2027, 09:00',
      'Jumamosi, 2 Jan 2027 saa 09:00',
    ],
    ['UTC', '2026-12-31T23:59Z', '2027-01-01T00:00Z', '00:00 tomorrow', 'kesho saa 00:00'],
  ])('%s: now %s, moment %s', (tz, now, date, english, swahili) => {
    expect(say(tz, now, date, 'en')).toBe(english)
    expect(say(tz, now, date, 'sw')).toBe(swahili)
  })
})
