import { BRIQ_PROXY_VIA } from '@briq-interactive/core/server'
import { HeaderList } from './reply/header-list.ts'
import type { FinalReply } from './reply/proxy-reply.ts'
import type { UpstreamAnswer } from './upstream/upstream-transport.ts'

// Headers that describe the upstream connection or the body as it was on the wire (it has
// already been decoded, and the key redaction may change its length), plus cookies Briq must not
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

// Headers that act on the proxy's whole origin, or on the browser beyond this one answer. Briq
// may set them for karibu.briq.tz; passed on, they would apply to the app's own origin: its
// sign-in dialog for a challenge meant for the API key the proxy holds (RFC 9110,
// "WWW-Authenticate", as Proxy-Authenticate above), wiping its cookies and storage (W3C Clear
// Site Data), HSTS for its host and subdomains (RFC 6797), other endpoints for it (RFC 7838,
// Alt-Svc), its network errors and policy violations reported to the upstream's collector (W3C
// Network Error Logging, Reporting API), a page opened on the answer sent elsewhere (Refresh),
// a service worker's scope widened, client hints it never asked for.
const ORIGIN_WIDE_RESPONSE_HEADERS = new Set([
  'accept-ch',
  'alt-svc',
  'clear-site-data',
  'content-security-policy-report-only',
  'critical-ch',
  'nel',
  'refresh',
  'report-to',
  'reporting-endpoints',
  'service-worker-allowed',
  'strict-transport-security',
  'www-authenticate',
])

const NULL_BODY_STATUSES = new Set([204, 205, 304])

/**
 * Copies an upstream answer (its body already read in full) without the connection, encoding,
 * cookie, CORS and origin-wide headers, marked for no cache to store and as forwarded by this
 * proxy (`Via: 1.1 briq-proxy`). The key itself is removed later, from every response the proxy gives.
 * Throws `RangeError` for a status outside 200–599.
 */
export function copyUpstreamReply(upstream: UpstreamAnswer, body: Uint8Array): FinalReply {
  // A Response takes 200–599 only (Fetch standard); a hostile upstream's 999 is no answer at all.
  if (upstream.status < 200 || upstream.status > 599) throw new RangeError(`status ${upstream.status} is out of range`)
  // A header the upstream names in Connection is about its hop only (RFC 9110, "Connection").
  let hopOnly: Set<string> | undefined
  for (const [name, value] of upstream.headers) {
    if (name !== 'connection') continue
    hopOnly ??= new Set()
    for (const token of value.split(',')) hopOnly.add(token.trim().toLowerCase())
  }
  const headers = new HeaderList()
  for (const [name, value] of upstream.headers) {
    if (
      DROPPED_RESPONSE_HEADERS.has(name) ||
      ORIGIN_WIDE_RESPONSE_HEADERS.has(name) ||
      name.startsWith('access-control-') ||
      hopOnly?.has(name)
    )
      continue
    headers.append(name, value)
  }
  // The API under the proxy answers JSON; whatever Briq (or a broken upstream) sends instead,
  // say HTML from a gateway, must never run as a page in the proxy's origin, which may also serve
  // the playground (MDN, X-Content-Type-Options and CSP sandbox).
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'; sandbox")
  // An answer holds one account's messages and its customers' numbers, for a caller authorize
  // let in. Briq's caching (if any) was for a request carrying X-API-Key, which does not keep a
  // shared cache from storing it as Authorization would (RFC 9111, "Storing Responses to
  // Authenticated Requests"); the proxy's callers may be told apart by a cookie alone. So no
  // cache, a CDN in front of the app or the browser's disk, keeps it, as for the proxy's own errors.
  headers.set('Cache-Control', 'no-store')
  headers.delete('Expires')
  // Forwarded by this proxy (RFC 9110, "Via"), after any intermediary before it: core's client
  // reads it as a request that carried the API key, so a 401 is the key refused, never one missing.
  headers.append('Via', BRIQ_PROXY_VIA)
  const { status } = upstream
  // The reason phrase is the standard one for the status: an upstream's own says nothing more.
  return { status, statusText: '', headers, body: NULL_BODY_STATUSES.has(status) ? null : body }
}
