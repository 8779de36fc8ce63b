import type { IncomingMessage } from 'node:http'
import { originFromHost, requestUrl } from '@briq-interactive/core/server'

/**
 * A Web `Request` from a node request. The body is read here, keeping at most `maxBytes + 1`
 * bytes and draining the rest, so an oversized upload still gets its 413 from the router and
 * the connection stays usable. A body whose `Content-Length` is over `maxBytes` is drained
 * unread and the header kept, so the router answers 413 before it checks the key. The URL's
 * origin comes from the Host header (`fallbackHost` when there is none), never from the target.
 */
export async function toWebRequest(
  incoming: IncomingMessage,
  fallbackHost: string,
  maxBytes: number,
): Promise<Request> {
  const url = requestUrl(originFromHost('http', incoming.headers.host ?? fallbackHost), incoming.url ?? '/')
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
  const declaredTooLarge = Number(incoming.headers['content-length'] ?? Number.NaN) > maxBytes
  const chunks: Buffer[] = []
  let kept = 0
  for await (const chunk of incoming as AsyncIterable<Buffer>) {
    if (declaredTooLarge || kept > maxBytes) continue
    chunks.push(chunk)
    kept += chunk.byteLength
  }
  if (declaredTooLarge) return new Request(url, { method, headers })
  const body = Buffer.concat(chunks)
  // The router checks the real size of what was kept; the declared length no longer describes it.
  headers.delete('content-length')
  return new Request(url, { method, headers, body: body.byteLength > 0 ? body : null })
}
