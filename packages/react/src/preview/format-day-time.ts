import type { Clock } from '../i18n/hour-cycle.ts'
import { intlLocaleOf } from '../i18n/intl-locale.ts'
import type { dayTimeMessages } from '../i18n/messages/day-time.ts'
import type { Translate } from '../i18n/messages.ts'
import { formatTime } from './format-time.ts'

const DAY_MS = 86_400_000

/** Calendar days from `from` to `to` in this machine's time zone (0 = the same day, 1 = the next). */
function daysBetween(from: Date, to: Date): number {
  const day = (date: Date) => Date.UTC(date.getFullYear(), date.getMonth(), date.getDate())
  return Math.round((day(to) - day(from)) / DAY_MS)
}

/** What {@link formatDayTime} needs besides the moment. */
export interface DayTimeOptions {
  /** The moment "today" is counted from. */
  now: Date
  /**
   * The language of the words and the date (`shownLanguage`): `en` day before month, as East
   * Africa writes dates ("Fri 4 Dec"; en-US would say "Fri, Dec 4"), `sw`, or a host's own (`fr`).
   */
  locale: string
  /** The translator of the same language. */
  t: Translate<keyof typeof dayTimeMessages>
  /** The clock of the locale's tag (`clockOf`), as the preview's message times; default 24 hours. */
  clock?: Clock | undefined
}

/**
 * A moment as a person reads it: `15:53 today`, `15:53 tomorrow`, else `Fri 4 Dec, 15:53` (with
 * the year when it is not this one); in Swahili `leo saa 15:53`, `kesho saa 15:53`, `Ijumaa,
 * 4 Des saa 15:53`. The time is on `clock`, as the preview's message times are (`HH:MM` in 24
 * hours, `3:53 PM` on a 12-hour clock), in this machine's time zone. Returns '' for an invalid date.
 */
export function formatDayTime(date: Date, { now, locale, t, clock }: DayTimeOptions): string {
  const time = formatTime(date, clock)
  if (time === '') return ''
  const days = daysBetween(now, date)
  if (days === 0) return t('time.today', { time })
  if (days === 1) return t('time.tomorrow', { time })
  const day = new Intl.DateTimeFormat(intlLocaleOf(locale), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(date.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' }),
  }).format(date)
  return t('time.otherDay', { day, time })
}
