import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'

const WAITING = Symbol('waitingRequests')
const HELD = Symbol('heldForWaiting')
// Node's own flag for a connection it stopped reading: while it is set, nothing resumes the
// socket behind its back (a request body being read resumes any other paused socket), and
// node pauses the parser after the chunk in hand. Its server sets and clears it the same way.
type Connection = Socket & {
  [WAITING]?: (() => void)[] | undefined
  [HELD]?: boolean
  _paused?: boolean
  parser?: { resume(): void } | null
}

// Requests waiting on one connection before it is no longer read: a client pipelining more
// (one write of a thousand GETs) waits in its own socket buffers, not in this server's memory.
const MAX_WAITING = 32

function stopReading(socket: Connection): void {
  socket._paused = true
  socket.pause()
}

function hold(socket: Connection): void {
  // Only node:http's own connections, which read through its parser (an HTTP/2 compatibility
  // socket refuses pause()).
  if (!socket.parser) return
  // Node's own drain handler (registered first) resumes a connection it finds paused once a
  // large answer has gone out, held here or not: stopped again right after it. Once a socket.
  if (socket[HELD] === undefined) {
    socket.on('drain', () => {
      if (socket[HELD]) stopReading(socket)
    })
  }
  socket[HELD] = true
  stopReading(socket)
}

function release(socket: Connection): void {
  socket[HELD] = false
  if (!socket._paused || socket.destroyed) return
  socket._paused = false
  socket.parser?.resume()
  socket.resume()
}

// The next request of the connection, once the one before it has been answered (or the
// connection has gone, when nothing waiting is left to answer).
function next(socket: Connection): void {
  const waiting = socket[WAITING]
  const run = socket.destroyed ? undefined : waiting?.shift()
  if (socket[HELD] && (waiting?.length ?? 0) <= MAX_WAITING / 2) release(socket)
  if (run === undefined) socket[WAITING] = undefined
  else run()
}

/**
 * Wraps a node:http request handler so that the requests of one connection are handled one at
 * a time: a request pipelined behind another starts once the answer before it has gone out.
 * Node parses every request of a chunk it reads (a 64 KB write holds about a thousand GETs)
 * and hands each to the handler at once; its answers must go out in order anyway, so each was
 * built and held in memory until its turn, and a proxy forwarded them all upstream together.
 * A client that stops reading holds up only its own connection; a request answered before its
 * turn came (`gracefulClose`'s last word) is not handled. Past 32 requests waiting, the
 * connection is no longer read until half of them are answered: node stops reading only once
 * answers back up, and answers held for their turn never do, so a client pipelining without
 * pause made the server keep every request it sent (24 MB of GETs took 650 MB).
 *
 * @example
 * createServer(serverTimeoutOptions(), inTurnPerConnection(handler))
 */
export function inTurnPerConnection<Request extends IncomingMessage, Response extends ServerResponse>(
  handler: (req: Request, res: Response) => void,
): (req: Request, res: Response) => void {
  return (req, res) => {
    const socket = req.socket as Connection
    const run = () => {
      // Answered before its turn came (a stopping server's last word): nothing is left to handle.
      if (res.writableEnded) {
        next(socket)
        return
      }
      res.once('close', () => next(socket))
      handler(req, res)
    }
    const waiting = socket[WAITING]
    if (waiting === undefined) {
      socket[WAITING] = []
      run()
    } else if (waiting.push(run) >= MAX_WAITING && !socket[HELD]) hold(socket)
  }
}
