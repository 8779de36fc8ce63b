import { type ConfigProblem, MAX_TIMER_MS } from '@briq-interactive/core'
import { configObjectProblem, quoted } from '@briq-interactive/core/server'

const KEYS = ['latencyMs', 'failureRate', 'status', 'failure', 'retryAfterSeconds', 'scope']
const isMs = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0

/**
 * Whether a latency is milliseconds the mock can really wait, 0 to `MAX_TIMER_MS`: past it a
 * timer fires at once, with a warning on stderr.
 */
export const isLatencyMs = (value: unknown): value is number => isMs(value) && value <= MAX_TIMER_MS

/** What is wrong with a fault configuration, naming the field; `null` when it is usable. */
export type FaultConfigProblem = ConfigProblem

/**
 * Checks a `FaultConfig` from outside (the `/__mock/scenario` body, `setFaults`, options), so
 * a typo such as `status: 418` or `latencyMs: "300"` is an error rather than a silent happy path.
 */
export function faultConfigProblem(value: unknown): FaultConfigProblem | null {
  const shape = configObjectProblem(value, 'faults', KEYS, {
    example: '{ "latencyMs": 300, "failureRate": 0.2 }',
    noun: 'fault',
  })
  if (shape) return shape
  const faults = value as Record<string, unknown>
  const { latencyMs, failureRate, status, failure, retryAfterSeconds, scope } = faults
  const [min, max] = Array.isArray(latencyMs) && latencyMs.length === 2 ? latencyMs : []
  const range = isLatencyMs(min) && isLatencyMs(max) && min <= max
  if (latencyMs !== undefined && !isLatencyMs(latencyMs) && !range) {
    return {
      field: 'faults.latencyMs',
      message: `latencyMs must be milliseconds from 0 to ${MAX_TIMER_MS}, or a [min, max] pair of them`,
    }
  }
  if (failureRate !== undefined && !(typeof failureRate === 'number' && failureRate >= 0 && failureRate <= 1)) {
    return { field: 'faults.failureRate', message: 'failureRate must be a number from 0 to 1' }
  }
  if (status !== undefined && status !== 429 && status !== 500 && status !== 503) {
    return { field: 'faults.status', message: `status must be 429, 500 or 503, got ${quoted(status)}` }
  }
  if (failure !== undefined && failure !== 'network' && failure !== 'invalid-response') {
    return {
      field: 'faults.failure',
      message: `failure must be "network" or "invalid-response", got ${quoted(failure)}`,
    }
  }
  if (retryAfterSeconds !== undefined && !(Number.isInteger(retryAfterSeconds) && isMs(retryAfterSeconds))) {
    return { field: 'faults.retryAfterSeconds', message: 'retryAfterSeconds must be a whole number of seconds ≥ 0' }
  }
  if (scope !== undefined && scope !== 'sends' && scope !== 'all') {
    return { field: 'faults.scope', message: `scope must be "sends" or "all", got ${quoted(scope)}` }
  }
  return null
}
