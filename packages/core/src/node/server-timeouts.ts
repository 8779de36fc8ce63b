import type { ServerOptions } from 'node:http'
import { isTimeoutMs, MAX_TIMER_MS } from '../timer-limit.ts'

/** How long a client may take to send a request to one of the kit's node:http servers. */
export interface ServerTimeouts {
  /** Deadline for a request's headers, in ms. Default `DEFAULT_HEADERS_TIMEOUT_MS`. */
  headersTimeoutMs?: number | undefined
  /** Deadline for a whole request, headers and body, in ms. Default `DEFAULT_REQUEST_TIMEOUT_MS`. */
  requestTimeoutMs?: number | undefined
}

/** 15 s for a request's headers (node's default is 60 s). */
export const DEFAULT_HEADERS_TIMEOUT_MS = 15_000
/** 30 s for a whole request; a send body is at most 64 KiB (node's default is 300 s). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000

function milliseconds(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback
  if (!isTimeoutMs(value)) {
    throw new TypeError(`${name} must be a whole number of milliseconds from 1 to ${MAX_TIMER_MS}; got ${value}.`)
  }
  return value
}

/**
 * `node:http` `createServer` options that bound how long a client may take to send a request,
 * so one sending a body a byte at a time cannot hold a socket for node's default 5 minutes:
 * past the deadline node answers `408 Request Timeout` and closes the connection. Only the
 * receiving is timed; a handler still working on a complete request is not cut off. Headers
 * never get longer than the whole request. Throws a `TypeError` for a value that is not a whole
 * number of milliseconds a timer can hold.
 *
 * @example
 * createServer(serverTimeoutOptions({ requestTimeoutMs: 10_000 }), handler)
 */
export function serverTimeoutOptions(
  timeouts: ServerTimeouts = {},
): Required<Pick<ServerOptions, 'headersTimeout' | 'requestTimeout' | 'connectionsCheckingInterval'>> {
  const requestTimeout = milliseconds('requestTimeoutMs', timeouts.requestTimeoutMs, DEFAULT_REQUEST_TIMEOUT_MS)
  const headersTimeout = Math.min(
    milliseconds('headersTimeoutMs', timeouts.headersTimeoutMs, DEFAULT_HEADERS_TIMEOUT_MS),
    requestTimeout,
  )
  // Node checks the deadlines only this often (default 30 s, which would double a 30 s bound).
  return { headersTimeout, requestTimeout, connectionsCheckingInterval: Math.min(1_000, headersTimeout) }
}
