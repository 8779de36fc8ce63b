/**
 * Reads a `Retry-After` header — delay-seconds (`"3"`) or an HTTP-date — as milliseconds from
 * `now`. Returns undefined when absent or unreadable (digits too many for a number too); a date in
 * the past gives 0.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined
  const text = value.trim()
  if (/^\d+(\.\d+)?$/.test(text)) {
    // Digits past any number (Infinity) are no wait a sentence could say ("Infinity hours").
    const ms = Math.round(Number(text) * 1000)
    return Number.isFinite(ms) ? ms : undefined
  }
  // Only a real HTTP-date: Date.parse alone would accept "1" or "-5" as years.
  if (!/[a-z]/i.test(text)) return undefined
  const date = Date.parse(text)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}
