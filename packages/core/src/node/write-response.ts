import type { ServerResponse } from 'node:http'

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
  const headers: Record<string, string | string[]> = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) headers['set-cookie'] = cookies
  res.writeHead(response.status, { ...headers, ...extraHeaders })
  if (response.body === null) {
    res.end()
    return
  }
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    if (res.destroyed) return
    if (!res.write(chunk)) await new Promise<void>((resolve) => res.once('drain', resolve).once('close', resolve))
  }
  res.end()
}
