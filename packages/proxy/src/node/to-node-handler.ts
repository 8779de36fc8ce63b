import type { IncomingMessage, ServerResponse } from 'node:http'
import { PROXY_HOST_NOT_ALLOWED } from '@briq-interactive/core'
import {
  createLoopbackConnectionGuard,
  inTurnPerConnection,
  type NodeRequestOptions,
  type ServerRequestOf,
  settleRequestBody,
  toServerRequest,
  toWebRequest,
  writeResponse,
} from '@briq-interactive/core/node'
import { configObjectProblem, isHostName, nearestName } from '@briq-interactive/core/server'
import { replierOf } from '../create-briq-proxy.ts'
import { failBeforeHeaders } from './fail-before-headers.ts'
import { hostRefusal, proxyFailed, refuseBeforeHandler } from './refuse-before-handler.ts'
import { traceReply } from './reply-traces.ts'
import { queueReply } from './write-reply.ts'

/** A node:http / Express style handler. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void

const adapted = new WeakMap<NodeHandler, (request: Request) => unknown>()

/** The Web handler `toNodeHandler` made `handler` of, if it did. */
export function webHandlerOf(handler: NodeHandler): ((request: Request) => unknown) | undefined {
  return adapted.get(handler)
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
      replier
        .reply(converted.request, traceReply(req))
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
