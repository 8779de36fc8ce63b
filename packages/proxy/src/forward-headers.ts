// Only what Briq needs. Everything else (X-API-Key, Authorization, Cookie, Host, Origin,
// Content-Length, hop-by-hop and forwarding headers) stays behind.
const FORWARDED_REQUEST_HEADERS = ['accept', 'accept-language', 'content-type', 'x-request-id'] as const

/** Builds the upstream request headers: the allow-listed incoming ones plus the real key. */
export function buildUpstreamHeaders(incoming: Headers, apiKey: string, requestId: string): Headers {
  const headers = new Headers()
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = incoming.get(name)
    if (value !== null) headers.set(name, value)
  }
  headers.set('x-request-id', requestId)
  headers.set('x-api-key', apiKey)
  return headers
}
