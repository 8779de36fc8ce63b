// Responses made here, with the bytes they carry. A WeakMap, so a Response that is dropped
// takes its bytes with it.
const bytesOf = new WeakMap<Response, Uint8Array>()

/**
 * A `Response` whose body is `bytes`, remembered, so that a server writing it (the Node
 * adapter's `writeResponse`) or rewriting it (the proxy's redaction) can take the bytes as
 * they are instead of reading them back through the body stream, which costs more than the
 * rest of a small answer.
 */
export function bytesResponse(bytes: Uint8Array, init?: ResponseInit): Response {
  const response = new Response(bytes as Uint8Array<ArrayBuffer>, init)
  bytesOf.set(response, bytes)
  return response
}

/** The bytes of a `bytesResponse` whose body nobody has read yet, else undefined. */
export function responseBytes(response: Response): Uint8Array | undefined {
  return response.bodyUsed ? undefined : bytesOf.get(response)
}
