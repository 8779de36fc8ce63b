import type { BodyReadResult } from './read-body-with-limit.ts'
import type { ServerRequest } from './server-request.ts'

/** Reads a request's body under a byte cap by a route other than its Web stream. */
export type DirectBodyReader = (maxBytes: number) => Promise<BodyReadResult>

const readers = new WeakMap<ServerRequest, DirectBodyReader>()

/**
 * Lets `readBodyWithLimit` read `request`'s body through `reader` (the Node adapter reads the
 * socket directly) instead of its Web stream, which costs more than the rest of a small send.
 */
export function setDirectBodyReader(request: ServerRequest, reader: DirectBodyReader): void {
  readers.set(request, reader)
}

/** The direct reader of a request whose body nobody has read yet, taken once; else undefined. */
export function takeDirectBodyReader(request: ServerRequest): DirectBodyReader | undefined {
  const reader = readers.get(request)
  if (reader === undefined || (request as Partial<Request>).bodyUsed === true) return undefined
  readers.delete(request)
  return reader
}
