import type { BriqError } from '../client/briq-error.ts'
import { REDIRECTED } from '../client/send-briq-request.ts'
import { mayHaveBeenSent } from './may-have-been-sent.ts'
import { refusedForIssues } from './refusal-issues.ts'
import {
  answeredWithoutBriqError,
  askedBy,
  askedWait,
  gatewayFailure,
  type ProxyFailureReason,
  proxyFailure,
  proxyReason,
  redirectedFailure,
  unauthorizedFailure,
} from './request-failure-reason.ts'
import type { SendHoldAskedBy } from './send-hold.ts'

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
  | 'no_endpoint'
  | 'redirected'
  | ProxyFailureReason
  | 'gateway'
  | 'invalid_response'
  | 'aborted'
  | 'other'

/** A failed send, classified once for every UI. */
export interface SendFailure {
  /** What went wrong, one of `SendFailureReason`: each catalogue has a sentence for each. */
  reason: SendFailureReason
  /**
   * For `rate_limited`, and `server` when not `maybeSent`: whole seconds to wait (at least 1),
   * when the answer said how long (`Retry-After`: Briq's, or a gateway's 429 page), at most a day
   * (`MAX_SEND_HOLD_MS`): all of it, as the send controller holds sends for all of it.
   */
  retryAfterSeconds?: number
  /**
   * For `rate_limited`, and `server` when not `maybeSent`: the answer asked to wait more than a
   * day (`MAX_SEND_HOLD_MS`), which is a setting gone wrong rather than a limit: nothing is held
   * (no `retryAfterSeconds`), and the sentence says to try again in a few minutes.
   */
  waitTooLong?: true
  /**
   * For `rate_limited`: who turned the send away, as the hold's `askedBy` says: `briq` (its
   * error envelope) or `gateway` (a 429 page from a server between the page and Briq, with none of
   * Briq's error details), so the sentence names the same one as the note beside Send. For the
   * controller's refusal during a hold, the answer that began it (the refusal's `cause`).
   */
  askedBy?: SendHoldAskedBy
  /**
   * For `server`, `gateway`, `invalid_response`, `proxy_refused` and `other`: the HTTP status,
   * when there was an answer; for `redirected`, the redirect's own (3xx) when the client did not
   * follow it (outside a web page: a server, a script).
   */
  status?: number
  /**
   * For `invalid_response`: the answer was a web page (HTML), not Briq's (`BriqError.webPage`): a
   * network's sign-in, most often, or a site's own page at a wrong address.
   */
  webPage?: true
  /**
   * For `gateway`: the server said the request's headers were too large (cookies, most often): a
   * 431, or a page saying so under another status (nginx's 400 "Request Header Or Cookie Too
   * Large"). The sentence is the same either way.
   */
  headersTooLarge?: true
  /**
   * The message may have reached Briq, so sending it again could deliver it twice (a lost or late
   * answer, one that could not be read, Briq or a gateway failing inside: a 5xx but 501, 505, 511
   * and Briq's own 503, a gateway's 503 too): by the same rule the send controller holds an
   * identical send by (`MAYBE_SENT`), and every sentence
   * saying "may have been sent" reads. A send the caller aborted (`aborted`) is, unless it was
   * aborted before its request left (code `ABORTED_BEFORE_REQUEST`).
   */
  maybeSent?: true
  /**
   * For `server`: the answer's request id (Briq's, or the proxy's), which support can look up.
   * Absent when the answer had none (a gateway's own error page, a dev server's proxy failing),
   * so no sentence asks the person to quote one.
   */
  requestId?: string
  /**
   * For `unauthorized`: no key went with the request answered 401 (`BriqError.keySent` false, or,
   * when the client cannot tell, the answer says "Missing X-API-Key"): the page called Briq, or
   * the mock, directly instead of through the proxy, which adds the key.
   */
  keyMissing?: true
}

/**
 * Classifies a send's `BriqError` (from `createSendController` or the client): the code Briq or
 * the controller gave first (`DUPLICATE_SEND`, `MAYBE_SENT`, `WINDOW_CLOSED`, `RATE_LIMITED`, and
 * the controller's `SERVICE_UNAVAILABLE` hold), then the error's kind and the HTTP status (kept
 * for a UI to quote). `describeSendFailure` words it in a language.
 */
export function sendFailureReason(error: BriqError): SendFailure {
  const failure = classify(error)
  return mayHaveBeenSent(error) ? { ...failure, maybeSent: true } : failure
}

function classify(error: BriqError): SendFailure {
  if (error.code === 'DUPLICATE_SEND') return { reason: 'duplicate' }
  if (error.code === 'MAYBE_SENT') return { reason: 'maybe_sent' }
  if (error.code === 'WINDOW_CLOSED') return { reason: 'window_closed' }
  if (error.code === 'RATE_LIMITED' || error.status === 429) {
    return waiting({ reason: 'rate_limited', askedBy: askedBy(error) }, error)
  }
  // The controller holding sends after a 5xx's Retry-After: no answer of its own, so no status.
  if (error.kind === 'validation' && error.code === 'SERVICE_UNAVAILABLE') return waiting({ reason: 'server' }, error)
  // The kit's proxy or mock checked the rules the client checks: the same failure, the same issues.
  if (error.kind === 'validation' || refusedForIssues(error)) return { reason: 'validation' }
  if (error.kind === 'network') return { reason: 'network' }
  if (error.kind === 'timeout') return { reason: 'timeout' }
  if (error.kind === 'aborted') return { reason: 'aborted' }
  // Sent on to another page (a sign-in, a session that lapsed) instead of answered: not sent.
  if (error.code === REDIRECTED) return redirectedFailure(error)
  const status = error.status
  // A success status whose body could not be read: Briq accepted something, so it may have gone.
  if (error.kind === 'invalid_response') {
    const failure = withStatus('invalid_response', status)
    return error.webPage === undefined ? failure : { ...failure, webPage: true }
  }
  // The proxy (or the mock in its place) answered it itself: not Briq's problem nor the API key,
  // whatever the status (a 500 PROXY_NOT_CONFIGURED forwarded nothing).
  const byProxy = proxyReason(error.code)
  if (byProxy !== undefined) return proxyFailure(byProxy, status)
  // A 404 without Briq's words is a wrong address (`no_endpoint`, below).
  if (status !== undefined && status !== 404 && answeredWithoutBriqError(error)) {
    // A server between the page and Briq answered, with none of Briq's error details: the
    // reader is sent to it, not to Briq or the API key. No Retry-After hold: it was not Briq's.
    return gatewayFailure(error, status)
  }
  if (status !== undefined && status >= 500) {
    // A Retry-After on a 5xx is how long to wait before asking again (RFC 9110, Retry-After:
    // on a 503, how long the service is expected to be unavailable); not after one that may
    // have gone, which is held until the person checks.
    const failure: SendFailure =
      error.requestId === undefined
        ? { reason: 'server', status }
        : { reason: 'server', status, requestId: error.requestId }
    return mayHaveBeenSent(error) ? failure : waiting(failure, error)
  }
  if (status === 401 || status === 403) return unauthorizedFailure(error)
  // A 404 without Briq's own code (a page's dev server, a route FastAPI does not have: its bare
  // `{"detail": "Not Found"}`): nothing answers sends at this address, so nothing was sent. Briq's
  // own 404s about the request (a conversation it does not know) come in its envelope, with a code.
  if (status === 404 && isNoRoute(error)) return { reason: 'no_endpoint' }
  return withStatus('other', status)
}

function withStatus(reason: 'invalid_response' | 'other', status: number | undefined): SendFailure {
  return status === undefined ? { reason } : { reason, status }
}

// The failure with the seconds the answer asked to wait, when it said: the send controller holds
// sends until then. Past a day, a setting gone wrong: no wait to hold or to name.
const waiting = (failure: SendFailure, error: BriqError): SendFailure => ({ ...failure, ...askedWait(error) })

const isNoRoute = (error: BriqError): boolean =>
  error.code === undefined &&
  error.errors.every((detail) => detail.code === 'HTTP_404' && detail.message.trim().toLowerCase() === 'not found')
