import type { IncomingMessage, ServerResponse } from 'node:http'
import { MAX_DRAIN_BYTES } from '../server/read-body-with-limit.ts'
import { awaitsContinue } from './continue-on-read.ts'

/** Reads and discards up to `limit` bytes; true when the body ended within them. */
function drain(req: IncomingMessage, limit: number): Promise<boolean> {
  return new Promise((resolve) => {
    let seen = 0
    const finish = (ended: boolean) => {
      req.off('data', counted)
      req.off('end', onEnd)
      req.off('close', onClose)
      req.off('error', onClose)
      if (!ended) req.pause()
      resolve(ended)
    }
    function counted(chunk: Buffer) {
      seen += chunk.byteLength
      if (seen > limit) finish(false)
    }
    const onEnd = () => finish(true)
    const onClose = () => finish(req.readableEnded)
    req.on('data', counted)
    req.on('end', onEnd)
    req.on('close', onClose)
    req.on('error', onClose)
    req.resume()
  })
}

/**
 * Before an answer is written: a request body the handler did not read to the end (refused
 * as too large, or a route that takes none) would otherwise stay on the socket, where the
 * next request on the keep-alive connection runs into it (the client sees `ECONNRESET`). So
 * the rest is drained when it is small, and otherwise the answer says `Connection: close`
 * and Node closes the socket once it is sent. A client that asked for `100 Continue` and was
 * never sent it (`continueOnRead`) has sent no body: its connection is closed after the answer.
 * So is one whose declared length is answered 413 (`status`, the answer's): at once, not after
 * waiting for a body that may never come, unless that body has already arrived whole.
 */
export async function settleRequestBody(
  req: IncomingMessage,
  res: ServerResponse,
  bytesRead: number,
  status?: number,
): Promise<void> {
  if (req.readableEnded || req.destroyed) return
  // A client still waiting for 100 Continue has sent no body to drain; it may send it after
  // the answer all the same, so the connection ends with it.
  if (awaitsContinue(req)) {
    if (!res.headersSent) res.setHeader('Connection', 'close')
    return
  }
  if (req.complete) {
    // Everything has arrived; only the parsed remainder is buffered, so discard it.
    req.resume()
    return
  }
  const declared = Number(req.headers['content-length'])
  // A declared length refused as too large (413) is refused at once: the client may never send
  // the body (the answer would wait for the request timeout, a 408), and one it does send is
  // not worth reading, so the connection ends (RFC 9110, "413 Content Too Large").
  if (status === 413 && Number.isSafeInteger(declared)) {
    if (!res.headersSent) res.setHeader('Connection', 'close')
    return
  }
  // A declared remainder over the cap is not worth reading; a chunked one is read up to the cap.
  // So a client that overshoots the body limit by a little keeps its keep-alive connection.
  const tooMuch = Number.isSafeInteger(declared) && declared - bytesRead > MAX_DRAIN_BYTES
  const ended = !tooMuch && (await drain(req, MAX_DRAIN_BYTES))
  if (!ended && !res.headersSent) res.setHeader('Connection', 'close')
}
