import { PROXY_ERROR } from '@briq-interactive/core'
import { isEchoableRequestId, parsedUrl, type ServerRequest, targetPath } from '@briq-interactive/core/server'
import { readsHeadersOnly } from './bearer-token-authorize.ts'
import { errorResponse } from './error-envelope.ts'
import type { ProxyOutcome } from './forward-to-upstream.ts'
import { handleRequest, type ReplyTrace } from './handle-request.ts'
import { refusalCorsHeaders } from './origin-policy.ts'
import type { BriqProxyHandler, BriqProxyLogEvent, BriqProxyOptions } from './proxy-options.ts'
import { redactReply } from './redact-response.ts'
import { createSecretRedactor, type SecretRedactor } from './redact-secret.ts'
import { type FinalReply, webResponseOf } from './reply/proxy-reply.ts'
import { resolveOptions } from './resolve-options.ts'

// A caller's id is taken when it is safe to echo (core's rule) and at least 8 characters (the
// README's "plain 8–128 character id"), and holds no part of the key.
const MIN_REQUEST_ID_LENGTH = 8

function pickRequestId(incoming: string | null, redactor: SecretRedactor): string {
  if (isEchoableRequestId(incoming, MIN_REQUEST_ID_LENGTH) && !redactor.test(incoming)) return incoming
  return crypto.randomUUID()
}

function logPath(url: URL | null, redactor: SecretRedactor): string {
  return url === null ? '(unparsable URL)' : redactor.redactText(url.pathname).slice(0, 200)
}

// A request target as node read it, by its path alone: a whole URL (absolute-form) may carry a
// user name and password, and a query phone numbers.
function refusedPath(target: string, redactor: SecretRedactor): string {
  let path: string
  try {
    path = targetPath(target)
  } catch {
    return '(unparsable URL)'
  }
  return redactor.redactText(path.split(/[?#]/, 1)[0] ?? '').slice(0, 200)
}

// Describing what was thrown must not throw in turn (a Proxy, a getter on `name`).
function errorName(error: unknown): string {
  try {
    return error instanceof Error ? String(error.name) : typeof error
  } catch {
    return 'unreadable error'
  }
}

// Hundredths of a millisecond: what a log line can show of a timer's precision.
const roundedMs = (ms: number) => Math.round(ms * 100) / 100

function levelFor(status: number): BriqProxyLogEvent['level'] {
  if (status >= 500) return 'error'
  return status >= 400 ? 'warn' : 'info'
}

/** What the Node adapter needs to serve a proxy without Web `Request`s and `Response`s. */
export interface ProxyReplier {
  /**
   * The proxy's answer to a request, redacted, before it becomes a `Response`. `trace`, if given,
   * is told the request's id at once and marked as the request is forwarded.
   */
  reply(request: ServerRequest, trace?: ReplyTrace): Promise<FinalReply>
  /** Whether a light `ServerRequest` will do (no `authorize`, or one that reads only headers). */
  lightRequests: boolean
  /** The CORS headers of an answer given before the proxy ran, for the request's `Origin`. */
  refusalCorsHeaders(origin: string | undefined): Record<string, string>
  /** `allowedOrigins`: their host names are this proxy's own for the Node adapter's Host guard. */
  allowedOrigins: ReadonlySet<string> | undefined
  /**
   * Logs an answer the server gave in the proxy's place (node's parser refusing a request, an
   * `Expect`, a request past a connection's cap; a stop cutting one short) through the `log`
   * option, as the proxy's own answers are logged: the key cut out, the path without its query.
   */
  logRefusal(refusal: RefusalLogEvent): void
}

/** An answer the server gave in the proxy's place, for its log. */
export interface RefusalLogEvent {
  status: number
  /** The log event's `message`, e.g. "refused before the proxy: …". */
  message: string
  requestId: string
  /** The request's method and target, when its head was read whole. */
  request?: { method: string; url: string } | undefined
  /** Milliseconds from the request's arrival to this answer, as the server measured them. */
  durationMs: number
}

const repliers = new WeakMap<BriqProxyHandler, ProxyReplier>()

/** The replier behind a handler made by `createBriqProxy`, if it is one. */
export function replierOf(handler: (request: Request) => unknown): ProxyReplier | undefined {
  return repliers.get(handler as BriqProxyHandler)
}

/**
 * Creates the Briq proxy: a Web-standard `(request) => Promise<Response>` handler that forwards
 * an allow-list of Briq WhatsApp routes with your API key, after checking who is asking, where
 * from, and what they send. It uses only Web APIs, so it runs unchanged in Node, Next.js route
 * handlers, Hono, Cloudflare Workers, Deno and Bun (`toNodeHandler` adapts it to node:http).
 *
 * Throws at creation when `apiKey` is missing or when neither `authorize` nor
 * `allowAnonymous: true` is given.
 *
 * @example
 * const proxy = createBriqProxy({
 *   apiKey: process.env.BRIQ_API_KEY!,
 *   basePath: '/api/briq',
 *   authorize: async (request) => (await getSession(request)) !== null,
 * })
 */
export function createBriqProxy(options: BriqProxyOptions): BriqProxyHandler {
  const config = resolveOptions(options)
  const redactor = createSecretRedactor(config.apiKey)
  const reply = async (request: ServerRequest, trace?: ReplyTrace): Promise<FinalReply> => {
    const started = performance.now()
    const requestId = pickRequestId(request.headers.get('X-Request-Id'), redactor)
    if (trace) trace.requestId = requestId
    let url: URL | null = null
    let result: ProxyOutcome
    try {
      url = parsedUrl(request)
      const handled = await handleRequest(config, request, url, requestId, trace)
      // One choke point: whatever produced the answer (Briq, authorize, an error message quoting
      // the caller's Origin or method), the key in any spelling does not leave.
      const redacted = redactReply(handled.response, redactor, config.apiKey)
      result = { ...handled, response: redacted instanceof Promise ? await redacted : redacted }
    } catch (error) {
      result = request.signal.aborted
        ? // The client went away (mid-body, or while authorize ran): its doing, not a proxy failure.
          {
            response: errorResponse(499, 'CLIENT_CLOSED_REQUEST', 'The client went away.', requestId),
            message: 'client closed the request',
          }
        : // Reached when authorize throws or the runtime fails; details stay in the log, not the response.
          {
            response: errorResponse(500, PROXY_ERROR, 'The proxy failed to handle this request.', requestId),
            message: `proxy error: ${errorName(error)}`,
          }
    }
    if (config.log) {
      const status = result.response.status
      logEvent({
        level: levelFor(status),
        message: redactor.redactText(result.message),
        method: redactor.redactText(request.method).slice(0, 20),
        path: logPath(url, redactor),
        status,
        durationMs: roundedMs(performance.now() - started),
        requestId,
      })
    }
    return result.response
  }
  const logEvent = (event: BriqProxyLogEvent) => {
    try {
      config.log?.(event)
    } catch {
      // A failing logger must not turn a good answer into an error.
    }
  }
  const logRefusal = ({ status, message, requestId, request, durationMs }: RefusalLogEvent) =>
    logEvent({
      level: levelFor(status),
      message: redactor.redactText(message),
      method: request === undefined ? '-' : redactor.redactText(request.method).slice(0, 20),
      path: request === undefined ? '-' : refusedPath(request.url, redactor),
      status,
      durationMs: roundedMs(durationMs),
      requestId,
    })
  const handler: BriqProxyHandler = async (request) => webResponseOf(await reply(request))
  repliers.set(handler, {
    reply,
    lightRequests: readsHeadersOnly(config.authorize),
    refusalCorsHeaders: (origin) => refusalCorsHeaders(origin, config.allowedOrigins),
    allowedOrigins: config.allowedOrigins,
    logRefusal,
  })
  return handler
}
