import { ApiError, apiError } from '../http/api-error.ts'
import { DROPPED_REPLY, htmlPageResponse, type MockReply } from '../http/responses.ts'
import type { MockRuntime } from '../runtime.ts'
import { drawLatency, type FaultConfig } from './fault-config.ts'

/**
 * Waits out the configured latency; `signal` is the request's. Resolves false when the mock was
 * reset or closed meanwhile: the request is then dropped, unanswered.
 */
export function applyLatency(runtime: MockRuntime, faults: FaultConfig, signal: AbortSignal): Promise<boolean> {
  const ms = drawLatency(faults.latencyMs, runtime.random)
  const end = runtime.waitsEnd
  if (ms <= 0) return Promise.resolve(true)
  return new Promise((resolve, reject) => {
    // A sleep of the options' may not heed `end`: the wait ends anyway.
    const onEnd = () => resolve(false)
    end.addEventListener('abort', onEnd, { once: true })
    runtime
      .sleep(ms, signal, end)
      .then(() => resolve(!end.aborted), reject)
      .finally(() => end.removeEventListener('abort', onEnd))
  })
}

/** Throws the forced status or a dice-rolled failure, if the faults call for one. */
export function applyForcedFailure(runtime: MockRuntime, faults: FaultConfig): void {
  const retryAfter = { 'retry-after': String(faults.retryAfterSeconds ?? 2) }
  if (faults.status === 429) {
    throw apiError(429, 'RATE_LIMITED', 'Too many requests: slow down and retry after the Retry-After delay', null, {
      headers: retryAfter,
    })
  }
  if (faults.status === 503) {
    throw apiError(503, 'SERVICE_UNAVAILABLE', 'Briq is temporarily unavailable (mock fault)', null, {
      headers: retryAfter,
    })
  }
  if (faults.status === 500) throw apiError(500, 'INTERNAL_ERROR', 'Internal server error (mock fault)')
  if (faults.failureRate !== undefined && faults.failureRate > 0 && runtime.random() < faults.failureRate) {
    throw new ApiError(500, [
      {
        code: 'INTERNAL_ERROR',
        message: `Internal server error (mock failure rate ${faults.failureRate})`,
        field: null,
      },
    ])
  }
}

/** The broken answer a `failure` fault calls for, if any: no answer at all, or an HTML page. */
export function brokenAnswer(faults: FaultConfig, requestId: string): MockReply | undefined {
  if (faults.failure === 'network') return DROPPED_REPLY
  if (faults.failure === 'invalid-response') return htmlPageResponse(requestId)
  return undefined
}
