import type { BriqError } from '../client/briq-error.ts'
import { isProxyForbiddenCode, PROXY_NOT_CONFIGURED, PROXY_UNAUTHORIZED } from '../contract/proxy-codes.ts'

/** Why a call to Briq other than a send failed (a status poll, a list), in a UI's terms. */
export type RequestFailureReason =
  | 'network'
  | 'timeout'
  | 'rate_limited'
  | 'unauthorized'
  | 'proxy_unauthorized'
  | 'proxy_not_configured'
  | 'proxy_forbidden'
  | 'not_found'
  | 'server'
  | 'invalid_response'
  | 'aborted'
  | 'other'

/** A failed call, classified once for every UI. */
export interface RequestFailure {
  reason: RequestFailureReason
  /** For `rate_limited`: whole seconds to wait (at least 1), when Briq said how long. */
  retryAfterSeconds?: number
  /** For `other`: the HTTP status, when there was an answer. */
  status?: number
  /**
   * What the call asked for, which a 404 is about: one message (a status poll: Briq does not know
   * its id) or a list (conversations: nothing answers at that address). Default `message`.
   */
  about?: RequestSubject
}

/** What a call other than a send asked Briq for: one message, or a list. */
export type RequestSubject = 'message' | 'list'

/** Whole seconds to wait, at least 1, from a `BriqError`'s `retryAfterMs`. */
export const retryAfterSeconds = (error: BriqError): number | undefined =>
  error.retryAfterMs === undefined ? undefined : Math.max(1, Math.ceil(error.retryAfterMs / 1000))

/**
 * Classifies a failed call's `BriqError`: by its kind (no answer, too slow, cancelled, an answer
 * that could not be read), then its HTTP status (429, 401/403, 404, 5xx).
 */
export function requestFailureReason(error: BriqError): RequestFailure {
  switch (error.kind) {
    case 'network':
      return { reason: 'network' }
    case 'timeout':
      return { reason: 'timeout' }
    case 'aborted':
      return { reason: 'aborted' }
    case 'invalid_response':
      return { reason: 'invalid_response' }
  }
  const status = error.status
  if (status === 429 || error.code === 'RATE_LIMITED') {
    const seconds = retryAfterSeconds(error)
    return seconds === undefined ? { reason: 'rate_limited' } : { reason: 'rate_limited', retryAfterSeconds: seconds }
  }
  // The proxy's own authorize refused the caller: its token, not the API key.
  if (error.code === PROXY_UNAUTHORIZED) return { reason: 'proxy_unauthorized' }
  if (error.code === PROXY_NOT_CONFIGURED) return { reason: 'proxy_not_configured' }
  if (isProxyForbiddenCode(error.code)) return { reason: 'proxy_forbidden' }
  if (status === 401 || status === 403) return { reason: 'unauthorized' }
  if (status === 404) return { reason: 'not_found' }
  if (status !== undefined && status >= 500) return { reason: 'server' }
  return status === undefined ? { reason: 'other' } : { reason: 'other', status }
}
