import type { IncomingMessage, Server } from 'node:http'
import type { Socket } from 'node:net'
import type { Duplex } from 'node:stream'
import { MAX_DRAIN_BYTES } from '../server/read-body-with-limit.ts'

/** How long a refused client has to stop sending once its answer is out. */
export const LINGER_MS = 2000

// The bytes read from each lingering connection when its answer went out.
const lingering = new WeakMap<Duplex, number>()
// Connections whose last answer is decided: node's parser reads on while they linger, and a
// request it completes then is not handled (RFC 9112, "Tear-down": none after a "close" is).
const closing = new WeakSet<Duplex>()

const bytesRead = (socket: Duplex) => (socket as Partial<Socket>).bytesRead ?? 0

// Once the write side is closed: what the client still sends is read and dropped until it ends
// its side, at most `MAX_DRAIN_BYTES` more or `LINGER_MS`, and the connection then closes.
function lingerOnceEnded(socket: Duplex): void {
  const close = () => socket.destroy()
  lingering.set(socket, bytesRead(socket))
  if (socket.readableEnded) {
    close()
    return
  }
  socket.once('end', close)
  socket.on('data', () => lingerOn(socket))
  const timer = setTimeout(close, LINGER_MS)
  timer.unref()
  socket.once('close', () => clearTimeout(timer))
}

/**
 * Sends `answer` as the last bytes of a connection and closes it without a reset: the write side
 * is closed first, and what the client is still sending (the rest of a head too large, or too
 * slow) is read and dropped until it ends its side, at most `MAX_DRAIN_BYTES` more or
 * `LINGER_MS`, before the connection closes. Closed with bytes unread, or on bytes still coming,
 * the connection sends a reset, which may erase the answer before the client reads it (RFC 9112,
 * "Tear-down"): Windows clients lose it so. Node's parser, already refusing the connection, reads
 * on and refuses each further chunk (`clientError` again): pass those to `lingerOn`. After a
 * timeout it parses on instead, and a request it completes meanwhile reaches no handler of a
 * server `lingerAfterClosingAnswers` wired.
 */
export function answerAndLinger(socket: Duplex, answer: string): void {
  closing.add(socket)
  socket.end(answer, () => lingerOnceEnded(socket))
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

// The events in which node gives a handler a request it parsed.
const REQUEST_EVENTS: ReadonlySet<string | symbol> = new Set([
  'request',
  'checkContinue',
  'checkExpectation',
  'dropRequest',
])

// Node emits every request it parses, and a listener cannot keep the others (the handler among
// them) from it: the server's emit leaves out those on a connection that is closing, their
// bodies read and dropped.
function ignoreRequestsWhileClosing(server: Server): void {
  const emit = server.emit
  server.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    const request = args[0] as IncomingMessage | undefined
    if (REQUEST_EVENTS.has(event) && request !== undefined && closing.has(request.socket)) {
      request.resume()
      return true
    }
    return Reflect.apply(emit, this, [event, ...args])
  } as Server['emit']
}

/**
 * Whether `socket` has had its last answer and is reading what the client still sends before it
 * closes (bounded by `MAX_DRAIN_BYTES` and `LINGER_MS`): a server cutting its connections on
 * stop leaves it to end, so no reset erases that answer.
 */
export function lingers(socket: Duplex): boolean {
  return lingering.has(socket) && !socket.destroyed
}

/**
 * Makes every connection of `server` that node closes after an answer (one saying
 * `Connection: close`: a declared length refused 413, a body too large to drain, a request a
 * stopping server answers) linger as `answerAndLinger` does: the rest of the request's body is
 * read and dropped, within the same bounds, so no reset erases the answer. Node closes such a
 * connection with `destroySoon()` once the answer is out, with the body's rest still unread.
 * A request that comes whole on such a connection meanwhile (pipelined behind the answer) is
 * dropped unhandled, as node's own close would have dropped it.
 */
export function lingerAfterClosingAnswers(server: Server): void {
  ignoreRequestsWhileClosing(server)
  // The request each connection carries last, whose body may still be coming.
  const latest = new WeakMap<Duplex, IncomingMessage>()
  server.on('request', (request: IncomingMessage) => latest.set(request.socket, request))
  server.on('connection', (socket: Socket) => {
    socket.destroySoon = () => {
      if (lingering.has(socket) || socket.destroyed) return
      closing.add(socket)
      const request = latest.get(socket)
      // Node leaves a body a handler began reading paused; it is dropped, not buffered.
      if (request !== undefined && !request.readableEnded) request.resume()
      if (socket.writable) socket.end()
      if (socket.writableFinished) lingerOnceEnded(socket)
      else socket.once('finish', () => lingerOnceEnded(socket))
    }
  })
}
