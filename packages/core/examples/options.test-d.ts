import { createBriqClient } from '@briq-interactive/core'

// An app passes its own configuration's optional values as they are (`undefined` when unset),
// with exactOptionalPropertyTypes on (this folder's tsconfig): every client option takes them.
declare const config: { endpoint: string; timeoutMs?: number; retries?: number; headers?: Record<string, string> }

createBriqClient({
  endpoint: config.endpoint,
  timeoutMs: config.timeoutMs,
  headers: config.headers,
  retry: { attempts: config.retries, baseDelayMs: undefined, maxDelayMs: undefined },
  fetch: undefined,
  validation: undefined,
})
