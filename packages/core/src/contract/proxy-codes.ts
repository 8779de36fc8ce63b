/**
 * The code `@briq-interactive/proxy` answers 401 with when its own `authorize` refuses a caller
 * (a wrong or missing proxy token, a lapsed session): the proxy refused the request, not Briq the
 * API key, which Briq refuses with 401 `UNAUTHORIZED`.
 */
export const PROXY_UNAUTHORIZED = 'PROXY_UNAUTHORIZED'

/**
 * The code `@briq-interactive/proxy` (`lazyBriqProxy`) answers 500 with while its own options are
 * wrong (no key, no authorize): it forwarded nothing, so nothing can have been sent.
 */
export const PROXY_NOT_CONFIGURED = 'PROXY_NOT_CONFIGURED'

/**
 * The code `@briq-interactive/proxy` answers 500 with when it failed itself (its `authorize`
 * threw, or the runtime failed while handling the request); the details stay in its log.
 */
export const PROXY_ERROR = 'PROXY_ERROR'

/**
 * The code `@briq-interactive/proxy` answers 403 with when a page's origin is not in its
 * `allowedOrigins` (checked before `authorize`): the proxy's own setting, not the API key.
 */
export const PROXY_ORIGIN_NOT_ALLOWED = 'PROXY_ORIGIN_NOT_ALLOWED'

/**
 * The code the runnable proxy on loopback answers 403 with for a `Host` that is not a localhost
 * name (DNS rebinding): the proxy's own setting, not the API key.
 */
export const PROXY_HOST_NOT_ALLOWED = 'PROXY_HOST_NOT_ALLOWED'

// The codes `@briq-interactive/proxy` answers with when Briq did not answer it, or answered what
// it does not pass on.

/** 502: no connection to Briq at all (refused, no DNS, no TLS), so the request never left. */
export const UPSTREAM_UNREACHABLE = 'UPSTREAM_UNREACHABLE'
/** 502: the connection to Briq broke after the request left (it may have reached Briq). */
export const UPSTREAM_ANSWER_LOST = 'UPSTREAM_ANSWER_LOST'
/** 502: Briq answered a redirect, which the proxy neither followed nor passed on (not taken). */
export const UPSTREAM_REDIRECT = 'UPSTREAM_REDIRECT'
/** 502: the proxy's `fetch` option followed Briq's redirect anyway; its answer was dropped. */
export const UPSTREAM_REDIRECT_FOLLOWED = 'UPSTREAM_REDIRECT_FOLLOWED'
/** 502: Briq's answer was over the proxy's `maxResponseBytes`; it was dropped. */
export const UPSTREAM_RESPONSE_TOO_LARGE = 'UPSTREAM_RESPONSE_TOO_LARGE'
/** 502: Briq's answer came in a content coding the proxy cannot decode; it was dropped. */
export const UPSTREAM_RESPONSE_UNREADABLE = 'UPSTREAM_RESPONSE_UNREADABLE'
/** 504: no whole answer from Briq within the proxy's `timeoutMs` (the request may have reached Briq). */
export const UPSTREAM_TIMEOUT = 'UPSTREAM_TIMEOUT'

// The proxy's own refusals of the request itself, before anything is forwarded. Briq answers
// these statuses too (a route it does not have, a body too large for it), so the proxy's carry
// their own codes: "Briq answered 413" would send the reader to Briq about their own server.

/** 404: no such route on the proxy, or a Briq route it does not forward (nothing forwarded). */
export const PROXY_NOT_FOUND = 'PROXY_NOT_FOUND'
/** 405 (with `Allow`): a method the proxy does not take on that route (nothing forwarded). */
export const PROXY_METHOD_NOT_ALLOWED = 'PROXY_METHOD_NOT_ALLOWED'
/**
 * 413: a body over the proxy's `maxBodyBytes`, too many JSON objects and arrays, or a chunk's
 * extensions past the runnable proxy's node limit (nothing forwarded).
 */
export const PROXY_PAYLOAD_TOO_LARGE = 'PROXY_PAYLOAD_TOO_LARGE'
/**
 * 415: a body whose `Content-Type` is not JSON, or none on a send, or a compressed body (a
 * `Content-Encoding` such as `gzip`, named); nothing forwarded.
 */
export const PROXY_UNSUPPORTED_MEDIA_TYPE = 'PROXY_UNSUPPORTED_MEDIA_TYPE'
/**
 * 400: a request its Node adapter could not read (a `Host` that is not a host name, a bad target),
 * or, from the runnable proxy, one node's HTTP parser refused (not HTTP/1.1); nothing forwarded.
 */
export const PROXY_BAD_REQUEST = 'PROXY_BAD_REQUEST'
/** 431: the runnable proxy's node refused headers past its limit (cookies, most often; nothing forwarded). */
export const PROXY_HEADERS_TOO_LARGE = 'PROXY_HEADERS_TOO_LARGE'
/** 408: the runnable proxy did not receive the whole request within its deadlines (nothing forwarded). */
export const PROXY_REQUEST_TIMEOUT = 'PROXY_REQUEST_TIMEOUT'
/** 417: the runnable proxy cannot meet the request's `Expect` (anything but `100-continue`; nothing forwarded). */
export const PROXY_EXPECTATION_FAILED = 'PROXY_EXPECTATION_FAILED'
/**
 * 503: a request pipelined past the runnable proxy's requests per connection
 * (`PROXY_MAX_REQUESTS_PER_SOCKET`): nothing forwarded, and sent again on a new connection it is.
 */
export const PROXY_CONNECTION_REQUEST_LIMIT = 'PROXY_CONNECTION_REQUEST_LIMIT'
/**
 * 503: the proxy is stopping (its `stopSignal` aborted: the runnable proxy's SIGTERM, a deploy)
 * and forwards nothing more: this request was not sent to Briq, and sent again (to another
 * instance, or once it is back) it is.
 */
export const PROXY_STOPPING = 'PROXY_STOPPING'

/**
 * 500 when something read the request body before the proxy: a body parser (`express.json()`)
 * in front of its Node adapter (`toNodeHandler`), or a middleware (Hono's `c.req.json()`) in front
 * of the Web handler. It could neither cap nor forward the bytes the client sent, so nothing was
 * forwarded.
 */
export const PROXY_BODY_ALREADY_READ = 'PROXY_BODY_ALREADY_READ'

/**
 * The code the standalone `briq-mock` server answers 403 with when a page's origin is not in its
 * `--allow-origin` list (`allowedOrigins`), standing in for the proxy's origin check: the mock's
 * own setting, not the API key.
 */
export const MOCK_ORIGIN_NOT_ALLOWED = 'MOCK_ORIGIN_NOT_ALLOWED'

/**
 * The code the standalone `briq-mock` server on loopback answers 403 with for a `Host` that is
 * not a localhost name (DNS rebinding), as the runnable proxy does: the mock's own setting.
 */
export const MOCK_HOST_NOT_ALLOWED = 'MOCK_HOST_NOT_ALLOWED'

/**
 * The code the standalone `briq-mock` server answers 503 with while it stops (Ctrl-C, SIGTERM):
 * a request that arrived once the stop began, or one it had not answered when its grace ran
 * out. Neither was handled, so nothing changed, and sent again once the mock runs it is.
 * `sendFailureReason` and `requestFailureReason` read it as `mock_stopping`: not sent, and not
 * Briq's problem.
 */
export const MOCK_STOPPING = 'MOCK_STOPPING'

/**
 * Whether an error code is one `@briq-interactive/proxy` gives its own answers with (`PROXY_*`,
 * and `UPSTREAM_*` when Briq did not answer it, or answered what it does not pass on), so a
 * message says the proxy answered, not Briq. By prefix, so a later proxy's new code is labelled
 * its own too; the classifiers (`sendFailureReason`, `mayHaveBeenSent`) read only the codes
 * defined here and take any other by its status. (Checking the list here would put every code
 * in the client's browser bundle: 0.25 KB gzip.)
 */
export const isProxyCode = (code: string | undefined): boolean => /^(PROXY|UPSTREAM)_/.test(code ?? '')

/**
 * Whether an error code is one the standalone `briq-mock` server gives its own refusals with
 * (`MOCK_*`, such as `MOCK_ORIGIN_NOT_ALLOWED`): it answers as Briq otherwise, so a message says
 * the mock answered, not Briq. By prefix, as {@link isProxyCode}.
 */
export const isMockCode = (code: string | undefined): boolean => /^MOCK_/.test(code ?? '')
