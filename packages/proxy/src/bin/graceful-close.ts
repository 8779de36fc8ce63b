import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'

/** Closes a server as `closeGracefully` says; wired by `gracefulClose` before the server listens. */
export type CloseGracefully = (graceMs: number) => Promise<void>

/**
 * Wires a graceful close into a node:http server (call it before it takes requests): the
 * returned function stops accepting connections, closes every connection with no request in
 * flight (silent, kept alive between requests), lets each request in flight finish with
 * `Connection: close` on its answer, then closes its connection; past `graceMs` it closes
 * whatever is left. Node's own `server.close()` keeps a busy connection open after its answer (a
 * kept-alive client may send more) and waits for silent ones to time out, while
 * `closeAllConnections()` cuts a send forwarded to Briq before its answer comes back: the client
 * then cannot know whether it went. A `graceMs` of 0 closes every connection at once, also when
 * a graceful close is already under way. Resolves once every connection has closed.
 */
export function gracefulClose(server: Server): CloseGracefully {
  let closing = false
  const inFlight = new Map<Socket, Set<ServerResponse>>()
  server.on('connection', (socket: Socket) => {
    inFlight.set(socket, new Set())
    socket.once('close', () => inFlight.delete(socket))
  })
  // An answer not begun yet says the connection closes after it, and node then closes it.
  const finishLast = (response: ServerResponse) => {
    if (!response.headersSent) response.setHeader('Connection', 'close')
  }
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket as Socket
    const answers = inFlight.get(socket)
    answers?.add(response)
    response.once('close', () => {
      answers?.delete(response)
      // An answer whose head was out before the close began kept the connection alive (node
      // detaches the socket before 'finish', so it is closed here, once nothing else is in flight).
      if (closing && answers?.size === 0) socket.destroySoon()
    })
    if (closing) finishLast(response)
  })
  let closed: Promise<void> | undefined
  return (graceMs) => {
    // Called again with no grace (a second Ctrl-C): what the first still waits for is cut.
    if (closed) {
      if (graceMs === 0) server.closeAllConnections()
      return closed
    }
    closing = true
    closed = new Promise<void>((resolve) => {
      const timer = graceMs > 0 ? setTimeout(() => server.closeAllConnections(), graceMs) : undefined
      server.close(() => {
        clearTimeout(timer)
        resolve()
      })
    })
    if (graceMs === 0) server.closeAllConnections()
    else {
      for (const [socket, answers] of inFlight) {
        if (answers.size === 0) socket.destroy()
        else for (const response of answers) finishLast(response)
      }
    }
    return closed
  }
}
