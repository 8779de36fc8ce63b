import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'

const WAITING = Symbol('waitingRequests')
type Connection = Socket & { [WAITING]?: (() => void)[] | undefined }

// The next request of the connection, once the one before it has been answered (or the
// connection has gone, when nothing waiting is left to answer).
function next(socket: Connection): void {
  const waiting = socket[WAITING]
  const run = socket.destroyed ? undefined : waiting?.shift()
  if (run === undefined) socket[WAITING] = undefined
  else run()
}

/**
 * Wraps a node:http request handler so that the requests of one connection are handled one at
 * a time: a request pipelined behind another starts once the answer before it has gone out.
 * Node parses every request of a chunk it reads (a 64 KB write holds about a thousand GETs)
 * and hands each to the handler at once; its answers must go out in order anyway, so each was
 * built and held in memory until its turn, and a proxy forwarded them all upstream together.
 * A client that stops reading holds up only its own connection.
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
      res.once('close', () => next(socket))
      handler(req, res)
    }
    const waiting = socket[WAITING]
    if (waiting === undefined) {
      socket[WAITING] = []
      run()
    } else waiting.push(run)
  }
}
