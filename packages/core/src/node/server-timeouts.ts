import type { Server, ServerOptions, ServerResponse } from 'node:http'
import { isTimeoutMs, TIMEOUT_MS_WORDS } from '../timer-limit.ts'
import type { ServerConnectionLimits } from './connection-limits.ts'

/** How long a client may take to send a request to one of the kit's node:http servers. */
export interface ServerTimeouts {
  /** Deadline for a request's headers, in ms. Default `DEFAULT_HEADERS_TIMEOUT_MS`. */
  headersTimeoutMs?: number | undefined
  /** Deadline for a whole request, headers and body, in ms. Default `DEFAULT_REQUEST_TIMEOUT_MS`. */
  requestTimeoutMs?: number | undefined
  /**
   * How long an answer being written may wait for a client that takes none of it, in ms, before
   * the connection closes. Default `DEFAULT_WRITE_TIMEOUT_MS`. Used by `boundStalledAnswers`.
   */
  writeTimeoutMs?: number | undefined
  /**
   * How long an idle kept-alive connection stays open for a client's next request, in ms, from
   * `KEEP_ALIVE_TIMEOUT_MS.min` to `.max`. Default `DEFAULT_KEEP_ALIVE_TIMEOUT_MS`.
   */
  keepAliveTimeoutMs?: number | undefined
}

/** 15 s for a request's headers (node's default is 60 s). */
export const DEFAULT_HEADERS_TIMEOUT_MS = 15_000
/** 30 s for a whole request; a send body is at most 64 KiB (node's default is 300 s). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000
/**
 * 30 s without a byte of an answer taken (node's default is no limit). Only a client that has
 * stopped reading meets it: a handler's own waits (the proxy's 15 s for Briq, the mock's latency
 * faults) come before its answer and are never timed.
 */
export const DEFAULT_WRITE_TIMEOUT_MS = 30_000

/** Node's own keep-alive idle time, 5 s: long enough for a page's next request, short enough to free an idle socket. */
export const DEFAULT_KEEP_ALIVE_TIMEOUT_MS = 5_000
/**
 * `keepAliveTimeoutMs` bounds: 1 s (less would close connections between a page's requests) to
 * 1 hour (past any load balancer's idle timeout: AWS ALB 60 s by default, up to 4000 s; Google
 * Cloud's 600 s).
 */
export const KEEP_ALIVE_TIMEOUT_MS = { min: 1_000, max: 3_600_000 } as const

function milliseconds(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback
  if (!isTimeoutMs(value)) {
    throw new TypeError(`${name} must be ${TIMEOUT_MS_WORDS}; got ${value}.`)
  }
  return value
}

/**
 * `node:http` `createServer` options that bound how long a client may take to send a request,
 * so one sending a body a byte at a time cannot hold a socket for node's default 5 minutes:
 * past the deadline node answers `408 Request Timeout` and closes the connection. Only the
 * receiving is timed; a handler still working on a complete request is not cut off. Headers
 * never get longer than the whole request. Throws a `TypeError` for a value that is not a whole
 * number of milliseconds a timer can hold. The idle time between two requests on a kept-alive
 * connection is `keepAliveTimeoutMs` (node's 5 s unless set). After creation, `boundServer(server, timeouts)`
 * checks these deadlines and adds the kit's other bounds. The connection limits of `ServerBounds`
 * are taken too and left to `boundServer`, so one object serves both calls.
 *
 * @example
 * const bounds = { requestTimeoutMs: 10_000, maxConnections: 4096 }
 * const server = createServer(serverTimeoutOptions(bounds), handler)
 * boundServer(server, bounds)
 */
export function serverTimeoutOptions(
  timeouts: ServerTimeouts & ServerConnectionLimits = {},
): Required<
  Pick<ServerOptions, 'headersTimeout' | 'requestTimeout' | 'connectionsCheckingInterval' | 'keepAliveTimeout'>
> {
  const requestTimeout = milliseconds('requestTimeoutMs', timeouts.requestTimeoutMs, DEFAULT_REQUEST_TIMEOUT_MS)
  const headersTimeout = Math.min(
    milliseconds('headersTimeoutMs', timeouts.headersTimeoutMs, DEFAULT_HEADERS_TIMEOUT_MS),
    requestTimeout,
  )
  const keepAliveTimeout = timeouts.keepAliveTimeoutMs ?? DEFAULT_KEEP_ALIVE_TIMEOUT_MS
  const { min, max } = KEEP_ALIVE_TIMEOUT_MS
  if (!(Number.isInteger(keepAliveTimeout) && keepAliveTimeout >= min && keepAliveTimeout <= max)) {
    throw new TypeError(
      `keepAliveTimeoutMs must be a whole number of milliseconds from ${min} to ${max}; got ${keepAliveTimeout}.`,
    )
  }
  // Node checks the deadlines only this often (default 30 s, which would double a 30 s bound).
  return {
    headersTimeout,
    requestTimeout,
    connectionsCheckingInterval: Math.min(1_000, headersTimeout),
    keepAliveTimeout,
  }
}

// One listener for every answer, no closure per request. An answer whose head is not out yet is
// still being received (the request deadlines above apply) or worked on by its handler.
function onAnswerTimeout(this: ServerResponse): void {
  if (this.headersSent) this.destroy()
}

/**
 * Closes a connection whose client has stopped taking the answer: once an answer's head is out,
 * `writeTimeoutMs` without the socket accepting a byte of it (default 30 s) destroys the socket,
 * freeing what was queued for it. Node keeps such a socket, and all of an answer it could not
 * send, forever. A handler slower than that is not cut off, and a client reading slowly keeps
 * its connection, as every byte it takes starts the wait again. Throws a `TypeError` for a value
 * that is not a whole number of milliseconds a timer can hold. `boundServer` wires it with the
 * kit's other bounds, which is what a host wants.
 *
 * @example
 * const timeouts = { requestTimeoutMs: 10_000 }
 * const server = createServer(serverTimeoutOptions(timeouts), handler)
 * boundStalledAnswers(server, timeouts)
 */
export function boundStalledAnswers(server: Server, timeouts: ServerTimeouts = {}): void {
  const writeTimeout = milliseconds('writeTimeoutMs', timeouts.writeTimeoutMs, DEFAULT_WRITE_TIMEOUT_MS)
  // Armed from each request on (before one, the headers deadline applies; between two, node's
  // keep-alive timeout): the socket is told when idle this long, and with a listener on the
  // answer node leaves it open, so `onAnswerTimeout` decides.
  server.on('request', (_request, response: ServerResponse) => {
    response.setTimeout(writeTimeout, onAnswerTimeout)
  })
}
