import { type BriqError, isBriqError } from '../client/briq-error.ts'
import { holdsNoBriqError } from '../client/read-error-body.ts'
import { REDIRECTED } from '../client/send-briq-request.ts'
import { BRIQ_API_KEY_HEADER } from '../contract/briq-api-origin.ts'
import {
  MOCK_HOST_NOT_ALLOWED,
  MOCK_ORIGIN_NOT_ALLOWED,
  MOCK_STOPPING,
  PROXY_BAD_REQUEST,
  PROXY_BODY_ALREADY_READ,
  PROXY_CONNECTION_REQUEST_LIMIT,
  PROXY_ERROR,
  PROXY_EXPECTATION_FAILED,
  PROXY_HEADERS_TOO_LARGE,
  PROXY_HOST_NOT_ALLOWED,
  PROXY_METHOD_NOT_ALLOWED,
  PROXY_NOT_CONFIGURED,
  PROXY_NOT_FOUND,
  PROXY_ORIGIN_NOT_ALLOWED,
  PROXY_PAYLOAD_TOO_LARGE,
  PROXY_REQUEST_TIMEOUT,
  PROXY_STOPPING,
  PROXY_UNAUTHORIZED,
  PROXY_UNSUPPORTED_MEDIA_TYPE,
  UPSTREAM_ANSWER_LOST,
  UPSTREAM_REDIRECT,
  UPSTREAM_REDIRECT_FOLLOWED,
  UPSTREAM_RESPONSE_TOO_LARGE,
  UPSTREAM_RESPONSE_UNREADABLE,
  UPSTREAM_TIMEOUT,
  UPSTREAM_UNREACHABLE,
} from '../contract/proxy-codes.ts'
import { ownEntry } from '../own-entry.ts'
import { MAX_SEND_HOLD_MS, type SendHoldAskedBy } from './send-hold.ts'

/** Why a call to Briq other than a send failed (a status poll, a list), in a UI's terms. */
export type RequestFailureReason =
  | 'network'
  | 'timeout'
  | 'rate_limited'
  | 'unauthorized'
  | 'redirected'
  | ProxyFailureReason
  | 'gateway'
  | 'not_found'
  | 'server'
  | 'invalid_response'
  | 'aborted'
  | 'other'

/** A failed call, classified once for every UI. */
export interface RequestFailure {
  /** What went wrong, one of `RequestFailureReason`: each catalogue has a sentence for each. */
  reason: RequestFailureReason
  /**
   * For `rate_limited`: whole seconds to wait (at least 1), when the answer said how long
   * (`Retry-After`), at most a day (`MAX_SEND_HOLD_MS`).
   */
  retryAfterSeconds?: number
  /**
   * For `rate_limited`: the answer asked to wait more than a day, a setting gone wrong: a status
   * watcher polls on by its backoff instead, and the sentence names no wait.
   */
  waitTooLong?: true
  /**
   * For `rate_limited`: who turned the call away, as `SendFailure.askedBy` says: `briq` (its error
   * envelope) or `gateway` (a 429 page from a server between the page and Briq), so the sentence
   * names the same one a send's does.
   */
  askedBy?: SendHoldAskedBy
  /**
   * For `other`, `gateway` and `proxy_refused`: the HTTP status, when there was an answer; for
   * `redirected`, the redirect's own (3xx) when the client did not follow it (outside a web page).
   */
  status?: number
  /** For `invalid_response`: the answer was a web page (HTML), not Briq's (`BriqError.webPage`). */
  webPage?: true
  /**
   * For `gateway`: the server said the request's headers were too large (cookies, most often): a
   * 431, or a page saying so under another status (nginx's 400 "Request Header Or Cookie Too
   * Large").
   */
  headersTooLarge?: true
  /**
   * What the call asked for, which a 404 is about: one message (a status poll: Briq does not know
   * its id), one conversation (`getConversation`, `markConversationRead`: Briq does not know its
   * id) or a list (conversations: nothing answers at that address). Default `message`.
   */
  about?: RequestSubject
  /**
   * For `unauthorized`: no key went with the request answered 401 (`BriqError.keySent` false, or,
   * when the client cannot tell, the answer says "Missing X-API-Key"): the page called Briq, or
   * the mock, directly instead of through the proxy, which adds the key.
   */
  keyMissing?: true
}

/** What a call other than a send asked Briq for: one message, one conversation, or a list. */
export type RequestSubject = 'message' | 'conversation' | 'list'

/**
 * Whole seconds to wait, at least 1, from a `BriqError`'s `retryAfterMs`; undefined when Briq
 * named no wait, or a wait of 0 (`Retry-After: 0`, a date already past: a retry may go at once,
 * so nothing is held and no sentence names a second).
 */
export const retryAfterSeconds = (error: BriqError): number | undefined =>
  error.retryAfterMs === undefined || !(error.retryAfterMs > 0) ? undefined : Math.ceil(error.retryAfterMs / 1000)

/**
 * The wait an answer asked for, as a failure carries it: its whole seconds (`retryAfterSeconds`),
 * or, past a day (`MAX_SEND_HOLD_MS`), `waitTooLong`: a setting gone wrong, not a limit, so no
 * send is held and no poll waits for it, and no sentence names it ("8760 hours"). Nothing when
 * the answer named no wait.
 */
export function askedWait(error: BriqError): { retryAfterSeconds?: number; waitTooLong?: true } {
  const seconds = retryAfterSeconds(error)
  if (seconds === undefined) return {}
  return (error.retryAfterMs ?? 0) > MAX_SEND_HOLD_MS ? { waitTooLong: true } : { retryAfterSeconds: seconds }
}

/**
 * The `unauthorized` failure of a 401 or 403, with `keyMissing` when no `X-API-Key` went with a
 * request answered 401: the request did not go through the proxy, which adds the key, so
 * checking the key would not help. Known from what the client sent and where
 * (`BriqError.keySent`), whatever the answer's words; only when it cannot tell (a server
 * between the page and Briq or a `fetch` given, either of which may add a key, or the
 * standalone mock) is the answer's
 * message read: the mock's 401 "Missing X-API-Key header", and Briq's if it says the same.
 */
export function unauthorizedFailure(error: BriqError): { reason: 'unauthorized'; keyMissing?: true } {
  const missing =
    error.status === 401 &&
    (error.keySent === false ||
      (error.keySent === undefined && error.errors.some((detail) => MISSING_KEY.test(detail.message))))
  return missing ? { reason: 'unauthorized', keyMissing: true } : { reason: 'unauthorized' }
}

const MISSING_KEY = new RegExp(`\\bmissing ${BRIQ_API_KEY_HEADER}\\b`, 'i')

/**
 * Whether an HTTP error answer carried none of Briq's error details (the client's
 * `holdsNoBriqError`): a server between the page and Briq gave it (a gateway, a load balancer, a
 * CDN, a sign-in in front of the proxy or of Briq).
 */
export const answeredWithoutBriqError = (error: BriqError): boolean =>
  error.kind === 'http' && error.status !== undefined && holdsNoBriqError(error)

// Who asked to wait: the answer itself or, for the controller's refusal during a hold, the answer
// that began the hold (its cause). With none of Briq's error details, a server between.
export function askedBy(error: BriqError): SendHoldAskedBy {
  const asked = error.kind === 'validation' && isBriqError(error.cause) ? error.cause : error
  return answeredWithoutBriqError(asked) ? 'gateway' : 'briq'
}

/**
 * The failure of an error answer that is not Briq's (`gateway`), with `headersTooLarge` when it
 * said the request's headers were too large: a 431 (RFC 6585), or a page saying so under another
 * status (`BriqError.webPage`: nginx answers 400).
 */
export const gatewayFailure = (
  error: BriqError,
  status: number,
): { reason: 'gateway'; status: number; headersTooLarge?: true } =>
  status === 431 || error.webPage === 'headers_too_large'
    ? { reason: 'gateway', status, headersTooLarge: true }
    : { reason: 'gateway', status }

/**
 * A redirect's failure (`REDIRECTED`), with the redirect's own status when the client did not
 * follow it (outside a web page, its cause is the 3xx answer): then the address itself redirects
 * (http:// to https://, a moved path), not a session that needs a sign-in. Followed in a page, the
 * page it led to is most likely a sign-in, and no status is given.
 */
export function redirectedFailure(error: BriqError): { reason: 'redirected'; status?: number } {
  const status = isBriqError(error.cause) ? error.cause.status : undefined
  return status !== undefined && status > 299 && status < 400
    ? { reason: 'redirected', status }
    : { reason: 'redirected' }
}

/**
 * The failures `@briq-interactive/proxy` reports itself (and `briq-mock` standing in for it:
 * `mock_forbidden`, `mock_stopping`), which sends and other calls share: {@link proxyReason} reads them from an
 * error's code.
 */
export type ProxyFailureReason =
  | 'proxy_unauthorized'
  | 'proxy_not_configured'
  | 'proxy_forbidden'
  | 'mock_forbidden'
  | 'mock_stopping'
  | 'proxy_refused'
  | 'proxy_error'
  | 'upstream_unreachable'
  | 'upstream_timeout'
  | 'upstream_answer_lost'

// Each of the proxy's codes, by what the reader does next.
const PROXY_REASONS: Readonly<Record<string, ProxyFailureReason>> = {
  [PROXY_UNAUTHORIZED]: 'proxy_unauthorized',
  [PROXY_NOT_CONFIGURED]: 'proxy_not_configured',
  // Set up in the wrong order (a body parser before it): found in its log, like missing options.
  [PROXY_BODY_ALREADY_READ]: 'proxy_not_configured',
  [PROXY_ORIGIN_NOT_ALLOWED]: 'proxy_forbidden',
  [PROXY_HOST_NOT_ALLOWED]: 'proxy_forbidden',
  // The standalone mock's origin and Host checks, which a developer fixes by starting it differently.
  [MOCK_ORIGIN_NOT_ALLOWED]: 'mock_forbidden',
  [MOCK_HOST_NOT_ALLOWED]: 'mock_forbidden',
  // The mock stopping (Ctrl-C, SIGTERM) turned it away unhandled: not Briq's 503, nothing changed.
  [MOCK_STOPPING]: 'mock_stopping',
  [PROXY_NOT_FOUND]: 'proxy_refused',
  [PROXY_METHOD_NOT_ALLOWED]: 'proxy_refused',
  [PROXY_PAYLOAD_TOO_LARGE]: 'proxy_refused',
  [PROXY_UNSUPPORTED_MEDIA_TYPE]: 'proxy_refused',
  [PROXY_BAD_REQUEST]: 'proxy_refused',
  // Said by their status as a gateway's are (cookies; a slow connection), naming the proxy.
  [PROXY_HEADERS_TOO_LARGE]: 'proxy_refused',
  [PROXY_REQUEST_TIMEOUT]: 'proxy_refused',
  // Refused before anything was forwarded, each sentence saying what to do by its status (417,
  // 503: sent again, it goes on a new connection, to this proxy or, once it stopped, another).
  [PROXY_EXPECTATION_FAILED]: 'proxy_refused',
  [PROXY_CONNECTION_REQUEST_LIMIT]: 'proxy_refused',
  [PROXY_STOPPING]: 'proxy_refused',
  [PROXY_ERROR]: 'proxy_error',
  [UPSTREAM_UNREACHABLE]: 'upstream_unreachable',
  // Not Briq's API answering (a gateway, a maintenance page, a wrong upstream): as unreachable,
  // nothing was taken, and the step is the same.
  [UPSTREAM_REDIRECT]: 'upstream_unreachable',
  [UPSTREAM_TIMEOUT]: 'upstream_timeout',
  [UPSTREAM_ANSWER_LOST]: 'upstream_answer_lost',
  [UPSTREAM_RESPONSE_TOO_LARGE]: 'upstream_answer_lost',
  [UPSTREAM_RESPONSE_UNREADABLE]: 'upstream_answer_lost',
  [UPSTREAM_REDIRECT_FOLLOWED]: 'upstream_answer_lost',
}

/**
 * Which of `@briq-interactive/proxy`'s own answers an error code is, if any, none of them Briq's
 * answer or the API key: its refusals of its token (`proxy_unauthorized`), its options
 * (`proxy_not_configured`), where the request came from (`proxy_forbidden`; `mock_forbidden` for
 * the standalone mock's own check; `mock_stopping` for its 503 while it stops) or the request itself
 * (`proxy_refused`: a route or method it does not forward, a body too large or not JSON); it
 * failing itself (`proxy_error`); Briq's API not reached from it (`upstream_unreachable`: nothing
 * was taken), not answering it within its deadline (`upstream_timeout`), or its answer lost or
 * dropped (`upstream_answer_lost`). Whether a send may have gone is `mayHaveBeenSent`'s to say.
 * Sends and other calls read it alike.
 */
export function proxyReason(code: string | undefined): ProxyFailureReason | undefined {
  return code === undefined ? undefined : ownEntry(PROXY_REASONS, code)
}

/** A proxy failure with the status its sentence quotes (only a refusal's varies). */
export const proxyFailure = (
  reason: ProxyFailureReason,
  status: number | undefined,
): { reason: ProxyFailureReason; status?: number } =>
  reason === 'proxy_refused' && status !== undefined ? { reason, status } : { reason }

/**
 * Classifies a failed call's `BriqError`: by its kind (no answer, too slow, cancelled, an answer
 * that could not be read), then who answered (the proxy, or a server between the page and Briq:
 * `gateway`), then its HTTP status (429, 401/403, 404, 5xx).
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
      return error.webPage === undefined
        ? { reason: 'invalid_response' }
        : { reason: 'invalid_response', webPage: true }
  }
  const status = error.status
  // Sent on to another page (a sign-in, a session that lapsed) instead of answered.
  if (error.code === REDIRECTED) return redirectedFailure(error)
  if (status === 429 || error.code === 'RATE_LIMITED') {
    return { reason: 'rate_limited', askedBy: askedBy(error), ...askedWait(error) }
  }
  // The proxy's own answers first: a 401/403 of its token or allowed origins is not the API key,
  // a 502/504 of its connection to Briq not Briq's problem.
  const byProxy = proxyReason(error.code)
  if (byProxy !== undefined) return proxyFailure(byProxy, status)
  // Not Briq's answer: its 404 is an address nothing answers at, not an id Briq does not know.
  if (status !== undefined && answeredWithoutBriqError(error)) return gatewayFailure(error, status)
  if (status === 401 || status === 403) return unauthorizedFailure(error)
  if (status === 404) return { reason: 'not_found' }
  if (status !== undefined && status >= 500) return { reason: 'server' }
  return status === undefined ? { reason: 'other' } : { reason: 'other', status }
}
