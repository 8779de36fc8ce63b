import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { MOCK_HOST_NOT_ALLOWED, MOCK_ORIGIN_NOT_ALLOWED } from '@briq-interactive/core'
import {
  answerClientErrors,
  boundServer,
  connectionLimits,
  createLoopbackHostGuard,
  ForbiddenMethodError,
  gracefulClose,
  inTurnPerConnection,
  refuseConnect,
  type ServerBounds,
  type ServerRequestOf,
  serverTimeoutOptions,
  settleRequestBody,
  toServerRequest,
  toWebRequest,
  writeResponse,
} from '@briq-interactive/core/node'
import {
  BadRequestTargetError,
  configObjectProblem,
  configuredOrigin,
  isHostName,
  methodNotSupportedError,
  nearestName,
  requestHostName,
} from '@briq-interactive/core/server'
import { type BriqMock, createBriqMock } from '../create-briq-mock.ts'
import { replyHandlerOf } from '../http/handle-request.ts'
import { errorEnvelopeResponse, type MockReply } from '../http/responses.ts'
import { type BriqMockOptions, DEFAULT_MOCK_PORT, MOCK_OPTION_KEYS } from '../options.ts'
import { briqRoutes } from '../routes/briq-routes.ts'
import { type AllowedOrigins, allowedOrigin, checkAllowedOrigins, corsHeaders, preflightResponse } from './cors.ts'
import { createMockStop, type MockStop, stoppingReply } from './mock-stop.ts'

/**
 * Options of `startMockHttpServer`: the mock's options, where to listen, how long a client may
 * take to send a request (`headersTimeoutMs`, default 15 000; `requestTimeoutMs`, default
 * 30 000; past it the answer is 408 and the connection closes) and to take none of an answer
 * (`writeTimeoutMs`, default 30 000, then the connection closes; latency faults are not timed),
 * how long an idle connection is kept (`keepAliveTimeoutMs`, default 5 000), how many
 * connections are held at once (`maxConnections`, default 1024; past it a new one is refused and
 * those with no request in flight are closed) and how many requests each carries
 * (`maxRequestsPerSocket`, default 1000).
 */
export interface MockHttpServerOptions extends BriqMockOptions, ServerBounds {
  /** Port (default `DEFAULT_MOCK_PORT`, 4010; 0 picks a free one). */
  port?: number | undefined
  /**
   * Interface (default `127.0.0.1`). On a loopback one only loopback `Host` names (and those of
   * `allowedOrigins`) are answered, so a DNS-rebinding page cannot reach the mock; any other
   * interface is the caller's explicit choice to be reached from the network, and has no such check.
   */
  host?: string | undefined
  /**
   * Browser origins allowed by CORS besides the pages on this machine (http or https on
   * localhost, `*.localhost`, 127.0.0.1 or `[::1]`, any port), which always are: e.g.
   * `['http://192.168.1.20:5173']`. `*` allows every origin, so any web page the developer visits
   * could read what they compose (`/__mock/state`) and drive the mock. A request from an origin
   * not allowed that could change the mock (anything but GET and HEAD) is refused with 403.
   */
  allowedOrigins?: AllowedOrigins | undefined
  /** Use this mock instead of creating one from the options (then a mock option beside it is refused). */
  mock?: BriqMock | undefined
}

/** A running standalone server. */
export interface MockHttpServer {
  /** Base URL, e.g. `http://127.0.0.1:4010`. */
  url: string
  /** The port it listens on. */
  port: number
  /** The mock it serves. */
  mock: BriqMock
  /** The node server. */
  server: Server
  /**
   * Stops accepting connections and closes open ones: at once by default; with `graceMs`, each
   * request in flight first finishes (the last answer of its connection says `Connection:
   * close`) for up to that long, while connections with none close at once. A request that
   * arrives once the stop began, and one still unanswered when the grace runs out (at once
   * without one; called again with none while a grace runs), is answered 503 `MOCK_STOPPING`
   * in Briq's envelope and never carried out (nothing changed), before its connection closes;
   * one whose answer was decided gets that answer. Resolves once every connection has closed;
   * then a mock the server created is closed too (`BriqMock.close`: no webhook timer or delivery
   * left running), a given one is not. Called again, it returns the same promise.
   */
  close(options?: { graceMs?: number }): Promise<void>
}

type SendArgs = [IncomingMessage, number, Response | MockReply, ServerResponse, Record<string, string>]

async function sendAnswer(
  stop: MockStop,
  req: IncomingMessage,
  bodyBytesRead: number,
  answer: Response | MockReply,
  res: ServerResponse,
  extraHeaders: Record<string, string>,
): Promise<void> {
  // Answered already by a stopping server's last word (a latency wait it dropped, or a body that
  // then came whole): nothing more goes out.
  if (res.writableEnded || res.destroyed) return
  // Past the grace, it is this answer that goes out.
  if (!(answer instanceof Response) && !answer.dropped) stop.decided(res, answer, extraHeaders)
  await settleRequestBody(req, res, bodyBytesRead, answer.status)
  if (res.writableEnded || res.destroyed) return
  // A `network` fault (or a replaced handle's Response.error()): the connection closes unanswered.
  if (answer instanceof Response ? answer.type === 'error' : answer.dropped) {
    res.destroy()
    return
  }
  if (answer instanceof Response) {
    await writeResponse(answer, res, extraHeaders)
    return
  }
  // A reply goes out as it is: head and body joined in one string, one write (node leaves the
  // body out for HEAD).
  res.writeHead(answer.status, { ...answer.headers, ...extraHeaders })
  res.end(answer.text)
}

// Every method a route of the mock takes, and OPTIONS for CORS preflights.
const ALLOWED_METHODS = [...[...new Set(briqRoutes.map((route) => route.method))].sort(), 'OPTIONS']

/**
 * The 403 for a request that would change the mock from a browser origin it does not allow. Its
 * own code, not Briq's: core's client words it as the mock's setting (restart it with
 * --allow-origin), where a bare 403 read as the API key refused.
 */
function originRefusal(origin: string): MockReply {
  const message = `Origin ${origin.slice(0, 100)} is not allowed to use this mock; add it with --allow-origin (allowedOrigins)`
  return errorEnvelopeResponse(403, [{ code: MOCK_ORIGIN_NOT_ALLOWED, message, field: null }], crypto.randomUUID())
}

/** The 403 for a browser request that would change the mock from another site and names no origin. */
function crossSiteRefusal(): MockReply {
  const message =
    'A cross-site browser request (Sec-Fetch-Site: cross-site) that names no Origin may not change this mock; send it from a page this mock allows (--allow-origin)'
  return errorEnvelopeResponse(403, [{ code: MOCK_ORIGIN_NOT_ALLOWED, message, field: null }], crypto.randomUUID())
}

/** The 403 for a `Host` that is not this machine's on a loopback bind: a DNS-rebinding page. */
function hostRefusal(host: string | undefined, origin: string | undefined): MockReply {
  const name = requestHostName(host)
  // The page's own origin when it sent one for this host, so the flag can be copied as it is.
  const page = configuredOrigin(origin ?? '')
  const example = page !== undefined && new URL(page).hostname === name ? page : `http://${name}`
  const message = `Host ${JSON.stringify(name)} is not this machine: this mock listens on loopback and answers only to localhost host names, IP addresses and the host names of its allowed origins (DNS rebinding protection); call it at localhost or 127.0.0.1, or add the page's origin with --allow-origin (allowedOrigins), such as --allow-origin ${example}`
  return errorEnvelopeResponse(403, [{ code: MOCK_HOST_NOT_ALLOWED, message, field: null }], crypto.randomUUID())
}

/** The 4xx for a request that never reaches the router (a bad Host, TRACE), or null. */
function refusal(error: unknown): MockReply | null {
  if (error instanceof BadRequestTargetError) {
    const errors = [{ code: 'BAD_REQUEST', message: error.message, field: null }]
    return errorEnvelopeResponse(400, errors, crypto.randomUUID())
  }
  if (error instanceof ForbiddenMethodError) {
    const errors = [methodNotSupportedError(error.method, ALLOWED_METHODS)]
    return errorEnvelopeResponse(405, errors, crypto.randomUUID(), { allow: ALLOWED_METHODS.join(', ') })
  }
  return null
}

const SERVER_OPTION_KEYS = [
  ...Object.keys({
    port: true,
    host: true,
    allowedOrigins: true,
    mock: true,
    headersTimeoutMs: true,
    requestTimeoutMs: true,
    writeTimeoutMs: true,
    keepAliveTimeoutMs: true,
    maxConnections: true,
    maxRequestsPerSocket: true,
  } satisfies Record<Exclude<keyof MockHttpServerOptions, keyof BriqMockOptions>, true>),
  ...MOCK_OPTION_KEYS,
]

/**
 * Serves the mock over node:http — the same router as the MSW handlers, plus CORS for the
 * browser origins allowed (pages on this machine, and `allowedOrigins`) and, on a loopback
 * bind, DNS-rebinding protection (only localhost `Host` names). Reusable from tests (`port: 0`) and by the `briq-mock` bin.
 */
export function startMockHttpServer(options: MockHttpServerOptions = {}): Promise<MockHttpServer> {
  return serveMock(options, CODE_SETTINGS)
}

/** The settings a refusal names, as whoever started the server set them. */
export interface MockSettingNames {
  /** Those a 408 names. */
  timeouts: string
  /** The one a 503 past the requests per connection names. */
  requestsPerSocket: string
}

/** The settings a 408 and a 503 name when the server is started from code: its options. */
const CODE_SETTINGS: MockSettingNames = {
  timeouts: 'requestTimeoutMs, headersTimeoutMs',
  requestsPerSocket: 'maxRequestsPerSocket',
}

/**
 * `startMockHttpServer`, its refusals naming `settings` (the `briq-mock` bin: its flags), so
 * a client is told the settings whoever started it set.
 */
export async function serveMock(options: MockHttpServerOptions, settings: MockSettingNames): Promise<MockHttpServer> {
  // Checked here as well as in createBriqMock, so a typo of a server option (prot) is told the
  // server's options too, and is refused when a ready mock is given.
  const problem = configObjectProblem(options, 'options', SERVER_OPTION_KEYS, {
    example: `{ port: ${DEFAULT_MOCK_PORT} }`,
    noun: 'option',
    meant: nearestName,
  })
  if (problem) throw new RangeError(`${problem.field}: ${problem.message}`)
  // Node reads an empty address as every interface, beyond the loopback guard below.
  if (typeof options.host === 'string' && options.host.trim() === '') {
    throw new RangeError(
      'options.host: an empty host listens on every interface; give 127.0.0.1 (the default) or "0.0.0.0" on purpose',
    )
  }
  const {
    port = DEFAULT_MOCK_PORT,
    host = '127.0.0.1',
    allowedOrigins: origins = [],
    mock: given,
    headersTimeoutMs,
    requestTimeoutMs,
    writeTimeoutMs,
    keepAliveTimeoutMs,
    maxConnections,
    maxRequestsPerSocket,
    ...mockOptions
  } = options
  // A seed or a scenario beside a ready mock would be dropped without a word.
  const unused = given
    ? Object.keys(mockOptions).find((key) => mockOptions[key as keyof BriqMockOptions] !== undefined)
    : undefined
  if (unused !== undefined) {
    throw new RangeError(
      `options.${unused}: a ready mock is given, so "${unused}" would not be used; give it to createBriqMock`,
    )
  }
  const timeouts = {
    headersTimeoutMs,
    requestTimeoutMs,
    writeTimeoutMs,
    keepAliveTimeoutMs,
    maxConnections,
    maxRequestsPerSocket,
  }
  const deadlines = serverTimeoutOptions(timeouts)
  // Checked before the mock is made, as the deadlines are: a bad limit leaves nothing running.
  connectionLimits(timeouts)
  const allowedOrigins = checkAllowedOrigins(origins)
  const hostAllowed = createLoopbackHostGuard(host, allowedOrigins === '*' ? undefined : allowedOrigins)
  const mock = given ?? createBriqMock(mockOptions)
  const reply = replyHandlerOf(mock.handle)
  const fallbackHost = `${host.includes(':') ? `[${host}]` : host}:${port}`
  // Pipelined requests one at a time: else one write of a thousand GETs of /__mock/state built
  // every answer at once, each held until its turn to go out.
  // An HTTP/1.1 request without Host reaches the router, whose adapter answers it 400 in Briq's
  // envelope (with CORS), where node's own 400 (requireHostHeader) is the status line alone.
  const corsOf = (origin: string | undefined) => corsHeaders(allowedOrigin(origin ?? null, allowedOrigins))
  const stop = createMockStop(corsOf)
  const send = (...args: SendArgs) => sendAnswer(stop, ...args)
  const inTurn = inTurnPerConnection((req: IncomingMessage, res: ServerResponse) => {
    // Arrived once the stop began: answered in its turn, never handled.
    if (stop.late(req)) return send(req, 0, stoppingReply(), res, corsOf(req.headers.origin))
    // Before anything else, preflights included: a rebinding page's Origin is its own host name.
    if (hostAllowed && !hostAllowed(req) && isHostName(req.headers.host)) {
      return send(req, 0, hostRefusal(req.headers.host, req.headers.origin), res, {})
    }
    const origin = allowedOrigin(req.headers.origin ?? null, allowedOrigins)
    const disconnect = new AbortController()
    res.once('close', () => {
      if (!res.writableFinished) disconnect.abort()
    })
    let converted: ServerRequestOf | undefined
    const bodyBytesRead = () => converted?.bodyBytesRead() ?? 0
    const handleOne = async () => {
      if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
        const requested = req.headers['access-control-request-headers'] ?? null
        const privateNetwork = req.headers['access-control-request-private-network'] === 'true'
        return send(req, 0, preflightResponse(origin, requested, privateNetwork), res, {})
      }
      // CORS only hides the answer from a page: a form or a no-cors fetch from an origin left out
      // would still change the mock (POST /__mock/reset needs neither a body nor a key).
      if (req.method !== 'GET' && req.method !== 'HEAD' && allowedOrigins !== '*') {
        if (req.headers.origin !== undefined && origin === null) {
          return send(req, 0, originRefusal(req.headers.origin), res, corsHeaders(null))
        }
        // No Origin: none is sent by a current browser on a POST, but a browser that left it out
        // still marks where the request came from (Fetch Metadata); curl and servers send neither.
        if (req.headers.origin === undefined && req.headers['sec-fetch-site'] === 'cross-site') {
          return send(req, 0, crossSiteRefusal(), res, corsHeaders(null))
        }
      }
      // The mock's own router reads a light request; a `handle` someone replaced gets a Web one.
      let response: Response | MockReply
      if (reply) {
        converted = toServerRequest(req, disconnect, { fallbackHost })
        stop.handedOver(req, converted.request, disconnect)
        response = await reply(converted.request)
      } else {
        const web = toWebRequest(req, disconnect, { fallbackHost })
        converted = web
        stop.handedOver(req, 'web', disconnect)
        response = await mock.handle(web.request)
      }
      // The client went away mid-body: nobody is left to answer, and it is not the mock's fault.
      if (disconnect.signal.aborted) return
      return send(req, bodyBytesRead(), response, res, corsHeaders(origin))
    }
    handleOne().catch((error: unknown) => {
      if (disconnect.signal.aborted) return
      const refused = refusal(error)
      if (refused) return send(req, bodyBytesRead(), refused, res, corsHeaders(origin))
      console.error('briq-mock: could not answer a request:', error)
      if (res.headersSent) {
        res.destroy()
        return
      }
      const errors = [{ code: 'INTERNAL_ERROR', message: 'The mock server failed', field: null }]
      // CORS headers too: without them a browser hides this 500 behind an opaque network error.
      return send(
        req,
        bodyBytesRead(),
        errorEnvelopeResponse(500, errors, crypto.randomUUID()),
        res,
        corsHeaders(origin),
      )
    })
  })
  const server = createServer({ ...deadlines, requireHostHeader: false }, (req, res) => {
    stop.arrived(req)
    inTurn(req, res)
  })
  // Past the grace, a request still unanswered is told the mock did not carry it out (and from
  // then on it is not); one whose answer was decided, its body still being settled, gets that.
  const closeGracefully = gracefulClose(server, stop.lastWord)
  // A stalled answer closes its connection; a body over the cap is refused before the client is
  // asked to upload it (413, no 100 Continue); connections past the cap are refused.
  boundServer(server, timeouts)
  // An allowed page reads what node refused (431, 408; an Expect it cannot meet, a request past
  // the connection's cap), as it reads every other answer.
  answerClientErrors(server, {
    timeoutSettings: settings.timeouts,
    requestsPerSocketSetting: settings.requestsPerSocket,
    corsHeaders: (origin) => corsHeaders(allowedOrigin(origin ?? null, allowedOrigins)),
  })
  server.on('connect', (_req, socket) => refuseConnect(socket, ALLOWED_METHODS.join(', ')))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
  // Once: a second call only ends a grace under way (node's own close would reject it,
  // ERR_SERVER_NOT_RUNNING, so a test's own close and its afterEach's would fail the test).
  let closing: Promise<void> | undefined
  return {
    url: `http://${urlHost}:${address.port}`,
    port: address.port,
    mock,
    server,
    close: (closeOptions) => {
      const graceMs = closeOptions?.graceMs ?? 0
      if (closing !== undefined) {
        if (graceMs === 0) void closeGracefully(0)
        return closing
      }
      stop.begin()
      // A mock given to the server is its owner's, who may still use it elsewhere.
      closing = closeGracefully(graceMs).then(() => {
        if (!given) mock.close()
      })
      return closing
    },
  }
}
