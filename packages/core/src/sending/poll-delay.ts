import type { BriqError } from '../client/briq-error.ts'
import { MAX_TIMER_MS } from '../timer-limit.ts'
import { MAX_SEND_HOLD_MS } from './send-hold.ts'

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
 * to a day (`MAX_SEND_HOLD_MS`, as a send's hold): a longer one is a setting gone wrong, and the
 * backoff goes on (a year's would stop the watcher for the 24.8 days a timer holds).
 */
export function pollDelay(timing: PollTiming, polls: number, failures: number, error?: BriqError): number {
  const asked = error?.retryAfterMs
  if (asked !== undefined && asked <= MAX_SEND_HOLD_MS) return Math.max(asked, timing.intervalMs)
  const { intervalMs, maxIntervalMs, backoffAfterPolls } = timing
  const slowdown = polls > backoffAfterPolls ? 1.25 ** (polls - backoffAfterPolls) : 1
  const errorBackoff = failures > 0 ? 2 ** failures : 1
  const ceiling = Math.min(Math.max(maxIntervalMs, intervalMs), MAX_TIMER_MS)
  return Math.min(Math.round(intervalMs * slowdown * errorBackoff), ceiling)
}
