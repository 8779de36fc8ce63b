import { bytesResponse } from '@briq-interactive/core/server'

// Headers that describe the upstream connection or the body as it was on the wire (fetch has
// already decoded it, and the key redaction may change its length), plus cookies Briq must not
// set here. Upstream CORS headers are dropped too: only the proxy's own origin policy may grant access.
const DROPPED_RESPONSE_HEADERS = new Set([
  'connection',
  'content-encoding',
  'content-length',
  'keep-alive',
  'proxy-authenticate',
  'proxy-connection',
  'set-cookie',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
])

const NULL_BODY_STATUSES = new Set([204, 205, 304])

/**
 * Copies an upstream answer (its body already read in full) without the connection, encoding,
 * cookie and CORS headers. The key itself is removed later, from every response the proxy gives.
 */
export function copyUpstreamResponse(upstream: Response, body: Uint8Array): Response {
  const headers = new Headers()
  upstream.headers.forEach((value, name) => {
    if (DROPPED_RESPONSE_HEADERS.has(name) || name.startsWith('access-control-')) return
    headers.append(name, value)
  })
  const status = upstream.status
  if (NULL_BODY_STATUSES.has(status)) return new Response(null, { status, headers })
  return bytesResponse(body, { status, headers })
}
