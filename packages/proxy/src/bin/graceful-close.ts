import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'

/** Closes a server as `closeGracefully` says; wired by `gracefulClose` before the server listens. */
export type CloseGracefully = (graceMs: number) => Promise<void>

/**
 * Answers a request still unanswered when the grace runs out, just before its connection is
 * cut: what became of it, so the client is told rather than left with a reset connection. It
 * must write the whole answer at once (headers and body) or leave the response alone.
 */
export type LastWord = (request: IncomingMessage, response: ServerResponse) => void

// How long the last words have to go out before every connection is cut.
const LAST_WORD_MS = 500

/**
 * Wires a graceful close into a node:http server (call it before it takes requests): the
 * returned function stops accepting connections, closes every connection with no request in
 * flight (silent, kept alive between requests), lets each request in flight finish with
 * `Connection: close` on its answer, then closes its connection; past `graceMs` each request
 * still unanswered gets `lastWord` (if given), and half a second later whatever is left is
 * closed. Node's own `server.close()` keeps a busy connection open after its answer (a
 * kept-alive client may send more) and waits for silent ones to time out, while
 * `closeAllConnections()` cuts a send forwarded to Briq before its answer comes back: the client
 * then cannot know whether it went. A `graceMs` of 0 closes every connection at once, also when
 * a graceful close is already under way. Resolves once every connection has closed.
 */
export function gracefulClose(server: Server, lastWord?: LastWord): CloseGracefully {
  let closing = false
  const inFlight = new Map<Socket, Map<ServerResponse, IncomingMessage>>()
  server.on('connection', (socket: Socket) => {
    inFlight.set(socket, new Map())
    socket.once('close', () => inFlight.delete(socket))
  })
  // An answer not begun yet says the connection closes after it, and node then closes it.
  const finishLast = (response: ServerResponse) => {
    if (!response.headersSent) response.setHeader('Connection', 'close')
  }
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket as Socket
    const answers = inFlight.get(socket)
    answers?.set(response, request)
    response.once('close', () => {
      answers?.delete(response)
      // An answer whose head was out before the close began kept the connection alive (node
      // detaches the socket before 'finish', so it is closed here, once nothing else is in flight).
      if (closing && answers?.size === 0) socket.destroySoon()
    })
    if (closing) finishLast(response)
  })
  const graceOver = () => {
    if (lastWord) {
      for (const answers of inFlight.values()) {
        for (const [response, request] of answers) {
          if (response.headersSent || response.destroyed) continue
          try {
            lastWord(request, response)
          } catch {
            // A last word that failed leaves the connection to be cut, as without one.
          }
        }
      }
    }
    setTimeout(() => server.closeAllConnections(), lastWord ? LAST_WORD_MS : 0).unref()
  }
  let closed: Promise<void> | undefined
  return (graceMs) => {
    // Called again with no grace (a second Ctrl-C): what the first still waits for is cut.
    if (closed) {
      if (graceMs === 0) server.closeAllConnections()
      return closed
    }
    closing = true
    closed = new Promise<void>((resolve) => {
      const timer = graceMs > 0 ? setTimeout(graceOver, graceMs) : undefined
      server.close(() => {
        clearTimeout(timer)
        resolve()
      })
    })
    if (graceMs === 0) server.closeAllConnections()
    else {
      for (const [socket, answers] of inFlight) {
        if (answers.size === 0) socket.destroy()
        else for (const response of answers.keys()) finishLast(response)
      }
    }
    return closed
  }
}
