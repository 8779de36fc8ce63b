import { CLIENT_READ_HEADERS, type ServerRequest } from '@briq-interactive/core/server'
import { FORWARDED_REQUEST_HEADERS } from './forward-headers.ts'
import { HeaderList } from './reply/header-list.ts'
import type { FinalReply } from './reply/proxy-reply.ts'

/** What the origin check decided for one request. */
export type OriginDecision =
  | {
      allowed: true
      /** The browser origin to echo in CORS headers, or null when the request carried none. */
      corsOrigin: string | null
    }
  | { allowed: false; reason: string }

/**
 * Cross-site protection. A request with an `Origin` must come from the request URL's own origin
 * or one of `allowedOrigins`. A request without one (curl, server-to-server) passes, unless the
 * browser marked it `Sec-Fetch-Site: cross-site`. `own` is the origin of the request URL.
 */
export function checkOrigin(
  request: ServerRequest,
  own: string,
  allowedOrigins: ReadonlySet<string> | undefined,
): OriginDecision {
  const origin = request.headers.get('Origin')
  if (origin === null) {
    if (request.headers.get('Sec-Fetch-Site') === 'cross-site') {
      return { allowed: false, reason: 'Cross-site requests are not allowed.' }
    }
    return { allowed: true, corsOrigin: null }
  }
  // The proxy's own origin always passes, so a page it serves (the playground) keeps working
  // when allowedOrigins lists other admin UIs.
  if (origin !== 'null' && (origin === own || allowedOrigins?.has(origin))) return { allowed: true, corsOrigin: origin }
  return {
    allowed: false,
    reason: `Origin ${origin.slice(0, 100)} is not allowed to use this proxy; add it to allowedOrigins.`,
  }
}

// What a page may send: the headers forwarded to Briq, and `Authorization` for the proxy's own check.
const ALLOWED_REQUEST_HEADERS = [...FORWARDED_REQUEST_HEADERS, 'Authorization'].sort().join(', ')

/** Adds the CORS headers for an allowed browser origin (credentials allowed: authorize may use cookies). */
export function applyCorsHeaders(headers: HeaderList, corsOrigin: string | null): void {
  const vary = headers.get('Vary')
  if (!vary?.split(',').some((name) => name.trim().toLowerCase() === 'origin')) headers.append('Vary', 'Origin')
  if (corsOrigin === null) return
  headers.set('Access-Control-Allow-Origin', corsOrigin)
  headers.set('Access-Control-Allow-Credentials', 'true')
  // What the client reads of an answer (core's CLIENT_READ_HEADERS).
  headers.set('Access-Control-Expose-Headers', Object.values(CLIENT_READ_HEADERS).join(', '))
}

/**
 * The CORS headers of an answer given before the proxy's handler ran (what node's parser refused,
 * a method fetch forbids, a Host that is no host name): the request's own origin is unknown
 * there, and a same-origin page needs none, so only a listed `allowedOrigins` entry gets them.
 */
export function refusalCorsHeaders(
  origin: string | undefined,
  allowedOrigins: ReadonlySet<string> | undefined,
): Record<string, string> {
  const headers = new HeaderList()
  applyCorsHeaders(headers, origin !== undefined && allowedOrigins?.has(origin) ? origin : null)
  return Object.fromEntries(headers)
}

/** The answer to a CORS preflight for an allowed origin and an allowed path. */
export function preflightResponse(corsOrigin: string | null, methods: readonly string[]): FinalReply {
  const headers = new HeaderList({
    'Access-Control-Allow-Methods': [...methods, 'OPTIONS'].join(', '),
    'Access-Control-Allow-Headers': ALLOWED_REQUEST_HEADERS,
    'Access-Control-Max-Age': '600',
    Allow: [...methods, 'OPTIONS'].join(', '),
    'Cache-Control': 'no-store',
  })
  applyCorsHeaders(headers, corsOrigin)
  return { status: 204, statusText: '', headers, body: null }
}
