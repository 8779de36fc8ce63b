import type { ProxyFailureReason, RequestFailureReason } from './request-failure-reason.ts'
import type { SendFailureReason } from './send-failure-reason.ts'

// The reasons as values, for what checks a catalogue's keys without its sentences
// (`withCoreMessages` over `coreIssueMessagesEn`), in the catalogues' order. Written as records of
// each reason, so a reason added to its type and not here fails to compile.
const PROXY: { readonly [K in ProxyFailureReason]: true } = {
  proxy_unauthorized: true,
  proxy_not_configured: true,
  proxy_forbidden: true,
  proxy_refused: true,
  proxy_error: true,
  mock_forbidden: true,
  mock_stopping: true,
  upstream_unreachable: true,
  upstream_timeout: true,
  upstream_answer_lost: true,
}

const SEND: { readonly [K in SendFailureReason]: true } = {
  duplicate: true,
  maybe_sent: true,
  window_closed: true,
  rate_limited: true,
  validation: true,
  network: true,
  timeout: true,
  server: true,
  unauthorized: true,
  no_endpoint: true,
  redirected: true,
  ...PROXY,
  gateway: true,
  invalid_response: true,
  aborted: true,
  other: true,
}

const REQUEST: { readonly [K in RequestFailureReason]: true } = {
  network: true,
  timeout: true,
  rate_limited: true,
  unauthorized: true,
  redirected: true,
  ...PROXY,
  gateway: true,
  not_found: true,
  server: true,
  invalid_response: true,
  aborted: true,
  other: true,
}

/** Every `SendFailureReason`: the keys of `CoreMessages['sendFailure']`. */
export const SEND_FAILURE_REASONS = Object.keys(SEND) as readonly SendFailureReason[]

/** Every `RequestFailureReason`: the keys of `CoreMessages['requestFailure']`. */
export const REQUEST_FAILURE_REASONS = Object.keys(REQUEST) as readonly RequestFailureReason[]
