/**
 * The answer headers the client reads: `Retry-After` (how long to wait before trying again,
 * `BriqError.retryAfterMs`) and `X-Request-Id` (the id to quote, `BriqError.requestId`, when the
 * body names none). A server a page calls from another origin (the proxy, the standalone mock)
 * exposes them (`Access-Control-Expose-Headers`), else `fetch` hides them from the client.
 */
export const CLIENT_READ_HEADERS = { retryAfter: 'Retry-After', requestId: 'X-Request-Id' } as const
