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
 * The codes `@briq-interactive/proxy` answers 403 with when it refuses where a request comes from,
 * before `authorize`: a page whose origin is not in its `allowedOrigins`, or (the runnable proxy on
 * loopback) a `Host` that is not a localhost name. The proxy's own setting, not the API key.
 */
export const PROXY_ORIGIN_NOT_ALLOWED = 'PROXY_ORIGIN_NOT_ALLOWED'
export const PROXY_HOST_NOT_ALLOWED = 'PROXY_HOST_NOT_ALLOWED'

/**
 * The codes `@briq-interactive/proxy` answers with when Briq did not answer it, or answered what it
 * does not pass on. 502 `UPSTREAM_UNREACHABLE`: no connection to Briq at all (refused, no DNS, no
 * TLS), so the request never left. 502 `UPSTREAM_ANSWER_LOST`: the connection broke after the
 * request left. 502 `UPSTREAM_REDIRECT`: Briq answered a redirect (not taken, not followed);
 * `UPSTREAM_REDIRECT_FOLLOWED`: the proxy's fetch followed one anyway. 502
 * `UPSTREAM_RESPONSE_TOO_LARGE` / `UPSTREAM_RESPONSE_UNREADABLE`: an answer it dropped. 504
 * `UPSTREAM_TIMEOUT`: no whole answer within its deadline (the request may have reached Briq).
 */
export const UPSTREAM_UNREACHABLE = 'UPSTREAM_UNREACHABLE'
export const UPSTREAM_ANSWER_LOST = 'UPSTREAM_ANSWER_LOST'
export const UPSTREAM_REDIRECT = 'UPSTREAM_REDIRECT'
export const UPSTREAM_REDIRECT_FOLLOWED = 'UPSTREAM_REDIRECT_FOLLOWED'
export const UPSTREAM_RESPONSE_TOO_LARGE = 'UPSTREAM_RESPONSE_TOO_LARGE'
export const UPSTREAM_RESPONSE_UNREADABLE = 'UPSTREAM_RESPONSE_UNREADABLE'
export const UPSTREAM_TIMEOUT = 'UPSTREAM_TIMEOUT'

/**
 * Whether an error code is one `@briq-interactive/proxy` gives its own answers (`PROXY_*`, and
 * `UPSTREAM_*` when Briq did not answer it, or answered what it does not pass on), so a message
 * says the proxy answered, not Briq.
 */
export const isProxyCode = (code: string | undefined): boolean => /^(PROXY|UPSTREAM)_/.test(code ?? '')
