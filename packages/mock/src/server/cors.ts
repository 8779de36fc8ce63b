import { BRIQ_API_KEY_HEADER } from '@briq-interactive/core'
import {
  CLIENT_READ_HEADERS,
  CONFIGURED_ORIGIN_WORDS,
  configuredOrigin,
  isLoopbackOrigin,
} from '@briq-interactive/core/server'

/**
 * Which browser origins may call the standalone server besides the pages on this machine
 * (loopback origins, always allowed): these origins, or `*` for every origin there is.
 */
export type AllowedOrigins = '*' | readonly string[]

const ALLOW_HEADERS = `Content-Type, ${BRIQ_API_KEY_HEADER}, X-App-ID, X-Mock-Scenario, X-Mock-Fault, X-Request-Id`
// What the client reads of an answer (core's CLIENT_READ_HEADERS).
const EXPOSE_HEADERS = Object.values(CLIENT_READ_HEADERS).join(', ')

/**
 * Checks configured origins the way a browser sends them in `Origin`: each entry becomes the
 * origin it names (`configuredOrigin`), and anything else is refused here, naming the entry.
 * `name` is how the caller spells the option (`allowedOrigins`, `--allow-origin`).
 */
export function checkAllowedOrigins(value: AllowedOrigins, name = 'allowedOrigins'): AllowedOrigins {
  if (value === '*') return value
  return value.map((entry) => {
    const origin = configuredOrigin(entry)
    if (origin === undefined) {
      throw new RangeError(
        `${name} entries must be origins like "http://localhost:5173" (${CONFIGURED_ORIGIN_WORDS}); got "${entry}"`,
      )
    }
    return origin
  })
}

/**
 * The origin to reflect, or `null` when the request's origin is not allowed: a page on this
 * machine (`http://localhost:5173`, `http://127.0.0.1:6006`, `http://[::1]:3000`, any port) or
 * one listed. Not any page the developer happens to visit: that would read what they compose
 * (`/__mock/state`) and drive the mock, as Vite's and Next's dev servers stopped allowing.
 */
export function allowedOrigin(origin: string | null, allowed: AllowedOrigins): string | null {
  if (!origin) return null
  return allowed === '*' || isLoopbackOrigin(origin) || allowed.includes(origin) ? origin : null
}

/**
 * Headers that let an allowed origin read the response. The origin is reflected (not `*`)
 * with `Access-Control-Allow-Credentials: true`, so `fetch(…, { credentials: 'include' })`
 * works too; browsers refuse credentials beside `*`, so they are never sent with it.
 * Reflecting is why `Vary: Origin` is always sent.
 */
export function corsHeaders(origin: string | null): Record<string, string> {
  if (!origin) return { vary: 'Origin' }
  return {
    'access-control-allow-origin': origin,
    ...(origin === '*' ? {} : { 'access-control-allow-credentials': 'true' }),
    'access-control-expose-headers': EXPOSE_HEADERS,
    vary: 'Origin',
  }
}

/**
 * A 204 answer to a CORS preflight (`OPTIONS` with `Access-Control-Request-Method`). When
 * Chrome asks for Private Network Access (a page on a LAN or public address calling this
 * loopback server) it is granted too, for allowed origins only.
 */
export function preflightResponse(
  origin: string | null,
  requestedHeaders: string | null,
  privateNetwork = false,
): Response {
  if (!origin) return new Response(null, { status: 403, headers: { vary: 'Origin' } })
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders(origin),
      ...(privateNetwork ? { 'access-control-allow-private-network': 'true' } : {}),
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': requestedHeaders ?? ALLOW_HEADERS,
      'access-control-max-age': '600',
      vary: 'Origin, Access-Control-Request-Headers',
    },
  })
}
