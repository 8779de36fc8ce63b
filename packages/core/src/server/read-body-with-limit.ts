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
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => {})
      return { ok: false, reason: 'too_large' }
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return { ok: true, bytes }
}
