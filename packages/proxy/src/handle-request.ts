import { errorEnvelope, errorResponse } from './error-envelope.ts'
import { forwardToUpstream, type ProxyOutcome } from './forward-to-upstream.ts'
import { applyCorsHeaders, checkOrigin, preflightResponse } from './origin-policy.ts'
import { parseJsonBody } from './parse-json-body.ts'
import { readBodyWithLimit } from './read-body.ts'
import type { ResolvedProxyOptions } from './resolve-options.ts'
import { matchRoute } from './route-allow-list.ts'
import type { UpstreamScrubber } from './scrub-upstream-response.ts'
import { sendBodyErrors } from './validate-send-body.ts'

const outcome = (response: Response, message: string): ProxyOutcome => ({ response, message })

function stripBasePath(pathname: string, basePath: string): string | null {
  if (basePath === '') return pathname
  if (pathname === basePath) return '/'
  return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : null
}

function isJsonContentType(value: string | null): boolean {
  return value?.split(';')[0]?.trim().toLowerCase() === 'application/json'
}

/** Runs one request through the proxy's checks in order, then forwards it. */
export async function handleRequest(
  config: ResolvedProxyOptions,
  scrubber: UpstreamScrubber,
  request: Request,
  requestId: string,
): Promise<ProxyOutcome> {
  const url = new URL(request.url)
  const method = request.method.toUpperCase()
  const path = stripBasePath(url.pathname, config.basePath)
  const route = path === null ? ({ kind: 'not_found' } as const) : matchRoute(method, path)
  if (route.kind === 'not_found') {
    const message = 'No such route on this proxy: it forwards only the Briq WhatsApp routes the kit uses.'
    return outcome(errorResponse(404, 'NOT_FOUND', message, requestId), 'refused: route not on the allow-list')
  }

  const origin = checkOrigin(request, config.allowedOrigins)
  if (!origin.allowed)
    return outcome(errorResponse(403, 'ORIGIN_NOT_ALLOWED', origin.reason, requestId), 'refused: origin')
  const withCors = (result: ProxyOutcome): ProxyOutcome => {
    applyCorsHeaders(result.response.headers, origin.corsOrigin)
    return result
  }

  if (route.kind === 'method_not_allowed') {
    if (method === 'OPTIONS') return withCors(outcome(preflightResponse(origin.corsOrigin, route.allow), 'preflight'))
    const allow = [...route.allow, 'OPTIONS'].join(', ')
    const message = `${method} is not allowed on this path; use ${route.allow.join(' or ')}.`
    return withCors(
      outcome(errorResponse(405, 'METHOD_NOT_ALLOWED', message, requestId, { Allow: allow }), 'refused: method'),
    )
  }

  if (config.authorize) {
    const verdict = await config.authorize(request)
    if (verdict instanceof Response) return outcome(verdict, 'answered by authorize')
    if (verdict !== true) {
      const message = 'Not authorized to use this proxy.'
      return withCors(outcome(errorResponse(401, 'UNAUTHORIZED', message, requestId), 'refused: authorize'))
    }
  }

  let body: Uint8Array | null = null
  if (method === 'POST') {
    if (!isJsonContentType(request.headers.get('Content-Type'))) {
      const message = 'POST requests must have Content-Type: application/json.'
      return withCors(
        outcome(errorResponse(415, 'UNSUPPORTED_MEDIA_TYPE', message, requestId), 'refused: content type'),
      )
    }
    const read = await readBodyWithLimit(request, config.maxBodyBytes)
    if (!read.ok) {
      const message = `The request body is larger than ${config.maxBodyBytes} bytes.`
      return withCors(outcome(errorResponse(413, 'PAYLOAD_TOO_LARGE', message, requestId), 'refused: body too large'))
    }
    const parsed = parseJsonBody(read.bytes)
    if (!parsed.ok)
      return withCors(outcome(errorResponse(400, 'INVALID_JSON', parsed.message, requestId), 'refused: bad JSON'))
    if (route.isSend) {
      const errors =
        parsed.value === undefined
          ? [{ code: 'VALIDATION_ERROR', message: 'The request body is empty; send { to, interactive }.', field: null }]
          : sendBodyErrors(parsed.value)
      if (errors) return withCors(outcome(errorEnvelope(422, errors, requestId), 'refused: invalid send request'))
    }
    body = read.bytes.byteLength > 0 ? read.bytes : null
  }

  const search = method === 'GET' ? url.search : ''
  return withCors(
    await forwardToUpstream(config, scrubber, request, { method, path: route.path, search, body, requestId }),
  )
}
