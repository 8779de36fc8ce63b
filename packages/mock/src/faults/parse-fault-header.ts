import { MAX_TIMER_MS } from '@briq-interactive/core'
import { quoted } from '@briq-interactive/core/server'
import { validationError } from '../http/api-error.ts'
import type { FaultConfig } from './fault-config.ts'
import { isLatencyMs } from './fault-config-problem.ts'

/**
 * Reads `X-Mock-Fault`: comma-separated tokens — `429`, `500`, `503`, `network`,
 * `invalid-response`, `latency=<ms>`, `retry-after=<s>`, `fail-rate=<0..1>` — e.g. `429, retry-after=5`. Unknown tokens answer 422
 * so a typo is not silently a happy path.
 */
export function parseFaultHeader(value: string): FaultConfig {
  const faults: FaultConfig = { scope: 'all' }
  for (const raw of value.split(',')) {
    const token = raw.trim().toLowerCase()
    if (token === '') continue
    if (token === '429' || token === '500' || token === '503') {
      faults.status = Number(token) as 429 | 500 | 503
      continue
    }
    if (token === 'network' || token === 'invalid-response') {
      faults.failure = token
      continue
    }
    const [key, text = ''] = token.split('=').map((part) => part.trim())
    const number = Number(text)
    if (key === 'latency' && text !== '' && isLatencyMs(number)) faults.latencyMs = number
    else if (key === 'retry-after' && text !== '' && Number.isInteger(number) && number >= 0)
      faults.retryAfterSeconds = number
    else if (key === 'fail-rate' && text !== '' && number >= 0 && number <= 1) faults.failureRate = number
    else {
      throw validationError(
        'X-Mock-Fault',
        `Unknown X-Mock-Fault token ${quoted(raw.trim())}; use 429, 500, 503, network, invalid-response, latency=<ms up to ${MAX_TIMER_MS}>, retry-after=<s> or fail-rate=<0..1>`,
      )
    }
  }
  return faults
}
