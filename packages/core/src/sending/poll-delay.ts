import type { BriqError } from '../client/briq-error.ts'

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
 * doubles per failure up to `maxIntervalMs`; a `Retry-After` (429/503) is honoured as given.
 */
export function pollDelay(timing: PollTiming, polls: number, failures: number, error?: BriqError): number {
  if (error?.retryAfterMs !== undefined) return Math.max(error.retryAfterMs, timing.intervalMs)
  const { intervalMs, maxIntervalMs, backoffAfterPolls } = timing
  const slowdown = polls > backoffAfterPolls ? 1.25 ** (polls - backoffAfterPolls) : 1
  const errorBackoff = failures > 0 ? 2 ** failures : 1
  return Math.min(Math.round(intervalMs * slowdown * errorBackoff), Math.max(maxIntervalMs, intervalMs))
}
