import type { BriqError } from './briq-error.ts'
import type { RetryOptions } from './client-options.ts'

/** Retry options with their defaults filled in. */
export type ResolvedRetry = Required<RetryOptions>

/** Fills in the retry defaults: 2 retries, 1 s first backoff, 10 s longest wait. */
export function resolveRetry(retry: RetryOptions | false | undefined): ResolvedRetry {
  if (retry === false) return { attempts: 0, baseDelayMs: 0, maxDelayMs: 0 }
  return {
    attempts: Math.max(0, Math.floor(retry?.attempts ?? 2)),
    baseDelayMs: Math.max(0, retry?.baseDelayMs ?? 1000),
    maxDelayMs: Math.max(0, retry?.maxDelayMs ?? 10_000),
  }
}

/**
 * How long to wait before retrying a failed call, or undefined to give up. Only idempotent
 * GETs are retried, and only for throttling (429), unavailability (503) and network errors:
 * a POST may have been applied even when its answer was lost, and Briq has no idempotency key.
 * `Retry-After` is honoured exactly and wins over backoff; a `Retry-After` beyond `maxDelayMs`
 * means no retry (never an early one); backoff is capped by `maxDelayMs`.
 */
export function retryDelay(failure: BriqError, method: string, retriesSoFar: number, retry: ResolvedRetry) {
  if (method !== 'GET' || retriesSoFar >= retry.attempts) return undefined
  const retryable =
    failure.kind === 'network' || (failure.kind === 'http' && (failure.status === 429 || failure.status === 503))
  if (!retryable) return undefined
  // Retrying before the server's Retry-After would ignore it; a wait longer than we accept gives
  // up instead, and the caller still has `retryAfterMs` to schedule a later try.
  if (failure.retryAfterMs !== undefined) {
    return failure.retryAfterMs <= retry.maxDelayMs ? failure.retryAfterMs : undefined
  }
  const backoff = retry.baseDelayMs * 2 ** retriesSoFar * (0.8 + Math.random() * 0.4)
  return Math.min(Math.round(backoff), retry.maxDelayMs)
}
