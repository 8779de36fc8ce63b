import type { Duplex } from 'node:stream'
import { briqErrorEnvelope } from '../contract/to-briq-errors.ts'

/**
 * Answers a `CONNECT` (a server's `'connect'` event) with 405 in Briq's envelope and closes the
 * socket. Without a `'connect'` listener node drops such a socket without a word; the kit's
 * servers tunnel nothing, so they say so, the way they refuse TRACE: the mock with Briq's
 * `METHOD_NOT_ALLOWED`, the proxy with its own `code` (`PROXY_METHOD_NOT_ALLOWED`).
 *
 * @example
 * server.on('connect', (_req, socket) => refuseConnect(socket, 'GET, POST, OPTIONS'))
 */
export function refuseConnect(socket: Duplex, allow: string, code = 'METHOD_NOT_ALLOWED'): void {
  const requestId = crypto.randomUUID()
  const body = JSON.stringify(
    briqErrorEnvelope([{ code, message: `CONNECT is not supported; use ${allow}.`, field: null }], requestId),
  )
  socket.on('error', () => {})
  socket.end(
    'HTTP/1.1 405 Method Not Allowed\r\n' +
      `Allow: ${allow}\r\nContent-Type: application/json; charset=utf-8\r\nCache-Control: no-store\r\n` +
      `X-Request-Id: ${requestId}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  )
}
