/** Where the mock reads the time. Real by default; manual in tests so time only moves on request. */
export interface MockClock {
  /** `'real'` follows `Date.now()`; `'manual'` moves only through `advance`. */
  readonly kind: 'real' | 'manual'
  /** Milliseconds since the epoch. */
  now(): number
  /**
   * Moves a manual clock forward by `ms`. A real clock cannot be moved and throws, so a test
   * that forgot `clock: 'manual'` fails loudly instead of waiting.
   */
  advance(ms: number): void
}

/** 2026-06-24T08:00:00Z — the day Briq's guide example polls from; a stable start for manual time. */
export const DEFAULT_MANUAL_START = Date.UTC(2026, 5, 24, 8, 0, 0)

/** A clock that follows the system time. */
export function createRealClock(): MockClock {
  return {
    kind: 'real',
    now: () => Date.now(),
    advance() {
      throw new Error('advance(ms) needs the manual clock: createBriqMock({ clock: "manual" })')
    },
  }
}

/**
 * The latest time the manual clock reaches: the last moment of year 9999, where ISO 8601's
 * four-digit years end. Past a Date's own end (year 275760) every time the mock prints would
 * throw; this bound leaves room for a send's status schedule and a 24-hour window after it.
 */
export const LATEST_MANUAL_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999)

const latest = new Date(LATEST_MANUAL_TIME).toISOString()

/** A clock that stands still until `advance(ms)` moves it; it never moves past `LATEST_MANUAL_TIME`. */
export function createManualClock(start: number = DEFAULT_MANUAL_START): MockClock {
  if (!(start <= LATEST_MANUAL_TIME)) throw new RangeError(`startTime must be no later than ${latest}`)
  let current = start
  return {
    kind: 'manual',
    now: () => current,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) {
        throw new RangeError(`advance(ms) takes a finite number of milliseconds ≥ 0, got ${ms}`)
      }
      if (current + ms > LATEST_MANUAL_TIME) {
        throw new RangeError(`advance(${ms}) would move the clock past ${latest}, the latest time the mock keeps`)
      }
      current += ms
    },
  }
}
