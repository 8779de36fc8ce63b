import type { Server } from 'node:http'
import {
  PROXY_BAD_REQUEST,
  PROXY_CONNECTION_REQUEST_LIMIT,
  PROXY_EXPECTATION_FAILED,
  PROXY_HEADERS_TOO_LARGE,
  PROXY_PAYLOAD_TOO_LARGE,
  PROXY_REQUEST_TIMEOUT,
} from '@briq-interactive/core'
import { answerClientErrors, boundServer, type ClientErrorCodes, type ServerBounds } from '@briq-interactive/core/node'
import { replierOf } from '../create-briq-proxy.ts'
import type { BriqProxyHandler } from '../proxy-options.ts'
import { type NodeHandler, webHandlerOf } from './to-node-handler.ts'

// The proxy's codes for what node refuses before any handler runs.
const PROXY_CLIENT_ERROR_CODES: ClientErrorCodes = {
  400: PROXY_BAD_REQUEST,
  408: PROXY_REQUEST_TIMEOUT,
  413: PROXY_PAYLOAD_TOO_LARGE,
  431: PROXY_HEADERS_TOO_LARGE,
  417: PROXY_EXPECTATION_FAILED,
  503: PROXY_CONNECTION_REQUEST_LIMIT,
}

/** What `boundProxyServer` takes: `boundServer`'s bounds, and the settings its refusals name. */
export interface ProxyServerBounds extends ServerBounds {
  /** The settings a 408 names. Default `headersTimeoutMs, requestTimeoutMs` (`serverTimeoutOptions`'). */
  timeoutSettings?: string | undefined
  /** The setting a 503 past the requests per connection names. Default `maxRequestsPerSocket`. */
  requestsPerSocketSetting?: string | undefined
}

/**
 * Bounds a node:http server that serves the Briq proxy, in one call: `boundServer(server,
 * bounds)` (deadlines checked, stalled answers closed, `100 Continue` only as the body is read,
 * connections capped), and what node refuses before any handler runs (bytes that are not
 * HTTP/1.1, headers past its limit, a request past the deadlines, an `Expect` other than
 * `100-continue`, a request past a connection's cap) answered in the proxy's envelope with its
 * `PROXY_*` codes, the CORS headers of the proxy's `allowedOrigins` and a request id, and logged
 * through its `log` option, where node's own answers are a bare status line a page cannot read
 * and no log sees. `proxy` is the handler `createBriqProxy` made, or `toNodeHandler`'s of it.
 * Throws a `TypeError` for any other handler, or as `boundServer` throws.
 *
 * @example
 * const briqProxy = toNodeHandler(createBriqProxy({ apiKey, authorize }))
 * const server = createServer(serverTimeoutOptions(), app)
 * boundProxyServer(server, briqProxy)
 */
export function boundProxyServer(
  server: Server,
  proxy: BriqProxyHandler | NodeHandler,
  bounds: ProxyServerBounds = {},
): void {
  const web = typeof proxy === 'function' ? (webHandlerOf(proxy as NodeHandler) ?? proxy) : undefined
  const replier = web === undefined ? undefined : replierOf(web as BriqProxyHandler)
  if (replier === undefined) {
    throw new TypeError(
      "boundProxyServer: proxy must be the handler createBriqProxy returned, or toNodeHandler's of it.",
    )
  }
  const { timeoutSettings = 'headersTimeoutMs, requestTimeoutMs', requestsPerSocketSetting, ...limits } = bounds
  boundServer(server, limits)
  answerClientErrors(server, {
    codes: PROXY_CLIENT_ERROR_CODES,
    timeoutSettings,
    requestsPerSocketSetting,
    // A page on an allowed origin reads these, as it reads the proxy's own answers.
    corsHeaders: replier.refusalCorsHeaders,
    onRefusal: (refusal) => replier.logRefusal({ ...refusal, message: `refused before the proxy: ${refusal.message}` }),
  })
}
