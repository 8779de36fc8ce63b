import type { BriqError } from '../client/briq-error.ts'
import { PROXY_NOT_CONFIGURED, UPSTREAM_REDIRECT, UPSTREAM_UNREACHABLE } from '../contract/proxy-codes.ts'

/**
 * Whether a failed send may still have reached Briq, so sending again could deliver it twice:
 * the connection broke after fetch started (network error carrying fetch's cause), no answer
 * came in time (timeout), the caller aborted after the call began, Briq answered 2xx with a body
 * we could not read (it accepted something), the proxy reports it lost Briq's answer (502/504;
 * not its 502 `UPSTREAM_UNREACHABLE`, which says the request never reached Briq, nor
 * `UPSTREAM_REDIRECT`, Briq answering a redirect: it did not take the request),
 * or Briq failed inside (500: it documents no step at which a send is committed, so its handler
 * may have failed after passing the message on). A validation error, a refusal Briq answered
 * (4xx, 501, 503: it did not take the message), or a call that never started is false.
 */
export function mayHaveBeenSent(error: BriqError, abortedBeforeStart: boolean): boolean {
  switch (error.kind) {
    case 'timeout':
    case 'invalid_response':
      return true
    case 'network':
      // The client's own "no fetch here" error has no cause: nothing left the page.
      return error.cause !== undefined
    case 'aborted':
      return !abortedBeforeStart
    case 'http':
      // @briq-interactive/proxy answers a send Briq could not be reached for at all (refused,
      // no DNS, no TLS) with 502 UPSTREAM_UNREACHABLE; one whose answer was lost with 502
      // UPSTREAM_ANSWER_LOST; one Briq answered with a redirect (not taken) with 502 UPSTREAM_REDIRECT.
      // It answers 500 PROXY_NOT_CONFIGURED, having forwarded nothing, while its own options are wrong.
      if (
        error.code === UPSTREAM_UNREACHABLE ||
        error.code === UPSTREAM_REDIRECT ||
        error.code === PROXY_NOT_CONFIGURED
      )
        return false
      return error.status === 500 || error.status === 502 || error.status === 504
    default:
      return false
  }
}
