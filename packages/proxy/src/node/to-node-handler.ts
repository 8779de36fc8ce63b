import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  PROXY_BAD_REQUEST,
  PROXY_BODY_ALREADY_READ,
  PROXY_ERROR,
  PROXY_HOST_NOT_ALLOWED,
  PROXY_METHOD_NOT_ALLOWED,
} from '@briq-interactive/core'
import {
  BodyAlreadyReadError,
  createLoopbackConnectionGuard,
  ForbiddenMethodError,
  inTurnPerConnection,
  type NodeRequestOptions,
  type ServerRequestOf,
  settleRequestBody,
  toServerRequest,
  toWebRequest,
  writeResponse,
} from '@briq-interactive/core/node'
import {
  BadRequestTargetError,
  configObjectProblem,
  isHostName,
  methodNotSupportedError,
  nearestName,
  requestHostName,
} from '@briq-interactive/core/server'
import { replierOf } from '../create-briq-proxy.ts'
import type { ReplyTrace } from '../handle-request.ts'
import type { FinalReply } from '../reply/proxy-reply.ts'
import { PROXIED_METHODS } from '../route-allow-list.ts'
import { failBeforeHeaders } from './fail-before-headers.ts'

/** A node:http / Express style handler. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void

const adapted = new WeakMap<NodeHandler, (request: Request) => unknown>()

const traces = new WeakMap<IncomingMessage, ReplyTrace>()

/**
 * The id and the forwarding of a request a `createBriqProxy` handler is running, or undefined for
 * one that never reached it (still waiting its turn on its connection, refused before it).
 */
export function replyTraceOf(req: IncomingMessage): ReplyTrace | undefined {
  return traces.get(req)
}

/** The Web handler `toNodeHandler` made `handler` of, if it did. */
export function webHandlerOf(handler: NodeHandler): ((request: Request) => unknown) | undefined {
  return adapted.get(handler)
}

function refuseBeforeHandler(error: unknown, res: ServerResponse, cors: Record<string, string>): void {
  if (error instanceof BodyAlreadyReadError) failBeforeHeaders(res, 500, PROXY_BODY_ALREADY_READ, error.message, cors)
  else if (error instanceof ForbiddenMethodError) {
    const { message } = methodNotSupportedError(error.method, PROXIED_METHODS)
    failBeforeHeaders(res, 405, PROXY_METHOD_NOT_ALLOWED, message, { ...cors, allow: PROXIED_METHODS.join(', ') })
  } else {
    // Core's own sentences ("The Host header is not a host name."); they never quote the request.
    const message = error instanceof BadRequestTargetError ? error.message : 'The request could not be read.'
    failBeforeHeaders(res, 400, PROXY_BAD_REQUEST, message, cors)
  }
}

// The handler, or node writing its reply, failed: the client learns only that the proxy did.
const proxyFailed = (res: ServerResponse, cors: Record<string, string> = {}) =>
  failBeforeHeaders(res, 500, PROXY_ERROR, 'The proxy failed to handle this request.', cors)

/**
 * Writes a proxy reply as it is. Its body is known whole, so it goes with a Content-Length
 * (not chunked), and head and body leave as one latin1 string (the same bytes) in one write:
 * a chunked Buffer body takes node's writev path with half a dozen pieces.
 */
function writeReply(reply: FinalReply, res: ServerResponse): void {
  // No prototype: a header an upstream names `constructor` or `__proto__` must find no value
  // already there (it found Object, and went out as "function Object() { [native code] }").
  const headers: Record<string, string | string[]> = Object.create(null)
  let framed = false
  for (const [name, value] of reply.headers) {
    if (name === 'content-length' || name === 'transfer-encoding') framed = true
    const previous = headers[name]
    // Repeated lines (Set-Cookie from authorize) stay separate lines.
    headers[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value]
  }
  const { body } = reply
  if (body !== null && !framed) headers['content-length'] = String(body.byteLength)
  if (reply.statusText) res.writeHead(reply.status, reply.statusText, headers)
  else res.writeHead(reply.status, headers)
  if (body === null) res.end()
  else res.end(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1'), 'latin1')
}

// Replies ready in one turn of the event loop are written together, after its I/O callbacks
// (setImmediate), instead of each as soon as it is ready. Writing to many sockets back to back,
// a reader that the first write woke (a client on another core) is still running for the
// next ones: a write then costs no wake-up of a sleeping reader, which on loopback under load
// was a tenth of the proxy's CPU per send. The wait is the rest of the turn, microseconds.
let queued: [FinalReply, ServerResponse][] = []
function flushReplies(): void {
  const batch = queued
  queued = []
  for (const [reply, res] of batch) {
    // Gone, or answered in the proxy's place meanwhile (a stop's last word).
    if (res.destroyed || res.writableEnded) continue
    try {
      writeReply(reply, res)
    } catch {
      proxyFailed(res)
    }
  }
}
function queueReply(reply: FinalReply, res: ServerResponse): void {
  if (res.destroyed || res.writableEnded) return
  if (queued.push([reply, res]) === 1) setImmediate(flushReplies)
}

/** Options of `toNodeHandler`. */
export interface ToNodeHandlerOptions extends NodeRequestOptions {
  /**
   * DNS-rebinding protection. A request that came in on a loopback address (where a web page
   * pointing its own host name at 127.0.0.1 arrives) is answered only for a loopback `Host`
   * name (`localhost`, `*.localhost`, `127.0.0.1`, `[::1]`), an IP address (`0.0.0.0`, which no
   * rebinding page can send), the host name of one of the proxy's
   * `allowedOrigins`, or one listed here; any other gets 403 `PROXY_HOST_NOT_ALLOWED`. Requests
   * that came over the network are not judged. List the public host name when a reverse proxy
   * or sidecar on the same machine forwards it (nginx's `proxy_set_header Host $host`), e.g.
   * `['shop.example']`; `'any'` turns the check off (a front door of yours judges `Host`).
   */
  allowedHosts?: readonly string[] | 'any' | undefined
}

// Every option toNodeHandler takes; the type makes a new one fail to compile until it is listed.
const NODE_OPTION_KEYS = Object.keys({ trustProxy: true, fallbackHost: true, allowedHosts: true } satisfies Record<
  keyof ToNodeHandlerOptions,
  true
>)

/**
 * The 403's sentence for a `Host` a request on loopback is not answered for: what is answered,
 * and the option that serves this host, with the host's own name in it, so whoever runs the
 * server can copy it.
 */
export function hostRefusal(host: string | undefined): string {
  const name = requestHostName(host)
  return (
    `Host ${JSON.stringify(name)} is not answered on this machine's loopback address: a request arriving there is answered only ` +
    "for localhost host names, IP addresses, the host names of the proxy's allowedOrigins and those in toNodeHandler's " +
    `allowedHosts (DNS rebinding protection). To serve this host, list it: toNodeHandler(handler, { allowedHosts: [${JSON.stringify(name)}] }).`
  )
}

/**
 * Adapts a Web-standard handler (such as `createBriqProxy`'s) to node:http and Express:
 * the request body streams into a Web `Request`, the `Response` streams back, and the
 * request's signal aborts when the client disconnects. Mount it before any body parser: a
 * request whose body a parser (`express.json()`) already read is refused with 500
 * `PROXY_BODY_ALREADY_READ`, since the proxy could neither cap nor forward the bytes the client sent.
 *
 * Requests pipelined on one connection reach the handler one at a time, each once the answer
 * before it has gone out (`inTurnPerConnection`).
 *
 * A body the handler has not read to the end when its `Response` arrives (a refusal) is
 * drained if at most 1 MiB remains, else the answer carries `Connection: close`, so it never
 * lingers on a keep-alive connection; a handler that streams the request body into its
 * response must therefore read it before returning. A 413 to a declared `Content-Length` goes
 * out at once with `Connection: close`, never waiting for a body the client may not send.
 *
 * Serve it from a server created with `serverTimeoutOptions()` and bound with
 * `boundServer(server)` (both from `@briq-interactive/core/node`): node's own deadlines let a
 * client hold a socket for minutes, or for ever by never reading its answer, and node answers
 * `Expect: 100-continue` with `100 Continue` before any handler runs, inviting a body the proxy
 * will refuse; bound, the 100 goes out only as the body is read, a declared length over the cap
 * answered 413 at once.
 *
 * A handler made by `createBriqProxy` is served without a Web `Response`, and (with no
 * `authorize`, or `bearerTokenAuthorize`) without a Web `Request` either: the same answers at
 * a fraction of the cost per request.
 *
 * @example
 * const server = http.createServer(serverTimeoutOptions(), toNodeHandler(createBriqProxy({ apiKey, authorize })))
 * boundServer(server)
 * server.listen(8787)
 */
export function toNodeHandler(
  handler: (request: Request) => Response | Promise<Response>,
  options: ToNodeHandlerOptions = {},
): NodeHandler {
  // A misspelt trustProxy would leave X-Forwarded-* unread without a word.
  const problem = configObjectProblem(options, 'options', NODE_OPTION_KEYS, {
    example: '{ trustProxy: true }',
    noun: 'option',
    meant: nearestName,
  })
  if (problem) throw new TypeError(`toNodeHandler: ${problem.message}`)
  const replier = replierOf(handler)
  const { allowedHosts, ...requestOptions } = options
  if (allowedHosts !== undefined && allowedHosts !== 'any' && !Array.isArray(allowedHosts)) {
    throw new TypeError(
      `toNodeHandler: allowedHosts must be an array of host names such as ["shop.example"], or "any".`,
    )
  }
  let hostAllowed: ((req: IncomingMessage) => boolean) | null = null
  try {
    hostAllowed =
      allowedHosts === 'any'
        ? null
        : createLoopbackConnectionGuard({ allowedHosts, allowedOrigins: replier?.allowedOrigins })
  } catch (error) {
    throw new TypeError(`toNodeHandler: ${(error as Error).message}`)
  }
  // An allowed page reads a refusal the proxy never saw, as it reads the proxy's own; a handler
  // of another making has an origin policy this adapter does not know, so none.
  const corsOf = (req: IncomingMessage): Record<string, string> => {
    const origin = req.headers.origin
    return replier ? replier.refusalCorsHeaders(typeof origin === 'string' ? origin : undefined) : {}
  }
  // Pipelined requests one at a time: else a single write of a thousand GETs was forwarded to
  // Briq all at once, each answer held until its turn to go out.
  const adapter = inTurnPerConnection((req, res) => {
    // Answered by the server in the proxy's place while it waited its turn (a stop's last word).
    if (res.writableEnded) return
    const disconnect = new AbortController()
    res.once('close', () => {
      if (!res.writableFinished) disconnect.abort()
    })
    // Before the request is read: the proxy's own-origin check would take a rebinding page's
    // host name for its own.
    // A Host that is no host name at all is the 400 below, as in the bins.
    if (hostAllowed !== null && !hostAllowed(req) && isHostName(req.headers.host)) {
      void settleRequestBody(req, res, 0).then(() =>
        failBeforeHeaders(res, 403, PROXY_HOST_NOT_ALLOWED, hostRefusal(req.headers.host)),
      )
      return
    }
    let converted: ServerRequestOf
    try {
      converted = replier?.lightRequests
        ? toServerRequest(req, disconnect, requestOptions)
        : toWebRequest(req, disconnect, requestOptions)
    } catch (error) {
      // A parser mounted first is the server's mistake, worth saying plainly; an unparsable or
      // repeated Host, or a method fetch forbids (TRACE, TRACK), is the client's: each answered
      // as the mock answers it. None reaches the handler.
      void settleRequestBody(req, res, 0).then(() => refuseBeforeHandler(error, res, corsOf(req)))
      return
    }
    if (replier) {
      const trace: ReplyTrace = {}
      traces.set(req, trace)
      replier
        .reply(converted.request, trace)
        .then((reply) => {
          // A body read to its end leaves nothing to settle (the usual case): no extra turn.
          if (req.readableEnded) queueReply(reply, res)
          else
            return settleRequestBody(req, res, converted.bodyBytesRead(), reply.status).then(() =>
              queueReply(reply, res),
            )
        })
        // Node refusing a header value it would not write (the reply never throws itself).
        .catch(() => proxyFailed(res, corsOf(req)))
      return
    }
    Promise.resolve()
      .then(() => handler(converted.request as Request))
      .then(async (response) => {
        await settleRequestBody(req, res, converted.bodyBytesRead(), response.status)
        return writeResponse(response, res)
      })
      .catch(async () => {
        await settleRequestBody(req, res, converted.bodyBytesRead())
        proxyFailed(res)
      })
  })
  adapted.set(adapter, handler)
  return adapter
}
