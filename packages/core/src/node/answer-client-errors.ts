import { once } from 'node:events'
import { type IncomingMessage, maxHeaderSize, type Server, type ServerResponse, STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'
import { briqErrorEnvelope } from '../contract/to-briq-errors.ts'
import { refusedRequestOrigin } from './refused-request-origin.ts'

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
}

/** Briq's codes for them, which the mock answers as. */
const BRIQ_CODES: ClientErrorCodes = {
  400: 'BAD_REQUEST',
  408: 'REQUEST_TIMEOUT',
  413: 'PAYLOAD_TOO_LARGE',
  431: 'HEADERS_TOO_LARGE',
}

/** What `answerClientErrors` says, and with which codes. */
export interface ClientErrorOptions {
  /** The codes (default Briq's: `BAD_REQUEST`, `REQUEST_TIMEOUT`, `PAYLOAD_TOO_LARGE`, `HEADERS_TOO_LARGE`). */
  codes?: ClientErrorCodes | undefined
  /** The settings a 408's message names, e.g. `--request-timeout, --headers-timeout`. */
  timeoutSettings: string
  /**
   * The CORS headers for the refused request's `Origin` (`undefined` when it had none, or its
   * head never came whole): those of an allowed origin, so a page on it reads the refusal where a
   * browser would hide it behind a network error. Default: none.
   */
  corsHeaders?: ((origin: string | undefined) => Readonly<Record<string, string>>) | undefined
}

// Header values safe to write into a raw head: no line breaks or other control characters.
const SAFE_HEADER_VALUE = /^[\t\x20-\x7e]*$/
const SAFE_HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

type ClientErrorStatus = keyof ClientErrorCodes

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

/**
 * Answers what node's HTTP parser refuses (a request that is not HTTP, headers past node's
 * limit, a request not received within the deadlines) in Briq's envelope with a JSON
 * `Content-Type`, a request id and `Cache-Control: no-store`, where node's default sends the
 * status line alone; the mock with Briq's codes, the proxy with its own. Requests pipelined
 * before the refused bytes are answered first, in order; nothing is written once the refused
 * request's own answer has started (a second head would corrupt it), and the connection then
 * closes, as node's default closes it.
 *
 * @example
 * answerClientErrors(server, { codes: { 400: 'PROXY_BAD_REQUEST', … }, timeoutSettings: 'PROXY_REQUEST_TIMEOUT_MS' })
 */
export function answerClientErrors(server: Server, options: ClientErrorOptions): void {
  const codes = options.codes ?? BRIQ_CODES
  // The answers under way on each connection, which go out before a refusal of what came after.
  const started = new WeakMap<Duplex, Map<ServerResponse, IncomingMessage>>()
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket
    const answers = started.get(socket) ?? new Map()
    started.set(socket, answers)
    answers.set(response, request)
    response.once('close', () => answers.delete(response))
  })
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy()
      return
    }
    const answers = () => [...(started.get(socket) ?? [])]
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
      if (options.corsHeaders) {
        for (const [name, value] of Object.entries(options.corsHeaders(refusedRequestOrigin(error, incomplete)))) {
          if (SAFE_HEADER_NAME.test(name) && SAFE_HEADER_VALUE.test(value)) cors += `${name}: ${value}\r\n`
        }
      }
      // Closed once written, as node's default does: the rest of what the client sent goes unread.
      socket.end(
        `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
          `Cache-Control: no-store\r\nX-Request-Id: ${requestId}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
          `${cors}Connection: close\r\n\r\n${body}`,
        () => socket.destroy(),
      )
    })
  })
}
