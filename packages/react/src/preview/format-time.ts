const LOCAL_ISO = /^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/

/**
 * Formats a message time as WhatsApp does in a 24-hour locale (`HH:MM`). An ISO string without
 * a zone (`2026-11-24T09:41:00`) is read as wall-clock time, so the server and every browser
 * print the same digits whatever their time zone. Returns '' for anything unreadable.
 */
export function formatTime(time: Date | string | undefined): string {
  const wall = formatWallClockTime(time)
  if (wall !== '' || time === undefined) return wall
  const date = time instanceof Date ? time : new Date(time)
  if (Number.isNaN(date.getTime())) return ''
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`
}

/**
 * `formatTime` of a time every zone prints alike (an ISO string without a zone), else ''. What
 * server HTML shows: a `Date` or a zoned string prints the server's zone there and the reader's
 * in the browser, so they are shown once hydrated instead of mismatching.
 */
export function formatWallClockTime(time: Date | string | undefined): string {
  const wall = typeof time === 'string' ? LOCAL_ISO.exec(time.trim()) : null
  return wall ? `${wall[1]}:${wall[2]}` : ''
}
