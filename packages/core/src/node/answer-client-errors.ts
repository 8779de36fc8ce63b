import { once } from 'node:events'
import { type IncomingMessage, maxHeaderSize, type Server, type ServerResponse, STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'
import { briqErrorEnvelope } from '../contract/to-briq-errors.ts'
import { onRequestStart } from './every-request.ts'
import { answerAndLinger, lingerAfterClosingAnswers, lingerOn } from './linger-after-answer.ts'
import { refusedRequestOrigin } from './refused-request-origin.ts'
import { settleRequestBody } from './settle-request-body.ts'

/** The `code` each of node's own refusals is said with, by its status. */
export interface ClientErrorCodes {
  /** Not HTTP/1.1 (bytes node cannot parse, a `Content-Length` beside chunked encoding). */
  400: string
  /** Not received within the server's deadlines (`serverTimeoutOptions`). */
  408: string
  /** A chunk's extensions past node's limit. */
  413: string
  /** Headers past node's `maxHeaderSize` (16 KB). */
  431: string
  /** An `Expect` other than `100-continue`, which node would refuse with a bare 417. */
  417: string
  /**
   * A request pipelined past the connection's `maxRequestsPerSocket`, which node refuses with a
   * bare 503 before any handler runs: nothing of it was handled, and sent again on a new
   * connection it is.
   */
  503: string
}

/** Briq's codes for them, which the mock answers as. */
const BRIQ_CODES: ClientErrorCodes = {
  400: 'BAD_REQUEST',
  408: 'REQUEST_TIMEOUT',
  413: 'PAYLOAD_TOO_LARGE',
  431: 'HEADERS_TOO_LARGE',
  417: 'EXPECTATION_FAILED',
  503: 'SERVICE_UNAVAILABLE',
}

/** One refusal `answerClientErrors` answered, for a server's log: no header or body of the request. */
export interface ClientErrorRefusal {
  /** The status answered. */
  status: 400 | 408 | 413 | 417 | 431 | 503
  /** The envelope's `code`. */
  code: string
  /** The envelope's `message`. */
  message: string
  /** The envelope's request id, also sent as `X-Request-Id`. */
  requestId: string
  /**
   * The refused request's method and target as node parsed them, absent when its head never
   * came whole (bytes that are not HTTP, headers past the limit). The target is as sent: it may
   * hold a query (phone numbers) and, in absolute-form, a user name and password; log it reduced
   * (`targetPath`, then cut at `?`), as `boundProxyServer` does.
   */
  request?: { method: string; url: string } | undefined
  /** Node's error code for what its parser refused (`HPE_INVALID_METHOD`, `ERR_HTTP_REQUEST_TIMEOUT`). */
  parserError?: string | undefined
  /**
   * Milliseconds (to the hundredth) from the request's arrival to its refusal: from its head's
   * arrival when that came whole; from the arrival of the bytes refused when the request came in
   * them alone (a kept-alive connection's idle time before it does not count); otherwise (its
   * bytes over several reads, a head not received in time) from when its connection began
   * waiting for it (its opening, or the request before it read or answered, whichever came
   * last), idle time included: node tells no first byte's time.
   */
  durationMs: number
}

/** What `answerClientErrors` says, and with which codes. */
export interface ClientErrorOptions {
  /**
   * The codes (default Briq's: `BAD_REQUEST`, `REQUEST_TIMEOUT`, `PAYLOAD_TOO_LARGE`,
   * `HEADERS_TOO_LARGE`, `EXPECTATION_FAILED`, `SERVICE_UNAVAILABLE`).
   */
  codes?: ClientErrorCodes | undefined
  /** The settings a 408's message names, e.g. `--request-timeout, --headers-timeout`. */
  timeoutSettings: string
  /** The setting a 503 past the requests per connection names (default `maxRequestsPerSocket`). */
  requestsPerSocketSetting?: string | undefined
  /**
   * The CORS headers for the refused request's `Origin` (`undefined` when it had none, or its
   * head never came whole): those of an allowed origin, so a page on it reads the refusal where a
   * browser would hide it behind a network error. Default: none.
   */
  corsHeaders?: ((origin: string | undefined) => Readonly<Record<string, string>>) | undefined
  /**
   * Told of each refusal as it is answered, so an operator sees what never reached a handler
   * (and its log). What it throws is ignored.
   */
  onRefusal?: ((refusal: ClientErrorRefusal) => void) | undefined
}

// Header values safe to write into a raw head: no line breaks or other control characters.
const SAFE_HEADER_VALUE = /^[\t\x20-\x7e]*$/
const SAFE_HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

type ClientErrorStatus = 400 | 408 | 413 | 431

// The statuses node's own `clientError` default answers with, and what each means.
function statusAndMessage(error: NodeJS.ErrnoException, timeoutSettings: string): [ClientErrorStatus, string] {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return [431, `The request's headers are larger than ${maxHeaderSize} bytes`]
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return [413, "The request's chunk extensions are too large"]
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return [408, `The request was not received in time (${timeoutSettings})`]
    default:
      return [400, 'The request is not valid HTTP/1.1']
  }
}

// A refusal's envelope (a request id in the body and in `X-Request-Id`, `no-store`) as a body and
// the headers to send it with, CORS for `origin` among them when allowed.
function refusalAnswer(
  code: string,
  message: string,
  cors: Readonly<Record<string, string>>,
): { body: string; headers: [string, string][]; requestId: string } {
  const requestId = crypto.randomUUID()
  const body = JSON.stringify(briqErrorEnvelope([{ code, message, field: null }], requestId))
  const headers: [string, string][] = [
    ['Content-Type', 'application/json; charset=utf-8'],
    ['Cache-Control', 'no-store'],
    ['X-Request-Id', requestId],
    ['Content-Length', String(Buffer.byteLength(body))],
  ]
  for (const [name, value] of Object.entries(cors)) {
    if (SAFE_HEADER_NAME.test(name) && SAFE_HEADER_VALUE.test(value)) headers.push([name, value])
  }
  return { body, headers, requestId }
}

const msSince = (start: number) => Math.round((performance.now() - start) * 100) / 100

const headOf = (request: IncomingMessage | undefined): ClientErrorRefusal['request'] =>
  request === undefined ? undefined : { method: request.method ?? '', url: request.url ?? '' }

const originOf = (request: IncomingMessage): string | undefined =>
  typeof request.headers.origin === 'string' ? request.headers.origin : undefined

const bytesReadOf = (socket: Duplex): number => {
  const read = (socket as Duplex & { bytesRead?: unknown }).bytesRead
  return typeof read === 'number' ? read : Number.NaN
}

/**
 * When a request node's parser refused before its head came whole began to arrive. Node tells no
 * first byte's time, but its error carries the chunk it was parsing (`rawPacket`): when every
 * byte read since the connection began waiting is in that chunk, the request came now, and the
 * time the connection sat idle before it (kept alive between requests) is no part of it.
 * Otherwise (a head over several chunks, a timeout) it is timed from when the connection began
 * waiting for it.
 */
function refusedArrival(
  socket: Duplex,
  error: NodeJS.ErrnoException & { rawPacket?: unknown },
  waiting: { at: number; read: number } | undefined,
): number {
  const now = performance.now()
  if (waiting === undefined) return now
  const packet = error.rawPacket
  const inThisChunk = packet instanceof Uint8Array && bytesReadOf(socket) - waiting.read <= packet.length
  return inThisChunk ? now : waiting.at
}

/**
 * Makes node's parser on `socket` let go of `request`, whose body is still coming: it drops the
 * rest of that body rather than hand it on (node's `parserOnBody` and `parserOnMessageComplete`
 * skip a parser holding no request), and its handler hears it aborted when the connection
 * closes, as if it had closed at once. False when the parser does not hold it (node's internals
 * changed): nothing is done.
 */
function letGoOfBody(socket: Duplex, request: IncomingMessage): boolean {
  const parser = (socket as Duplex & { parser?: { incoming?: IncomingMessage | null } | null }).parser
  if (parser?.incoming !== request) return false
  parser.incoming = null
  return true
}

/**
 * Answers what node's HTTP parser refuses (a request that is not HTTP, headers past node's
 * limit, a request not received within the deadlines) in Briq's envelope with a JSON
 * `Content-Type`, a request id and `Cache-Control: no-store`, where node's default sends the
 * status line alone; the mock with Briq's codes, the proxy with its own. So are the two refusals
 * node makes of a parsed request before any handler runs: an `Expect` other than `100-continue`
 * (417, the connection kept unless its body is too large to drain) and a request pipelined past `maxRequestsPerSocket` (503, with
 * `Connection: close`: it was not handled, and may be sent again on a new connection). Requests pipelined
 * before the refused bytes are answered first, in order; nothing is written once the refused
 * request's own answer has started (a second head would corrupt it), and the connection then
 * closes, as node's default closes it. Every connection closed after an answer, these or the
 * handler's, lingers first (`lingerAfterClosingAnswers`), so no reset erases the answer.
 *
 * @example
 * answerClientErrors(server, { codes: { 400: 'PROXY_BAD_REQUEST', … }, timeoutSettings: 'PROXY_REQUEST_TIMEOUT_MS' })
 */
export function answerClientErrors(server: Server, options: ClientErrorOptions): void {
  const codes = options.codes ?? BRIQ_CODES
  const corsOf = (origin: string | undefined) => options.corsHeaders?.(origin) ?? {}
  const told = (refusal: ClientErrorRefusal) => {
    try {
      options.onRefusal?.(refusal)
    } catch {
      // A failing logger must not keep the answer from going out.
    }
  }
  // The answers under way on each connection, which go out before a refusal of what came after.
  const started = new WeakMap<Duplex, Map<ServerResponse, IncomingMessage>>()
  // When each request's head came whole, and since when each connection waits for its next one.
  const arrived = new WeakMap<IncomingMessage, number>()
  // With the bytes read by then: those read since are the next request's.
  const waitingSince = new WeakMap<Duplex, { at: number; read: number }>()
  const startWaiting = (socket: Duplex) =>
    waitingSince.set(socket, { at: performance.now(), read: bytesReadOf(socket) })
  server.on('connection', startWaiting)
  const track = (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket
    arrived.set(request, performance.now())
    startWaiting(socket)
    const answers = started.get(socket) ?? new Map()
    started.set(socket, answers)
    answers.set(response, request)
    response.once('close', () => {
      answers.delete(response)
      startWaiting(socket)
    })
  }
  const sinceArrival = (request: IncomingMessage) => msSince(arrived.get(request) ?? performance.now())
  server.on('request', track)
  // With a listener here node leaves the answer to it (its own is a bare 417). The body goes
  // unread, settled as every refused body is: a small one drained so the connection stays, a
  // larger one answered with `Connection: close` (node would read all of it after the answer).
  server.on('checkExpectation', (request: IncomingMessage, response: ServerResponse) => {
    track(request, response)
    const expect = String(request.headers.expect).slice(0, 100)
    const message = `Expect: ${JSON.stringify(expect)} cannot be met; this server meets only Expect: 100-continue. Send the request without it`
    const { body, headers, requestId } = refusalAnswer(codes[417], message, corsOf(originOf(request)))
    void settleRequestBody(request, response, 0).then(() => {
      if (response.headersSent || response.destroyed) return
      response.writeHead(417, Object.fromEntries(headers)).end(body)
      told({
        status: 417,
        code: codes[417],
        message,
        requestId,
        request: headOf(request),
        durationMs: sinceArrival(request),
      })
    })
  })
  // Node answers a request pipelined past `maxRequestsPerSocket` itself, right after its
  // `dropRequest` event, which gives the request but not the response node made for it. That
  // response started just before, on the same turn: the last one started is the dropped
  // request's. Should node's channel go, none is found and node's own bare 503 goes out, as
  // before (the 503 tests then fail).
  let startedRequest: IncomingMessage | undefined
  let startedResponse: ServerResponse | undefined
  onRequestStart(server, (request, response) => {
    startedRequest = request
    startedResponse = response
  })
  lingerAfterClosingAnswers(server)
  const perSocket = options.requestsPerSocketSetting ?? 'maxRequestsPerSocket'
  server.on('dropRequest', (request: IncomingMessage) => {
    const response = startedRequest === request ? startedResponse : undefined
    startedRequest = undefined
    startedResponse = undefined
    if (response === undefined || response.headersSent) return
    track(request, response)
    const carried = server.maxRequestsPerSocket === 1 ? '1 request' : `${server.maxRequestsPerSocket} requests`
    const message = `This connection has carried the ${carried} it may (${perSocket}), so this one was not handled; send it again on a new connection`
    const { body, headers, requestId } = refusalAnswer(codes[503], message, corsOf(originOf(request)))
    for (const [name, value] of headers) response.setHeader(name, value)
    told({
      status: 503,
      code: codes[503],
      message,
      requestId,
      request: headOf(request),
      durationMs: sinceArrival(request),
    })
    // Node's own `writeHead(503)` and `end()` follow: the head carries the headers set here (and
    // node's `Connection: close`), the end this body.
    const end = response.end
    response.end = (() => end.call(response, body, 'utf8')) as typeof response.end
  })
  // Connections whose refusal is under way: node's parser refuses each further chunk they send.
  const refusing = new WeakSet<Duplex>()
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET') {
      socket.destroy()
      return
    }
    if (lingerOn(socket) || refusing.has(socket)) return
    if (!socket.writable) {
      socket.destroy()
      return
    }
    refusing.add(socket)
    const answers = () => [...(started.get(socket) ?? [])]
    // Taken now: answers pipelined before the refused bytes, done below, are not what it waited for.
    const waiting = refusedArrival(socket, error, waitingSince.get(socket))
    // The refused request itself (its body came in wrong) with its answer already started: a
    // second head would corrupt that answer.
    const corrupting = () =>
      !socket.writable || answers().some(([response, request]) => !request.complete && response.headersSent)
    // The requests read in full before the refused bytes are answered first, in order, as
    // HTTP/1.1 pipelining asks; the refusal then closes the connection.
    const pending = answers()
      .filter(([, request]) => request.complete)
      .map(([response]) => once(response, 'close'))
    void Promise.all(pending).then(() => {
      if (corrupting()) {
        socket.destroy()
        return
      }
      const [status, message] = statusAndMessage(error, options.timeoutSettings)
      const requestId = crypto.randomUUID()
      const body = JSON.stringify(briqErrorEnvelope([{ code: codes[status], message, field: null }], requestId))
      // The refused request itself, its headers read: the one still coming in on this socket.
      const incomplete = answers().find(([, request]) => !request.complete)?.[1]
      let cors = ''
      for (const [name, value] of Object.entries(corsOf(refusedRequestOrigin(error, incomplete)))) {
        if (SAFE_HEADER_NAME.test(name) && SAFE_HEADER_VALUE.test(value)) cors += `${name}: ${value}\r\n`
      }
      const answer =
        `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Cache-Control: no-store\r\nX-Request-Id: ${requestId}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `${cors}Connection: close\r\n\r\n${body}`
      // The connection closes after it, as node's default closes it; what the client still sends
      // is read and dropped first, so no reset erases the answer. A request whose body timed out
      // is still with its handler, and the parser, which a timeout leaves going, would give it
      // the rest of that body: a request told 408 would be acted on (RFC 9112, "Tear-down": no
      // request after a "close" is handled). So the parser lets go of it first; where it cannot,
      // the connection closes as soon as the answer is out.
      const cutLoose =
        incomplete === undefined || error.code !== 'ERR_HTTP_REQUEST_TIMEOUT' || letGoOfBody(socket, incomplete)
      if (cutLoose) answerAndLinger(socket, answer)
      else socket.end(answer, () => socket.destroy())
      told({
        status,
        code: codes[status],
        message,
        requestId,
        request: headOf(incomplete),
        ...(typeof error.code === 'string' ? { parserError: error.code } : {}),
        durationMs: incomplete === undefined ? msSince(waiting) : sinceArrival(incomplete),
      })
    })
  })
}
