/** A wait as people say it: whole seconds under a minute, else minutes, else hours and minutes. */
export type WaitParts = { seconds: number } | { minutes: number } | { hours: number; minutes: number }

/**
 * Splits a wait of whole `seconds` into the units a sentence names, rounded up, so no sentence
 * says to come back before the wait is over: 45 → 45 seconds, 90 → 2 minutes, 3700 → 1 hour
 * 2 minutes. The same in every language; each catalogue words the parts.
 */
export function waitParts(seconds: number): WaitParts {
  if (seconds < 60) return { seconds }
  const minutes = Math.ceil(seconds / 60)
  if (minutes < 60) return { minutes }
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 }
}
