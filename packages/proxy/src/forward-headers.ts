import { BRIQ_API_KEY_HEADER } from '@briq-interactive/core'
import { BRIQ_PROXY_VIA, type ServerRequest } from '@briq-interactive/core/server'

/**
 * The caller's headers forwarded to Briq, only what Briq needs: everything else (X-API-Key,
 * Authorization, Cookie, Host, Origin, Content-Length, hop-by-hop and forwarding headers) stays
 * behind. A page may send these across origins (with `Authorization`, for the proxy's own check).
 */
export const FORWARDED_REQUEST_HEADERS = ['Accept', 'Accept-Language', 'Content-Type', 'X-Request-Id'] as const

/**
 * Builds the upstream request headers (lower-case names): the allow-listed incoming ones plus the
 * real key, and `Via` naming the proxy after any it received. A body goes as `application/json`,
 * the type it was checked as (UTF-8 JSON, RFC 8259, 8.1), whatever the caller's label said
 * (`charset=utf-16`, a `+json` type, stray parameters): an upstream reading a label the proxy did
 * not would see other content than the one checked. No body, no `Content-Type`.
 */
export function buildUpstreamHeaders(
  incoming: ServerRequest['headers'],
  apiKey: string,
  requestId: string,
  hasBody: boolean,
): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = incoming.get(name)
    if (value !== null) headers[name.toLowerCase()] = value
  }
  if (hasBody) headers['content-type'] = 'application/json'
  else delete headers['content-type']
  headers['x-request-id'] = requestId
  // A gateway names itself on each request it forwards, after the intermediaries before it (RFC
  // 9110, "Via": a MUST). An upstream may act on it: nginx's gzip_proxied (default off) then
  // leaves the answer uncompressed, which costs bytes, not correctness.
  const via = incoming.get('Via')?.trim()
  headers.via = via ? `${via}, ${BRIQ_PROXY_VIA}` : BRIQ_PROXY_VIA
  headers[BRIQ_API_KEY_HEADER.toLowerCase()] = apiKey
  return headers
}
