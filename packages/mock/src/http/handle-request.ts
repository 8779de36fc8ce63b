import { BRIQ_API_KEY_HEADER } from '@briq-interactive/core'
import {
  isEchoableRequestId,
  methodNotAllowedError,
  normalisedPath,
  parsedUrl,
  quoted,
  type ServerRequest,
} from '@briq-interactive/core/server'
import { applyForcedFailure, applyLatency, brokenAnswer } from '../faults/apply-faults.ts'
import { resolveRequestFaults } from '../faults/resolve-request-faults.ts'
import type { MockRuntime } from '../runtime.ts'
import { ApiError, apiError } from './api-error.ts'
import { briqPath, matchRoute, slashRedirect } from './match-route.ts'
import { readJsonBody, rejectDeclaredOversize } from './read-json-body.ts'
import {
  DROPPED_REPLY,
  detailResponse,
  errorEnvelopeResponse,
  type MockReply,
  redirectResponse,
  toResponse,
} from './responses.ts'
import type { RouteDefinition } from './route.ts'

/**
 * The request id: the caller's `X-Request-Id` when it is safe to echo (so a proxy's logs and
 * the client's error show the same id), else a fresh one. A fresh one is always drawn, so a
 * seeded run's ids do not depend on which requests carried a header.
 */
function requestIdFor(runtime: MockRuntime, request: ServerRequest): string {
  const generated = runtime.requestIds.uuid()
  const incoming = request.headers.get('x-request-id')
  // One safe to echo (core's isEchoableRequestId; a proxy's): short, plain characters only.
  return isEchoableRequestId(incoming) ? incoming : generated
}

function render(error: ApiError, requestId: string): MockReply {
  if (error.style === 'detail') return detailResponse(error.status, error.errors[0]!.message, requestId, error.headers)
  return errorEnvelopeResponse(error.status, error.errors, requestId, error.headers)
}

function authenticate(runtime: MockRuntime, request: ServerRequest): void {
  const key = request.headers.get(BRIQ_API_KEY_HEADER)
  // The key is never echoed: error messages only say what kind of problem it has.
  if (!key) {
    // A habit from other APIs: Briq reads its key from X-API-Key alone.
    const elsewhere = request.headers.get('authorization') !== null ? ' (Briq does not read Authorization)' : ''
    throw apiError(401, 'UNAUTHORIZED', `Missing ${BRIQ_API_KEY_HEADER} header${elsewhere}`)
  }
  if (runtime.noWorkspaceKeys.has(key)) {
    throw apiError(403, 'WORKSPACE_REQUIRED', 'This API key is not linked to a workspace')
  }
  if (runtime.apiKeys.has(key)) return
  // Two X-API-Key lines reach here joined (`a, b`: node and the Fetch Headers join them with a
  // comma and a space), where Briq's Starlette reads the first alone: said as such, not as a key
  // that is wrong. One line holding a bare comma (`a,b`) is one wrong key.
  const lines = key.split(', ').length
  if (lines > 1) {
    throw apiError(401, 'UNAUTHORIZED', `${BRIQ_API_KEY_HEADER} header sent ${lines} times; send it once`)
  }
  throw apiError(401, 'UNAUTHORIZED', 'Invalid, inactive or expired API key')
}

// Requests the node:http server answered itself while stopping (its last word: not handled).
const dropped = new WeakSet<ServerRequest>()
// Thrown by a dropped request's body read, before the route acts on it.
const DROPPED = Symbol('dropped')

/**
 * Makes sure `request` is not carried out from now on: the node:http server answered it itself
 * while stopping (503, "nothing changed"), so a latency wait it is in ends it unanswered, as does
 * its body completing, before the route acts on either.
 */
export function dropRequest(request: ServerRequest): void {
  dropped.add(request)
}

// The handler behind each `handle`, so the node:http server can write replies without
// building a Response; a `handle` someone replaced has none, and is called as it is.
const replyHandlers = new WeakMap<
  (request: Request) => Promise<Response>,
  (request: ServerRequest) => Promise<MockReply>
>()

/**
 * The reply handler behind a `handle` made by `createRequestHandler`, if it is one. It takes
 * any `ServerRequest`, so the node:http server need not build a Web `Request` either.
 */
export function replyHandlerOf(
  handle: (request: Request) => Promise<Response>,
): ((request: ServerRequest) => Promise<MockReply>) | undefined {
  return replyHandlers.get(handle)
}

/**
 * The mock's one entry point: Web `Request` in, Web `Response` out. MSW handlers and the
 * node:http server both call it (the server through `replyHandlerOf`). The envelope's
 * `request_id` (and `X-Request-ID`) echoes a valid incoming `X-Request-Id`. Order: route
 * (a trailing slash's 307, 404, 405) → declared size (413) → latency → key (401/403) → forced faults (a status, no
 * answer, an HTML page) → the route.
 * `HEAD` is a 405, as on Briq, without the body. It never throws: a bug answers 500 in the
 * envelope.
 */
export function createRequestHandler(
  runtime: MockRuntime,
  routes: readonly RouteDefinition[],
): (request: Request) => Promise<Response> {
  const answer = answerWith(runtime, routes)
  const handle = async (request: Request) => toResponse(await answer(request), request.method !== 'HEAD')
  replyHandlers.set(handle, answer)
  return handle
}

function answerWith(
  runtime: MockRuntime,
  routes: readonly RouteDefinition[],
): (request: ServerRequest) => Promise<MockReply> {
  return async (request) => {
    const requestId = requestIdFor(runtime, request)
    try {
      const url = parsedUrl(request)
      const path = briqPath(normalisedPath(url.pathname))
      const match = path === null ? ({ kind: 'not_found' } as const) : matchRoute(routes, request.method, path)
      if (match.kind === 'not_found') {
        const location = path === null ? null : slashRedirect(routes, request.method, url, path)
        if (location !== null) return redirectResponse(location, requestId)
        // Not "no Briq route": Briq has more APIs than this mock serves (webhooks, SMS, developer apps).
        throw apiError(
          404,
          'NOT_FOUND',
          `No route for ${request.method} ${quoted(url.pathname)} in this mock: it serves Briq's WhatsApp API (/v1/whatsapp/…) and its own /__mock controls`,
        )
      }
      if (match.kind === 'method_not_allowed') {
        throw new ApiError(405, [methodNotAllowedError(request.method, match.allow)], {
          headers: { allow: match.allow.join(', ') },
        })
      }
      // Size before key, as Briq's gateway answers; a body without Content-Length is capped as it is read.
      rejectDeclaredOversize(request, runtime.maxBodyBytes)
      const { route, params } = match
      let windowsClosed = false
      if (route.kind === 'api') {
        const faults = resolveRequestFaults(runtime, request, route.isSend ?? false)
        windowsClosed = faults.windowsClosed
        if (!(await applyLatency(runtime, faults.faults, request.signal)) || dropped.has(request)) return DROPPED_REPLY
        authenticate(runtime, request)
        applyForcedFailure(runtime, faults.faults)
        const broken = brokenAnswer(faults.faults, requestId)
        if (broken) return broken
      }
      return await route.handle({
        request,
        url,
        params,
        requestId,
        runtime,
        windowsClosed,
        body: async (options) => {
          const body = await readJsonBody(request, { maxBytes: runtime.maxBodyBytes, ...options })
          if (dropped.has(request)) throw DROPPED
          return body
        },
      })
    } catch (error) {
      if (error === DROPPED) return DROPPED_REPLY
      if (error instanceof ApiError) return render(error, requestId)
      // The client went away mid-body: nobody reads this answer, and it is not the mock's fault.
      if (request.signal.aborted) {
        return errorEnvelopeResponse(
          499,
          [{ code: 'CLIENT_CLOSED_REQUEST', message: 'The client went away.', field: null }],
          requestId,
        )
      }
      console.error(`briq-mock: ${request.method} ${request.url} failed:`, error)
      return errorEnvelopeResponse(
        500,
        [
          {
            code: 'INTERNAL_ERROR',
            message: `The mock failed: ${(error as Error)?.message ?? String(error)}`,
            field: null,
          },
        ],
        requestId,
      )
    }
  }
}
