import type { Socket } from 'node:net'
import type { Duplex } from 'node:stream'
import { MAX_DRAIN_BYTES } from '../server/read-body-with-limit.ts'

/** How long a refused client has to stop sending once its answer is out. */
export const LINGER_MS = 2000

// The bytes read from each lingering connection when its answer went out.
const lingering = new WeakMap<Duplex, number>()

const bytesRead = (socket: Duplex) => (socket as Partial<Socket>).bytesRead ?? 0

/**
 * Sends `answer` as the last bytes of a connection and closes it without a reset: the write side
 * is closed first, and what the client is still sending (the rest of a head too large, a body
 * after a timeout) is read and dropped until it ends its side, at most `MAX_DRAIN_BYTES` more or
 * `LINGER_MS`, before the connection closes. Closed with bytes unread, or on bytes still coming,
 * the connection sends a reset, which may erase the answer before the client reads it (RFC 9112,
 * "Tear-down"): Windows clients lose it so. Node's parser, already refusing the connection, reads
 * on and refuses each further chunk (`clientError` again): pass those to `lingerOn`.
 */
export function answerAndLinger(socket: Duplex, answer: string): void {
  const close = () => socket.destroy()
  socket.end(answer, () => {
    lingering.set(socket, bytesRead(socket))
    if (socket.readableEnded) close()
    else socket.once('end', close)
  })
  const timer = setTimeout(close, LINGER_MS)
  timer.unref()
  socket.once('close', () => clearTimeout(timer))
}

/**
 * Whether what node refused on `socket` is more of what a client sends after its answer
 * (`answerAndLinger`), dropped; the connection is closed once past the cap.
 */
export function lingerOn(socket: Duplex): boolean {
  const from = lingering.get(socket)
  if (from === undefined) return false
  if (bytesRead(socket) - from > MAX_DRAIN_BYTES) socket.destroy()
  return true
}
