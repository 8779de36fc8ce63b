import {
  PROXY_METHOD_NOT_ALLOWED,
  PROXY_NOT_FOUND,
  PROXY_ORIGIN_NOT_ALLOWED,
  PROXY_STOPPING,
  PROXY_UNAUTHORIZED,
} from '@briq-interactive/core'
import {
  invalidIdError,
  methodNotAllowedError,
  normalisedPath,
  type ServerRequest,
} from '@briq-interactive/core/server'
import { bearerChallenge, bearerTokenOf } from './bearer-token-authorize.ts'
import { checkPostBody } from './check-post-body.ts'
import { errorEnvelope, errorResponse } from './error-envelope.ts'
import { forwardToUpstream, type ProxyOutcome } from './forward-to-upstream.ts'
import { applyCorsHeaders, checkOrigin, preflightResponse } from './origin-policy.ts'
import { type ProxyReply, replyOfResponse } from './reply/proxy-reply.ts'
import type { ResolvedProxyOptions } from './resolve-options.ts'
import { matchRoute, type RouteMatch } from './route-allow-list.ts'

/** The 503 `PROXY_STOPPING`'s sentence: a request not forwarded because the server is stopping. */
export const STOPPING_MESSAGE =
  'The proxy is stopping (a restart or a deploy) and did not send this request to Briq. Send it again.'

const outcome = <Reply extends ProxyReply>(response: Reply, message: string): ProxyOutcome<Reply> => ({
  response,
  message,
})

function stripBasePath(pathname: string, basePath: string): string | null {
  if (basePath === '') return pathname
  if (pathname === basePath) return '/'
  return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : null
}

/**
 * A path the proxy does not take that holds a route it forwards after something else: the mount
 * path a missing or other `basePath` left in front (`app.use('/api/briq', …)` with no `basePath`:
 * the Node adapter reads Express's `originalUrl`, so the path still starts with `/api/briq`).
 */
function mountedUnder(method: string, pathname: string): { prefix: string; path: string } | undefined {
  for (let at = pathname.indexOf('/v1/', 1); at > 0; at = pathname.indexOf('/v1/', at + 1)) {
    const route = matchRoute(method, pathname.slice(at))
    const path = route.kind === 'not_found' ? route.withoutSlash : pathname.slice(at)
    if (path !== undefined) return { prefix: pathname.slice(0, at), path }
  }
  return undefined
}

/** The 404's sentence: which forwarded route was meant, when the path shows it. */
function notFoundMessage(
  method: string,
  route: RouteMatch & { kind: 'not_found' },
  pathname: string,
  basePath: string,
) {
  if (route.notForwarded)
    return `${route.notForwarded} is a Briq route this proxy does not forward: it forwards only the Briq WhatsApp routes the kit uses.`
  if (route.withoutSlash)
    return `No such route on this proxy: send ${method} ${basePath}${route.withoutSlash}, without the trailing slash.`
  // Under its basePath, what comes before is the client's doing, not the mount's.
  const mounted =
    stripBasePath(pathname, basePath) === null || basePath === '' ? mountedUnder(method, pathname) : undefined
  if (mounted !== undefined) {
    const set = basePath === '' ? 'none is set' : `it is "${basePath}"`
    return `No such route on this proxy: ${mounted.prefix} is not its basePath (${set}); mounted there, it needs basePath: "${mounted.prefix}" to forward ${method} ${mounted.path}.`
  }
  return 'No such route on this proxy: it forwards only the Briq WhatsApp routes the kit uses.'
}

/**
 * What a server that answers in the proxy's place (a stop's last word) needs to know of a request
 * under way: the id it goes by (sent to Briq as `X-Request-Id`), and whether it was forwarded.
 */
export interface ReplyTrace {
  requestId?: string
  forwarded?: boolean
}

/** Runs one request (its URL parsed) through the proxy's checks in order, then forwards it. */
export async function handleRequest(
  config: ResolvedProxyOptions,
  request: ServerRequest,
  url: URL,
  requestId: string,
  trace?: ReplyTrace,
): Promise<ProxyOutcome<ProxyReply>> {
  const method = request.method.toUpperCase()
  // Escaped unreserved letters read as the letters (RFC 3986, 6.2.2.2), as Briq and the mock route them.
  const pathname = normalisedPath(url.pathname)
  const path = stripBasePath(pathname, config.basePath)
  const route: RouteMatch = path === null ? { kind: 'not_found' } : matchRoute(method, path)
  if (route.kind === 'not_found') {
    const message = notFoundMessage(method, route, pathname, config.basePath)
    // The proxy's own 404 and 405 carry its codes: Briq's NOT_FOUND is about a message or a
    // conversation it does not know, and passes through as Briq's.
    const refused = outcome(
      errorResponse(404, PROXY_NOT_FOUND, message, requestId),
      'refused: route not on the allow-list',
    )
    // An allowed page reads why, as it reads a 405; a foreign one gets no CORS headers.
    const origin = checkOrigin(request, url.origin, config.allowedOrigins)
    if (origin.allowed) applyCorsHeaders(refused.response.headers, origin.corsOrigin)
    return refused
  }

  const origin = checkOrigin(request, url.origin, config.allowedOrigins)
  if (!origin.allowed)
    return outcome(errorResponse(403, PROXY_ORIGIN_NOT_ALLOWED, origin.reason, requestId), 'refused: origin')
  const withCors = <Reply extends ProxyReply>(result: ProxyOutcome<Reply>): ProxyOutcome<Reply> => {
    applyCorsHeaders(result.response.headers, origin.corsOrigin)
    return result
  }

  if (route.kind === 'method_not_allowed') {
    if (method === 'OPTIONS') return withCors(outcome(preflightResponse(origin.corsOrigin, route.allow), 'preflight'))
    const allow = [...route.allow, 'OPTIONS'].join(', ')
    const error = { ...methodNotAllowedError(method, route.allow), code: PROXY_METHOD_NOT_ALLOWED }
    const refusal = errorEnvelope(405, [error], requestId, { Allow: allow })
    return withCors(outcome(refusal, 'refused: method'))
  }

  if (config.authorize) {
    // A Web Request, unless authorize reads nothing but headers (see readsHeadersOnly): the
    // Node adapter hands a lighter request only then.
    const verdict = await config.authorize(request as Request)
    // Its headers are copied, so CORS headers can be added even to an immutable one (Response.redirect).
    if (verdict instanceof Response) return withCors(outcome(replyOfResponse(verdict), 'answered by authorize'))
    if (verdict !== true) {
      const message = 'Not authorized to use this proxy.'
      // The kit's bearer check names its scheme; an authorize of your own (a session cookie) has
      // a scheme the proxy cannot name, and returns its own Response to send a challenge.
      const challenge =
        bearerTokenOf(config.authorize) === undefined ? undefined : { 'WWW-Authenticate': bearerChallenge(request) }
      const refusal = errorResponse(401, PROXY_UNAUTHORIZED, message, requestId, challenge)
      return withCors(outcome(refusal, 'refused: authorize'))
    }
  }

  if (route.kind === 'bad_param') {
    const errors = [invalidIdError(route.name, route.value)]
    return withCors(outcome(errorEnvelope(422, errors, requestId), 'refused: bad id'))
  }

  let body: Uint8Array | null = null
  if (method === 'POST') {
    const checked = await checkPostBody(request, {
      maxBodyBytes: config.maxBodyBytes,
      route: route.route,
      validation: config.validation,
      requestId,
    })
    if (!checked.ok) return withCors(outcome(checked.response, checked.message))
    body = checked.body
  }

  // Checked last, with nothing awaited between it and the call: once the server has begun to stop,
  // a call it might cut before Briq answers is never begun.
  if (config.stopSignal?.aborted) {
    const refusal = errorResponse(503, PROXY_STOPPING, STOPPING_MESSAGE, requestId)
    return withCors(outcome(refusal, 'refused: stopping, not forwarded'))
  }
  const search = method === 'GET' ? url.search : ''
  if (trace) trace.forwarded = true
  return withCors(await forwardToUpstream(config, request, { method, path: route.path, search, body, requestId }))
}
