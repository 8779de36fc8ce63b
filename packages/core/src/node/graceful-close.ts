import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { onEveryRequest } from './every-request.ts'
import { lingers } from './linger-after-answer.ts'

/** Closes a server as `closeGracefully` says; wired by `gracefulClose` before the server listens. */
export type CloseGracefully = (graceMs: number) => Promise<void>

/**
 * Answers a request still unanswered when the grace runs out, just before its connection is
 * cut: what became of it, so the client is told rather than left with a reset connection. It
 * must write the whole answer at once (headers and body) or leave the response alone.
 * `receivedAt` is the `performance.now()` at which the request's head was read.
 */
export type LastWord = (request: IncomingMessage, response: ServerResponse, receivedAt: number) => void

// How long the last words have to go out before every connection is cut.
const LAST_WORD_MS = 500
// How long after that a connection reading the rest of an upload may go on (core's linger
// allows LINGER_MS): the default grace, the last words and this stay within Docker's 10 s
// between SIGTERM and SIGKILL (https://docs.docker.com/reference/cli/docker/container/stop/).
const STOP_LINGER_MS = 1000

interface InFlight {
  request: IncomingMessage
  receivedAt: number
}

/**
 * Wires a graceful close into a node:http server (call it before it takes requests): the
 * returned function stops accepting connections, closes every connection with no request in
 * flight (silent, kept alive between requests), lets each request in flight (node's own refusals
 * among them: a 417 waits for its body to be drained) finish with `Connection: close` on the
 * last answer of its connection, then closes the connection; past `graceMs` each request still
 * unanswered gets `lastWord` (if given; not one on a connection whose last answer is out, such
 * as `answerClientErrors`' 408 to a body still arriving, which lingers), a connection whose
 * requests are not all answered then is cut, and half a second later whatever is left is
 * closed, but for a connection reading the rest of an upload after its last answer (`lingers`),
 * left a second more. Node's own `server.close()` keeps a busy connection open
 * after its answer (a kept-alive client may send more) and waits for silent ones to time out,
 * while `closeAllConnections()` cuts a request in flight (a send the proxy forwarded to Briq)
 * before its answer: the client then cannot know what became of it. A `graceMs` of 0 ends the
 * grace at once, also when a graceful close is already under way (a second signal). Resolves
 * once every connection has closed. The `briq-proxy` and `briq-mock` bins stop so on SIGTERM.
 *
 * @example
 * const closeGracefully = gracefulClose(server, (req, res) => res.writeHead(503).end())
 * process.once('SIGTERM', () => void closeGracefully(8000))
 */
export function gracefulClose(server: Server, lastWord?: LastWord): CloseGracefully {
  let closing = false
  const inFlight = new Map<Socket, Map<ServerResponse, InFlight>>()
  // The answers this close marked `Connection: close`.
  const marked = new WeakSet<ServerResponse>()
  server.on('connection', (socket: Socket) => {
    inFlight.set(socket, new Map())
    socket.once('close', () => inFlight.delete(socket))
  })
  // Only the last answer of a connection says it closes: node sends nothing after an answer that
  // does, so a request pipelined behind it would never hear its own.
  const closeAfterLast = (answers: Map<ServerResponse, InFlight>) => {
    const last = [...answers.keys()].at(-1)
    for (const response of answers.keys()) {
      if (response.headersSent) continue
      if (response === last) {
        response.setHeader('Connection', 'close')
        marked.add(response)
      } else if (marked.delete(response)) response.removeHeader('Connection')
    }
  }
  const track = (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket as Socket
    const answers = inFlight.get(socket)
    if (answers === undefined) return
    answers.set(response, { request, receivedAt: performance.now() })
    response.once('close', () => {
      answers.delete(response)
      // An answer whose head was out before the close began kept the connection alive (node
      // detaches the socket before 'finish', so it is closed here, once nothing else is in flight).
      if (closing && answers.size === 0) socket.destroySoon()
    })
    if (closing) closeAfterLast(answers)
  }
  // Node's own refusals too (an Expect it does not meet: its body is drained before the 417).
  onEveryRequest(server, track)
  let graceEnded = false
  const graceOver = () => {
    if (graceEnded) {
      server.closeAllConnections()
      return
    }
    graceEnded = true
    for (const [socket, answers] of inFlight) {
      // Its last answer is out already (a refusal of node's parser, such as a 408 to a body still
      // arriving): nothing more may go on it, and it lingers to its end, below.
      if (socket.writableEnded) continue
      for (const [response, { request, receivedAt }] of answers) {
        if (!lastWord || response.headersSent || response.destroyed) continue
        try {
          lastWord(request, response, receivedAt)
        } catch {
          // A last word that failed leaves the connection to be cut, as without one.
        }
      }
      // What cannot be answered (a file half sent, a request no last word was given) is cut now;
      // a connection whose answers are all written closes once they are out.
      if ([...answers.keys()].some((response) => !response.writableEnded)) socket.destroy()
    }
    // A connection whose last answer is out and that reads the rest of an upload is left to end
    // (within LINGER_MS): cut, it would send a reset that may erase that answer.
    setTimeout(() => {
      for (const socket of inFlight.keys()) if (!lingers(socket)) socket.destroy()
      setTimeout(() => {
        for (const socket of inFlight.keys()) socket.destroy()
      }, STOP_LINGER_MS).unref()
    }, LAST_WORD_MS).unref()
  }
  let closed: Promise<void> | undefined
  let timer: NodeJS.Timeout | undefined
  return (graceMs) => {
    // Called again with no grace (a second Ctrl-C): the grace ends now.
    if (closed) {
      if (graceMs === 0) {
        clearTimeout(timer)
        graceOver()
      }
      return closed
    }
    closing = true
    closed = new Promise<void>((resolve) => {
      server.close(() => {
        clearTimeout(timer)
        resolve()
      })
    })
    for (const [socket, answers] of inFlight) {
      if (answers.size === 0) socket.destroy()
      else closeAfterLast(answers)
    }
    if (graceMs === 0) graceOver()
    else timer = setTimeout(graceOver, graceMs)
    return closed
  }
}
