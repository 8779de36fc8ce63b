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
 * The codes `@briq-interactive/proxy` answers 403 with when it refuses where a request comes from,
 * before `authorize`: a page whose origin is not in its `allowedOrigins`, or (the runnable proxy on
 * loopback) a `Host` that is not a localhost name. The proxy's own setting, not the API key.
 */
export const PROXY_ORIGIN_NOT_ALLOWED = 'PROXY_ORIGIN_NOT_ALLOWED'
export const PROXY_HOST_NOT_ALLOWED = 'PROXY_HOST_NOT_ALLOWED'

/**
 * Whether an error code is one `@briq-interactive/proxy` gives its own answers (`PROXY_*`, and
 * `UPSTREAM_*` when Briq did not answer it, or answered what it does not pass on), so a message
 * says the proxy answered, not Briq.
 */
export const isProxyCode = (code: string | undefined): boolean => /^(PROXY|UPSTREAM)_/.test(code ?? '')
