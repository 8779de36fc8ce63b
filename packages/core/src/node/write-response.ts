import type { ServerResponse } from 'node:http'
import { responseBytes } from '../server/bytes-response.ts'

/**
 * Writes a Web `Response` to a node response: status, headers (every `Set-Cookie` kept apart),
 * then the body streamed chunk by chunk with backpressure. `extraHeaders` (CORS) are added.
 * Stops quietly when the client has gone.
 */
export async function writeResponse(
  response: Response,
  res: ServerResponse,
  extraHeaders: Record<string, string> = {},
): Promise<void> {
  // No prototype: a header an upstream names `__proto__` is a header, not the object's prototype.
  const headers: Record<string, string | string[]> = Object.create(null)
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) headers['set-cookie'] = cookies
  // Bytes known up front (every answer of the mock and the proxy) go with a Content-Length,
  // not chunked, and leave with the head in one write, without a trip through the body stream.
  const known = response.body === null ? undefined : responseBytes(response)
  if (known !== undefined && headers['content-length'] === undefined && headers['transfer-encoding'] === undefined)
    headers['content-length'] = String(known.byteLength)
  res.writeHead(response.status, { ...headers, ...extraHeaders })
  if (response.body === null) {
    res.end()
    return
  }
  if (known !== undefined) {
    res.end(known)
    return
  }
  const reader = response.body.getReader()
  try {
    let chunk = await reader.read()
    for (;;) {
      if (res.destroyed) {
        await reader.cancel().catch(() => {})
        return
      }
      if (chunk.done) break
      const next = await reader.read()
      // The last chunk goes out with end(): a body of one chunk (every answer of the mock and
      // the proxy) leaves with its head in one write, one syscall.
      if (next.done) {
        if (!res.destroyed) res.end(chunk.value)
        return
      }
      if (!res.write(chunk.value))
        await new Promise<void>((resolve) => res.once('drain', resolve).once('close', resolve))
      chunk = next
    }
    if (!res.destroyed) res.end()
  } finally {
    reader.releaseLock()
  }
}
