import type { IncomingMessage } from 'node:http'

/**
 * A Web `Request` from a node request. The body is read here, keeping at most `maxBytes + 1`
 * bytes and draining the rest, so an oversized upload still gets its 413 from the router and
 * the connection stays usable.
 */
export async function toWebRequest(incoming: IncomingMessage, origin: string, maxBytes: number): Promise<Request> {
  const url = new URL(incoming.url ?? '/', origin)
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  const method = incoming.method ?? 'GET'
  if (method === 'GET' || method === 'HEAD') {
    incoming.resume()
    return new Request(url, { method, headers })
  }
  const chunks: Buffer[] = []
  let kept = 0
  for await (const chunk of incoming as AsyncIterable<Buffer>) {
    if (kept > maxBytes) continue
    chunks.push(chunk)
    kept += chunk.byteLength
  }
  const body = Buffer.concat(chunks)
  // The router checks the real size; a declared length over the limit must not be trusted either.
  headers.delete('content-length')
  return new Request(url, { method, headers, body: body.byteLength > 0 ? body : null })
}
