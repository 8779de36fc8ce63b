import type { BriqError } from '../client/briq-error.ts'
import { retryAfterSeconds } from './request-failure-reason.ts'

/** Why a send failed, in the terms a UI explains to a person. */
export type SendFailureReason =
  | 'duplicate'
  | 'maybe_sent'
  | 'window_closed'
  | 'rate_limited'
  | 'validation'
  | 'network'
  | 'timeout'
  | 'server'
  | 'unauthorized'
  | 'other'

/** A failed send, classified once for every UI. */
export interface SendFailure {
  reason: SendFailureReason
  /** For `rate_limited`: whole seconds to wait (at least 1), when Briq said how long. */
  retryAfterSeconds?: number
}

/**
 * Classifies a send's `BriqError` (from `createSendController` or the client): the code Briq or
 * the controller gave first (`DUPLICATE_SEND`, `MAYBE_SENT`, `WINDOW_CLOSED`, `RATE_LIMITED`), then the HTTP
 * status and the error's kind. `describeSendFailure` words it in a language.
 */
export function sendFailureReason(error: BriqError): SendFailure {
  if (error.code === 'DUPLICATE_SEND') return { reason: 'duplicate' }
  if (error.code === 'MAYBE_SENT') return { reason: 'maybe_sent' }
  if (error.code === 'WINDOW_CLOSED') return { reason: 'window_closed' }
  if (error.code === 'RATE_LIMITED' || error.status === 429) {
    const seconds = retryAfterSeconds(error)
    return seconds === undefined ? { reason: 'rate_limited' } : { reason: 'rate_limited', retryAfterSeconds: seconds }
  }
  if (error.kind === 'validation') return { reason: 'validation' }
  if (error.kind === 'network') return { reason: 'network' }
  if (error.kind === 'timeout') return { reason: 'timeout' }
  if (error.status !== undefined && error.status >= 500) return { reason: 'server' }
  if (error.status === 401 || error.status === 403) return { reason: 'unauthorized' }
  return { reason: 'other' }
}
