import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { onEveryRequest } from './every-request.ts'

/** How many connections one of the kit's node:http servers holds, and how long each is reused. */
export interface ServerConnectionLimits {
  /**
   * Connections open at once. Default `DEFAULT_MAX_CONNECTIONS`. Past it a new connection is
   * closed unanswered, and those with no request in flight (nothing sent yet, a head still
   * coming, kept alive between requests) are closed to make room: a client that connects and
   * dawdles cannot keep the server full, while a request being received or answered is never cut.
   */
  maxConnections?: number | undefined
  /**
   * Requests one kept-alive connection may carry. Default `DEFAULT_MAX_REQUESTS_PER_SOCKET`.
   * The last one's answer says `Connection: close`; a request pipelined past it is answered 503.
   */
  maxRequestsPerSocket?: number | undefined
}

/**
 * 1024 connections at once (node's own: no limit). Each costs about 20 KB and a file descriptor;
 * a browser opens 6 per origin, core's client in Node one per request in flight, so a mock taking
 * 500 sends at once, or a proxy serving a few hundred staff, stays well inside it.
 */
export const DEFAULT_MAX_CONNECTIONS = 1024
/** 1000 requests per kept-alive connection (node's own: no limit), nginx's `keepalive_requests`. */
export const DEFAULT_MAX_REQUESTS_PER_SOCKET = 1000

/** What `maxConnections` and `maxRequestsPerSocket` take, as an error sentence says it. */
export const CONNECTION_LIMIT_WORDS = 'a whole number from 1 to 1000000'

/** A value `maxConnections` or `maxRequestsPerSocket` takes. */
export const isConnectionLimit = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= 1_000_000

function limit(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback
  if (!isConnectionLimit(value)) throw new TypeError(`${name} must be ${CONNECTION_LIMIT_WORDS}; got ${value}.`)
  return value
}

/**
 * The connection limits `limitConnections` would set, checked: throws a `TypeError` for a value
 * that is not a whole number from 1 to 1 000 000.
 */
export function connectionLimits(limits: ServerConnectionLimits = {}): Required<{
  [name in keyof ServerConnectionLimits]: number
}> {
  return {
    maxConnections: limit('maxConnections', limits.maxConnections, DEFAULT_MAX_CONNECTIONS),
    maxRequestsPerSocket: limit('maxRequestsPerSocket', limits.maxRequestsPerSocket, DEFAULT_MAX_REQUESTS_PER_SOCKET),
  }
}

/**
 * Bounds the connections a node:http server holds (`maxConnections`, default 1024) and the
 * requests each carries (`maxRequestsPerSocket`, default 1000). Node's own server holds any
 * number, so clients that open connections and send nothing, or a header a byte at a time, use up
 * the process's memory and file descriptors (which its calls to Briq need too) until their
 * deadlines pass. When full, a new connection is closed unanswered and every connection with no
 * request in flight (silent, its head still coming, kept alive between requests) is closed, at
 * most once per turn of the event loop, so a client that only holds sockets cannot keep others
 * out for its deadlines; a request being received or answered is never cut. `boundServer` wires it with the kit's other bounds.
 * Throws a `TypeError` for a limit `connectionLimits` refuses.
 *
 * @example
 * const server = createServer(serverTimeoutOptions(), handler)
 * limitConnections(server, { maxConnections: 4096 })
 */
export function limitConnections(server: Server, limits: ServerConnectionLimits = {}): void {
  const { maxConnections, maxRequestsPerSocket } = connectionLimits(limits)
  server.maxConnections = maxConnections
  server.maxRequestsPerSocket = maxRequestsPerSocket
  // Requests each connection has in flight: one with none holds the socket and nothing else
  // (silent, a head still coming, kept alive between requests). Node's closeIdleConnections
  // closes only the last kind, so a client dribbling heads would keep the server full.
  const inFlight = new Map<Socket, number>()
  server.on('connection', (socket: Socket) => {
    inFlight.set(socket, 0)
    socket.once('close', () => inFlight.delete(socket))
  })
  // Node's own refusals too: a 417 whose body is being drained is a request being received.
  onEveryRequest(server, (request: IncomingMessage, response: ServerResponse) => {
    const { socket } = request
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1)
    response.once('close', () => {
      const count = inFlight.get(socket)
      if (count !== undefined) inFlight.set(socket, count - 1)
    })
  })
  // A burst of refused connections arrives in one turn: one sweep serves them all.
  let sweeping = false
  server.on('drop', () => {
    if (sweeping) return
    sweeping = true
    setImmediate(() => {
      sweeping = false
      for (const [socket, count] of inFlight) if (count === 0) socket.destroy()
    })
  })
}

/**
 * A `drop` listener for a bin: says, on the first refused connection and then at most once every
 * `everyMs` (default 60 s), how many were refused and which setting raises the limit, so an
 * operator learns the server is full without a line per connection.
 */
export function droppedConnectionsNotice(
  server: Server,
  print: (line: string) => void,
  setting: string,
  everyMs = 60_000,
): void {
  let refused = 0
  let lastSaid = Number.NEGATIVE_INFINITY
  server.on('drop', () => {
    refused++
    const now = Date.now()
    if (now - lastSaid < everyMs) return
    lastSaid = now
    print(
      `${server.maxConnections} connections are open, the most ${setting} allows: refused ${refused} new one${refused === 1 ? '' : 's'} (idle ones are closed to make room)`,
    )
    refused = 0
  })
}
