import { createBriqClient, normalizePhone, validateInteractive } from '@briq-interactive/core'

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

// The validation switches and the phone's country code come from configuration too.
declare const flags: { extendedListBody?: boolean; carouselQuickReplyMax?: 2 | 3; countryCode?: string }

validateInteractive(
  {},
  { extendedListBody: flags.extendedListBody, carouselQuickReplyMax: flags.carouselQuickReplyMax },
)
normalizePhone('0712 345 678', { defaultCountryCode: flags.countryCode })
