import { BodyBytes } from './body-bytes.ts'
import { takeDirectBodyReader } from './direct-body.ts'
import type { ServerRequest } from './server-request.ts'

/** A request body read under a byte cap. */
export type BodyReadResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too_large' }

/**
 * Reads a request body (or a response's: the proxy caps Briq's answers the same way), refusing a declared `Content-Length` over `maxBytes` without reading,
 * and stopping as soon as the stream passes `maxBytes` (chunked bodies declare no length). The
 * one capped reader of the kit's servers: the proxy and the mock both read bodies with it. A
 * stream that fails (the client went away) rejects; `request.signal` says whether it was aborted.
 * A `ServerRequest` that is no Web `Request` (the Node adapter's) can be read once.
 */
export function readBodyWithLimit(request: ServerRequest | Response, maxBytes: number): Promise<BodyReadResult> {
  const declared = request.headers.get('Content-Length')
  if (declared !== null && Number(declared) > maxBytes) return Promise.resolve({ ok: false, reason: 'too_large' })
  const direct = request instanceof Response ? undefined : takeDirectBodyReader(request)
  // The direct reader's own promise, not an async function's that adopts it (fewer microtask turns).
  if (direct !== undefined) return direct(maxBytes)
  return readStream(request, maxBytes)
}

async function readStream(request: ServerRequest | Response, maxBytes: number): Promise<BodyReadResult> {
  const { body } = request as Partial<Request>
  if (body === undefined) throw new TypeError('The request body was already read.')
  if (body === null) return { ok: true, bytes: new Uint8Array(0) }
  const reader = body.getReader()
  const collected = new BodyBytes(maxBytes)
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    if (collected.byteLength + value.byteLength > maxBytes) {
      // Not awaited: in Next.js's edge runtime cancelling a request body the client is still
      // sending never settles, and awaiting it left the 413 unsent until the client gave up.
      void reader.cancel().catch(() => {})
      return { ok: false, reason: 'too_large' }
    }
    collected.add(value)
  }
  return { ok: true, bytes: collected.bytes() }
}
