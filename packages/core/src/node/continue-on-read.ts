import type { IncomingMessage, Server, ServerResponse } from 'node:http'

const WAITING = Symbol('continueWith')
type Waiting = IncomingMessage & { [WAITING]?: ServerResponse | undefined }

/**
 * Has `server` answer a request sent with `Expect: 100-continue` only once its body is read:
 * node's `checkContinue` requests go to the server's `request` listeners as any other, and
 * `100 Continue` goes out as soon as anything starts reading the body (a `data` or `readable`
 * listener: the kit's capped readers, a body parser, `for await`). A body refused before it is
 * read (a declared `Content-Length` over the cap: 413; no key: 401) is refused without inviting
 * the client to upload it (RFC 9110, "Expect": a server may answer with a final status instead),
 * and the connection closes after the answer, since the client may send the body anyway.
 * Without it, node sends `100 Continue` for every such request before any handler sees it.
 * `boundServer` wires it with the kit's other bounds, which is what a host wants.
 *
 * @example
 * const server = createServer(toNodeHandler(proxy))
 * continueOnRead(server)
 */
export function continueOnRead(server: Server): void {
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    ;(req as Waiting)[WAITING] = res
    const onListener = (event: string | symbol) => {
      if (event !== 'data' && event !== 'readable') return
      req.off('newListener', onListener)
      inviteBody(req)
    }
    req.on('newListener', onListener)
    server.emit('request', req, res)
  })
}

/** Whether the client of `req` still waits for `100 Continue` before sending its body. */
export function awaitsContinue(req: IncomingMessage): boolean {
  return (req as Waiting)[WAITING] !== undefined
}

// Sends the 100 Continue the client waits for, once, as its body is about to be read.
function inviteBody(req: IncomingMessage): void {
  const res = (req as Waiting)[WAITING]
  if (res === undefined) return
  ;(req as Waiting)[WAITING] = undefined
  if (!res.headersSent && !res.destroyed) res.writeContinue()
}
