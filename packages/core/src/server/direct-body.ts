import type { BodyReadResult } from './read-body-with-limit.ts'
import type { ServerRequest } from './server-request.ts'

/** Reads a request's body under a byte cap by a route other than its Web stream. */
export type DirectBodyReader = (maxBytes: number) => Promise<BodyReadResult>

// Kept on the request itself: a WeakMap entry per request costs more to add, and leaves the
// garbage collector an ephemeron to trace.
const READER = Symbol('directBodyReader')
type WithReader = { [READER]?: DirectBodyReader | undefined }

/**
 * Lets `readBodyWithLimit` read `request`'s body through `reader` (the Node adapter reads the
 * socket directly) instead of its Web stream, which costs more than the rest of a small send.
 */
export function setDirectBodyReader(request: ServerRequest, reader: DirectBodyReader): void {
  ;(request as WithReader)[READER] = reader
}

/** The direct reader of a request whose body nobody has read yet, taken once; else undefined. */
export function takeDirectBodyReader(request: ServerRequest): DirectBodyReader | undefined {
  const reader = (request as WithReader)[READER]
  if (reader === undefined || (request as Partial<Request>).bodyUsed === true) return undefined
  ;(request as WithReader)[READER] = undefined
  return reader
}
