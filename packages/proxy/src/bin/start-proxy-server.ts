import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  PROXY_BAD_REQUEST,
  PROXY_HOST_NOT_ALLOWED,
  PROXY_METHOD_NOT_ALLOWED,
  PROXY_STOPPING,
  UPSTREAM_ANSWER_LOST,
} from '@briq-interactive/core'
import {
  createLoopbackHostGuard,
  gracefulClose,
  missingHostError,
  refuseConnect,
  serverTimeoutOptions,
  settleRequestBody,
} from '@briq-interactive/core/node'
import { isHostName, isLoopbackBind, requestHostName } from '@briq-interactive/core/server'
import { bearerTokenAuthorize } from '../bearer-token-authorize.ts'
import { createBriqProxy, replierOf } from '../create-briq-proxy.ts'
import { STOPPING_MESSAGE } from '../handle-request.ts'
import { boundProxyServer } from '../node/bound-proxy-server.ts'
import { failBeforeHeaders } from '../node/fail-before-headers.ts'
import { nodeFetch } from '../node/node-fetch.ts'
import { replyTraceOf } from '../node/reply-traces.ts'
import { toNodeHandler } from '../node/to-node-handler.ts'
import type { BriqProxyLogEvent } from '../proxy-options.ts'
import { PROXIED_METHODS } from '../route-allow-list.ts'
import { MAX_CHECKED_BYTES, secretFinder } from './secret-finder.ts'
import { createStaticHandler, servedFileWithheld } from './serve-static.ts'
import { API_BASE_PATH, type ServerConfig } from './server-config.ts'

/** A running proxy server. */
export interface RunningProxyServer {
  /** Base URL, e.g. `http://127.0.0.1:8787`; the API is under `${url}/api/briq`. */
  url: string
  /** The node:http server. */
  server: Server
  /**
   * Stops accepting connections and closes open ones: at once by default; with `graceMs`, each
   * request in flight first finishes (the last answer of its connection says `Connection:
   * close`) for up to that long, while connections with none close at once. Either way nothing
   * more is forwarded to Briq (503 `PROXY_STOPPING`: not sent), and a request of the API still
   * unanswered when the grace runs out (at once without one; called again with none while a
   * grace runs) is told what became of it (`stoppedAnswer`) before its connection closes; a file
   * being sent is cut. Resolves once every connection has closed.
   */
  close(options?: { graceMs?: number }): Promise<void>
}

/**
 * The 403's sentence for a `Host` the proxy on loopback does not answer: what it answers, and the
 * setting that serves this host (its page's origin in PROXY_ALLOWED_ORIGINS), with the host's
 * own name in the example.
 */
export function binHostRefusal(host: string | undefined, bindHost: string): string {
  const name = requestHostName(host)
  return (
    `Host ${JSON.stringify(name)} is not answered: this proxy listens on loopback (HOST=${bindHost}) and answers only to ` +
    'localhost host names, IP addresses and the host names of PROXY_ALLOWED_ORIGINS (DNS rebinding protection). ' +
    `To serve this host, add the origin of its page to PROXY_ALLOWED_ORIGINS (such as PROXY_ALLOWED_ORIGINS=https://${name}).`
  )
}

/**
 * What a request of the API still unanswered when the stop's grace ran out is told. One the proxy
 * had not forwarded never will be (it forwards nothing once the stop began): not sent, whether
 * its body was still arriving, it waited its turn on its connection, or its checks were running.
 * A send forwarded that Briq has not answered may have reached Briq. A read changes nothing.
 */
export function stoppedAnswer(
  req: IncomingMessage,
  forwarded: boolean,
): [status: number, code: string, message: string, logged: string] {
  if (!forwarded) return [503, PROXY_STOPPING, STOPPING_MESSAGE, 'stopped before it was forwarded: not sent']
  if (req.method === 'POST') {
    return [
      502,
      UPSTREAM_ANSWER_LOST,
      "The proxy stopped (a restart or a deploy) before Briq's answer came back. The request may have reached Briq: check the message's status before sending it again.",
      'stopped before Briq answered: may have reached Briq',
    ]
  }
  return [
    503,
    PROXY_STOPPING,
    'The proxy stopped (a restart or a deploy) before Briq answered; a read changes nothing. Send it again.',
    'stopped before Briq answered a read',
  ]
}

/**
 * Starts the runnable proxy: the Briq API under `/api/briq` (bearer-token protected unless
 * anonymous use was allowed) and, optionally, a built playground under `/`. On a loopback bind
 * it answers only to loopback host names, so a rebinding web page cannot reach it. A client
 * slower than the configured timeouts to send its request gets 408 and a closed connection; one
 * that takes none of an answer for the write timeout loses its connection.
 */
export async function startProxyServer(
  config: ServerConfig,
  log?: (event: BriqProxyLogEvent) => void,
): Promise<RunningProxyServer> {
  // Aborted as the server begins to stop: nothing more is forwarded to Briq from then on.
  const stopping = new AbortController()
  const briqProxy = createBriqProxy({
    apiKey: config.apiKey,
    upstream: config.upstream,
    fetch: nodeFetch(),
    basePath: API_BASE_PATH,
    validation: config.validation,
    allowInsecureUpstream: config.allowInsecureUpstream,
    ...(config.token === null ? { allowAnonymous: true } : { authorize: bearerTokenAuthorize(config.token) }),
    ...(config.allowedOrigins ? { allowedOrigins: config.allowedOrigins } : {}),
    ...(log ? { log } : {}),
    stopSignal: stopping.signal,
  })
  // Behind a reverse proxy of yours (TRUST_PROXY=1) a page's origin is the forwarded one.
  // The Host guard is this server's own, by its bind address (below), as briq-mock's.
  const proxy = toNodeHandler(briqProxy, { trustProxy: config.trustProxy, allowedHosts: 'any' })
  // The folder is served to anyone, unsigned: a page built with the token in it (the
  // playground's VITE_BRIQ_PROXY_TOKEN) hands it to whoever reaches the server. On loopback
  // that is this machine only; from other machines, the token would protect nothing. Such a page
  // stops the server at startup, and one written into the folder later is never served.
  const withhold =
    config.staticDir !== null && config.token !== null && !isLoopbackBind(config.host)
      ? secretFinder(config.token)
      : undefined
  const tooLarge = `over ${MAX_CHECKED_BYTES / 1024 / 1024} MiB, or unpacking to more`
  const serveStatic =
    config.staticDir === null
      ? null
      : await createStaticHandler(config.staticDir, {
          withhold,
          withheldReason: {
            holds:
              'Not served: this file holds PROXY_TOKEN, and this server is reached from other machines. Rebuild the page without VITE_BRIQ_PROXY_TOKEN.',
            unchecked: `Not served: this file could not be checked for PROXY_TOKEN (${tooLarge}), and this server is reached from other machines.`,
          },
        })
  if (config.staticDir !== null && withhold) {
    const found = await servedFileWithheld(config.staticDir, withhold)
    // A file that could not be checked may hold the token: it stops the start too, said as such.
    if (found?.withheld === 'unchecked') {
      throw new Error(
        `PROXY_STATIC_DIR serves ${found.path}, which could not be checked for PROXY_TOKEN (${tooLarge}), and HOST=${config.host} is reached from other machines. ` +
          'Move it out of the folder, or keep HOST on loopback (the default 127.0.0.1).',
      )
    }
    if (found !== null) {
      throw new Error(
        `PROXY_STATIC_DIR serves ${found.path}, which holds PROXY_TOKEN (a page built with VITE_BRIQ_PROXY_TOKEN), and HOST=${config.host} is reached from other machines: ` +
          'anyone who opens the page can read the token and send WhatsApp messages on your account with it. ' +
          'Keep HOST on loopback (the default 127.0.0.1), or serve the page yourself behind a sign-in, without the token in it.',
      )
    }
  }
  const hostAllowed = createLoopbackHostGuard(config.host, config.allowedOrigins)
  const timeouts = {
    headersTimeoutMs: config.headersTimeoutMs,
    requestTimeoutMs: config.requestTimeoutMs,
    writeTimeoutMs: config.writeTimeoutMs,
    // Past a load balancer's idle timeout (AWS ALB: 60 s), so the balancer, not the proxy, closes
    // an idle connection: one the proxy closed as the balancer reused it would be a 502. Node's
    // headers deadline counts from a request's first byte, never the idle time before it.
    keepAliveTimeoutMs: config.keepAliveTimeoutMs,
    maxConnections: config.maxConnections,
    maxRequestsPerSocket: config.maxRequestsPerSocket,
  }
  // An HTTP/1.1 request without Host is refused below, in the envelope (node's own 400 is bare).
  const server = createServer({ ...serverTimeoutOptions(timeouts), requireHostHeader: false }, (req, res) => {
    // Node's own 400 (requireHostHeader, off above) is the status line alone. The API's adapter
    // refuses it with the same sentence; the static folder is served here.
    const hostless = missingHostError(req)
    if (hostless !== null) {
      void settleRequestBody(req, res, 0).then(() => failBeforeHeaders(res, 400, PROXY_BAD_REQUEST, hostless.message))
      return
    }
    // A Host that is no host name at all is the adapter's 400 (PROXY_BAD_REQUEST), as in briq-mock.
    if (hostAllowed && !hostAllowed(req) && isHostName(req.headers.host)) {
      const message = binHostRefusal(req.headers.host, config.host)
      void settleRequestBody(req, res, 0).then(() => failBeforeHeaders(res, 403, PROXY_HOST_NOT_ALLOWED, message))
      return
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    if (path === API_BASE_PATH || path.startsWith(`${API_BASE_PATH}/`) || serveStatic === null) {
      proxy(req, res)
      return
    }
    serveStatic(req, res)
  })
  // A request still unanswered when the grace runs out is told what became of it before the cut.
  const closeGracefully = gracefulClose(server, (req, res, receivedAt) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    // A file being read: cut as it is (nothing was sent anywhere).
    if (path !== API_BASE_PATH && !path.startsWith(`${API_BASE_PATH}/`)) return
    const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined
    const replier = replierOf(briqProxy)
    // Under the id the proxy gave it, the one Briq got as X-Request-Id: the client quotes it.
    const trace = replyTraceOf(req)
    const [status, code, message, logged] = stoppedAnswer(req, trace?.forwarded === true)
    const cors = replier?.refusalCorsHeaders(origin) ?? {}
    const requestId = failBeforeHeaders(res, status, code, message, cors, trace?.requestId)
    if (requestId === undefined) return
    const request = { method: req.method ?? '', url: req.url ?? '' }
    replier?.logRefusal({ status, message: logged, requestId, request, durationMs: performance.now() - receivedAt })
  })
  // A stalled answer closes its connection; a body over the cap is refused before the client is
  // asked to upload it (413, no 100 Continue); connections past PROXY_MAX_CONNECTIONS are refused.
  // What node refuses (its parser; an Expect it cannot meet, a request past the connection's
  // cap) is answered in the proxy's own envelope (core's client names the proxy, not Briq), with
  // the CORS of PROXY_ALLOWED_ORIGINS, and logged, where node's default answers with the status
  // line alone and tells no one.
  boundProxyServer(server, briqProxy, {
    ...timeouts,
    timeoutSettings: 'PROXY_REQUEST_TIMEOUT_MS, PROXY_HEADERS_TIMEOUT_MS',
    requestsPerSocketSetting: 'PROXY_MAX_REQUESTS_PER_SOCKET',
  })
  server.on('connect', (_req, socket) => refuseConnect(socket, PROXIED_METHODS.join(', '), PROXY_METHOD_NOT_ALLOWED))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(config.port, config.host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const host = config.host.includes(':') ? `[${config.host}]` : config.host
  return {
    url: `http://${host}:${port}`,
    server,
    close: (options) => {
      stopping.abort()
      return closeGracefully(options?.graceMs ?? 0)
    },
  }
}
