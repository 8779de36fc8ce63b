/**
 * The answer headers the client reads: `Retry-After` (how long to wait before trying again,
 * `BriqError.retryAfterMs`), `X-Request-Id` (the id to quote, `BriqError.requestId`, when the
 * body names none) and `Via` (an answer `@briq-interactive/proxy` forwarded names it,
 * `BRIQ_PROXY_VIA`: a key went with the request, `BriqError.keySent`). A server a page calls from
 * another origin (the proxy, the standalone mock) exposes them (`Access-Control-Expose-Headers`),
 * else `fetch` hides them from the client.
 */
export const CLIENT_READ_HEADERS = { retryAfter: 'Retry-After', requestId: 'X-Request-Id', via: 'Via' } as const

/**
 * What `@briq-interactive/proxy` adds to the `Via` header of each request it forwards to Briq and
 * each answer it forwards back (RFC 9110, "Via": the protocol version, and its pseudonym): the
 * client reads it on an answer as a request that carried the API key, which the proxy adds to
 * every request it forwards.
 */
export const BRIQ_PROXY_VIA = '1.1 briq-proxy'

/** Whether a `Via` header value names `@briq-interactive/proxy` among the intermediaries. */
export const viaBriqProxy = (via: string | null): boolean =>
  via?.split(',').some((hop) => hop.trim().split(/\s+/)[1] === 'briq-proxy') === true
