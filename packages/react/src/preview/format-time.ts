import type { Clock } from '../i18n/hour-cycle.ts'

const LOCAL_ISO = /^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/
const formats = new Map<string, Intl.DateTimeFormat>()

/**
 * A time of day on `clock`: `09:41` on a 24-hour clock, as WhatsApp shows it there; on a 12-hour
 * one as the clock's locale words it (`9:41 AM` in `en-US`, `9:41 am` in `en-GB`), a no-break space
 * before AM.
 */
function onClock(hours: number, minutes: number, clock: Clock | undefined): string {
  if (clock?.hourCycle !== 'h12') return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
  let format = formats.get(clock.locale)
  if (format === undefined) {
    // Read in UTC: the hours and minutes are given, no zone may move them.
    format = new Intl.DateTimeFormat(clock.locale, {
      hour: 'numeric',
      minute: '2-digit',
      hourCycle: 'h12',
      timeZone: 'UTC',
    })
    formats.set(clock.locale, format)
  }
  // Engines differ in the space before AM (ICU's narrow no-break space, or a plain one): one
  // spelling, so server HTML and the browser's render agree, kept on one line with the time.
  return format.format(Date.UTC(2000, 0, 1, hours, minutes)).replace(/\s+/gu, '\u00a0')
}

/**
 * Formats a message time as WhatsApp does on a phone with `clock` (default: 24 hours, `HH:MM`). An
 * ISO string without a zone (`2026-11-24T09:41:00`) is read as wall-clock time, so the server and
 * every browser print the same time whatever their time zone. Returns '' for anything unreadable.
 */
export function formatTime(time: Date | string | undefined, clock?: Clock): string {
  const wall = formatWallClockTime(time, clock)
  if (wall !== '' || time === undefined) return wall
  const date = time instanceof Date ? time : new Date(time)
  if (Number.isNaN(date.getTime())) return ''
  return onClock(date.getHours(), date.getMinutes(), clock)
}

/**
 * `formatTime` of a time every zone prints alike (an ISO string without a zone), else ''. What
 * server HTML shows: a `Date` or a zoned string prints the server's zone there and the reader's
 * in the browser, so they are shown once hydrated instead of mismatching.
 */
export function formatWallClockTime(time: Date | string | undefined, clock?: Clock): string {
  const wall = typeof time === 'string' ? LOCAL_ISO.exec(time.trim()) : null
  if (!wall) return ''
  const hours = Number(wall[1])
  const minutes = Number(wall[2])
  return hours < 24 && minutes < 60 ? onClock(hours, minutes, clock) : ''
}
