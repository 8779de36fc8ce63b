import type { BriqError } from '../client/briq-error.ts'
import { MAX_TIMER_MS } from '../timer-limit.ts'

/** The polling cadence of a status watcher. */
export interface PollTiming {
  /** The normal gap between polls. */
  intervalMs: number
  /** The longest gap backoff reaches. */
  maxIntervalMs: number
  /** How many polls run at `intervalMs` before the gap starts to grow. */
  backoffAfterPolls: number
}

/**
 * How long to wait before the next poll. The first `backoffAfterPolls` polls run every
 * `intervalMs`, then the gap grows by a quarter per poll up to `maxIntervalMs` (a message
 * nobody answers stops costing a request every 1.5 s). After consecutive failures the gap
 * doubles per failure up to `maxIntervalMs`; a `Retry-After` (429/503) is honoured as given, up
 * to the longest wait a timer holds (`MAX_TIMER_MS`, about 24.8 days).
 */
export function pollDelay(timing: PollTiming, polls: number, failures: number, error?: BriqError): number {
  // A timer fires at once past MAX_TIMER_MS: a Retry-After of 35 days (or a far-off date) made
  // the watcher poll hundreds of times a second. The longest wait a timer holds is as close as it gets.
  if (error?.retryAfterMs !== undefined) return Math.min(Math.max(error.retryAfterMs, timing.intervalMs), MAX_TIMER_MS)
  const { intervalMs, maxIntervalMs, backoffAfterPolls } = timing
  const slowdown = polls > backoffAfterPolls ? 1.25 ** (polls - backoffAfterPolls) : 1
  const errorBackoff = failures > 0 ? 2 ** failures : 1
  const ceiling = Math.min(Math.max(maxIntervalMs, intervalMs), MAX_TIMER_MS)
  return Math.min(Math.round(intervalMs * slowdown * errorBackoff), ceiling)
}
