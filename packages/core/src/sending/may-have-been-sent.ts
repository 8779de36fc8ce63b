import type { BriqError } from '../client/briq-error.ts'
import { ABORTED_BEFORE_REQUEST, TIMEOUT_BEFORE_REQUEST } from '../client/call-signal.ts'
import { FAILED_BEFORE_REQUEST } from '../client/send-briq-request.ts'
import { answeredWithoutBriqError, type ProxyFailureReason, proxyReason } from './request-failure-reason.ts'

// The proxy's own answers after which a send may have reached Briq, by reason (proxyReason reads
// each code into one, and each reason's sentence says the same): Briq's answer late, lost or
// dropped (too large, unreadable, from where a followed redirect led), or the proxy failing while
// handling it (PROXY_ERROR: possibly after Briq answered). Every other is a refusal or failure
// before anything was forwarded, or Briq answering a redirect (it did not take the request).
const PROXY_MAYBE_SENT: readonly ProxyFailureReason[] = ['upstream_timeout', 'upstream_answer_lost', 'proxy_error']

// The 5xx statuses that say the server did not handle the request at all (RFC 9110, 501, 503
// and 505; RFC 6585, 511: a captive portal answered instead). Any other 5xx may come after the
// message was passed on: Briq's own 500, a gateway's 502 or 504, and the ones gateways in front
// of a server make up for the same (a CDN's "origin timed out", 524), or a 507.
const NOT_HANDLED_5XX: readonly number[] = [501, 503, 505, 511]

/**
 * Whether a 5xx says the server that answered did not handle the request at all (501, 503, 505,
 * 511): nothing went past it, by its status. After any other 5xx the request may have gone on,
 * so the fault may lie behind it, Briq included. A gateway's 503 says so too but is not taken at
 * its word (gateways answer it also after passing the request on): `mayHaveBeenSent` reads it.
 */
export const handledNothing = (status: number): boolean => NOT_HANDLED_5XX.includes(status)

/**
 * Whether a failed send may still have reached Briq, so sending again could deliver it twice.
 * The one rule: the send controller's hold (`MAYBE_SENT`), `SendFailure.maybeSent` and every
 * sentence saying "may have been sent" read it. True when the connection broke after fetch
 * started (any network error but the client's own `FAILED_BEFORE_REQUEST`, so also one a host's
 * own client or fetch failed with in its own way: it cannot be placed), no answer came in time
 * (any timeout but `TIMEOUT_BEFORE_REQUEST`, one that ran out while the headers were still being
 * made), the caller aborted once the request may have left (any `aborted` error but
 * `ABORTED_BEFORE_REQUEST`, which the client and the send controller give an abort before it
 * left), Briq answered 2xx with a body we could not read (it accepted something),
 * `@briq-interactive/proxy` lost, missed or dropped Briq's answer or failed itself (the reasons
 * above), Briq or a gateway before it failed inside (any 5xx but 501, 503, 505 and 511, such as
 * 500, 502, 504 or a CDN's 524: Briq documents no step at which a send is committed, so its
 * handler may have failed after passing the message on; and a 503 that is not Briq's, with
 * none of its error details: a gateway's, which may come after it passed the request on), or
 * the error is of a kind this rule does not know (a host's own, in plain JavaScript). False for
 * a validation error or a hold of the controller's (but `MAYBE_SENT`, about an earlier try), a
 * refusal (4xx, 501, 505, 511, Briq's own 503: the message was not taken; the proxy's other
 * codes: nothing was forwarded), or a call aborted, timed out or failed before its request left.
 */
export function mayHaveBeenSent(error: BriqError): boolean {
  switch (error.kind) {
    case 'timeout':
      return error.code !== TIMEOUT_BEFORE_REQUEST
    case 'invalid_response':
      return true
    case 'network':
      // Only the client's own "cannot be sent" says nothing left; any other (a host's client or
      // fetch failing in its own way) may have come after the request left.
      return error.code !== FAILED_BEFORE_REQUEST
    case 'aborted':
      return error.code !== ABORTED_BEFORE_REQUEST
    case 'validation':
      // The controller holding back a send an earlier try of which may have gone; any other
      // refusal of its own, or a request that broke a rule, made no request.
      return error.code === 'MAYBE_SENT'
    case 'http': {
      // Only the codes the proxy defines; any other is read by its status, as Briq's.
      const byProxy = proxyReason(error.code)
      if (byProxy !== undefined) return PROXY_MAYBE_SENT.includes(byProxy)
      const status = error.status
      if (status === undefined || status < 500 || status > 599) return false
      // A gateway answers 503 also after it passed the request on: Heroku's router on a request
      // that timed out (H12) or whose connection closed (H13), Envoy on a connection reset
      // before the answer's headers (response flag UC). Only Briq's own 503 says it took nothing.
      if (status === 503 && answeredWithoutBriqError(error)) return true
      return !handledNothing(status)
    }
    default:
      // A kind of a host's own, in plain JavaScript: nothing places it before the request.
      return true
  }
}
