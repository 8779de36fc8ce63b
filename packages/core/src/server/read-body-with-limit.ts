import type { Exclusive } from '../exclusive.ts'
import { BodyBytes } from './body-bytes.ts'
import { takeDirectBodyReader } from './direct-body.ts'
import type { ServerRequest } from './server-request.ts'

/** A request body read under a byte cap. */
export type BodyReadResult = Exclusive<{ ok: true; bytes: Uint8Array } | { ok: false; reason: 'too_large' }>

/**
 * Reads a request body (or a response's: the proxy caps Briq's answers the same way), refusing a declared `Content-Length` over `maxBytes` without reading,
 * and answering as soon as the stream passes `maxBytes` (chunked bodies declare no length). The
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

/**
 * The most of an oversized or unread request body read and dropped so the connection can serve
 * the next request: past it the body is left unread (here) or the connection closed (the Node
 * adapter's `settleRequestBody`). One bound for both ways a kit server drops a body.
 */
export const MAX_DRAIN_BYTES = 1024 * 1024

/**
 * Reads and drops the rest of an oversized request body, after the answer is made, up to
 * `MAX_DRAIN_BYTES`; past that it is left unread, for the runtime to deal with as with any body a
 * handler never reads. Never cancelled: cancelling a body the client was still sending made
 * Next.js's Node runtime reset the connection under the client's next request, Workers and Deno
 * drop the connection before the client read its 413, and in Next.js's edge runtime a cancel
 * never settles.
 */
async function dropRest(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  let dropped = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      dropped += value.byteLength
      if (dropped > MAX_DRAIN_BYTES) {
        reader.releaseLock()
        return
      }
    }
  } catch {
    // The client went away: nothing left to drop.
  }
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
      if (request instanceof Response) void reader.cancel().catch(() => {})
      else void dropRest(reader)
      return { ok: false, reason: 'too_large' }
    }
    collected.add(value)
  }
  return { ok: true, bytes: collected.bytes() }
}
