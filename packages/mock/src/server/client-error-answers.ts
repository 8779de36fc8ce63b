import { maxHeaderSize, type Server, type ServerResponse, STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'
import { errorEnvelopeResponse } from '../http/responses.ts'

interface ClientErrorAnswer {
  status: number
  code: string
  message: string
}

// The statuses node answers a request it could not take with (node:http's own `clientError`
// default), said in Briq's envelope like every other answer of the mock.
function answerTo(error: NodeJS.ErrnoException): ClientErrorAnswer {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return {
        status: 431,
        code: 'HEADERS_TOO_LARGE',
        message: `The request's headers are larger than ${maxHeaderSize} bytes`,
      }
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return {
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message: "The request's chunk extensions are too large",
      }
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return {
        status: 408,
        code: 'REQUEST_TIMEOUT',
        message: 'The request was not received in time (--request-timeout, --headers-timeout)',
      }
    default:
      return { status: 400, code: 'BAD_REQUEST', message: 'The request is not valid HTTP/1.1' }
  }
}

/**
 * Answers what node's HTTP parser refuses (a request that is not HTTP, headers past node's
 * limit, a request not received within the deadlines) in Briq's envelope with a JSON
 * `Content-Type`, where node's default sends the status line alone. As node does, nothing is
 * written on a connection an answer has already started on, and the connection then closes.
 */
export function answerClientErrorsInEnvelope(server: Server): void {
  // The answers under way on each connection whose head is out: a second head would corrupt them.
  const started = new WeakMap<Duplex, Set<ServerResponse>>()
  server.on('request', (request, response: ServerResponse) => {
    const socket = request.socket
    const answers = started.get(socket) ?? new Set()
    started.set(socket, answers)
    answers.add(response)
    response.once('close', () => answers.delete(response))
  })
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const busy = [...(started.get(socket) ?? [])].some((response) => response.headersSent)
    if (error.code === 'ECONNRESET' || !socket.writable || busy) {
      socket.destroy()
      return
    }
    const answer = answerTo(error)
    const reply = errorEnvelopeResponse(
      answer.status,
      [{ code: answer.code, message: answer.message, field: null }],
      crypto.randomUUID(),
    )
    const head = Object.entries({ ...reply.headers, connection: 'close' })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('')
    // Closed once written, as node's default does: the rest of what the client sent goes unread.
    socket.end(`HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}\r\n${head}\r\n${reply.text}`, () =>
      socket.destroy(),
    )
  })
}
