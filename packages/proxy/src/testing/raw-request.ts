import { once } from 'node:events'
import { request } from 'node:http'
import { connect } from 'node:net'

/** A response read over a raw node:http request. */
export interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/**
 * Sends a request with the path exactly as given (fetch would normalise `..` away), so tests
 * can see what the proxy does with traversal attempts.
 */
export function rawRequest(
  baseUrl: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<RawResponse> {
  const url = new URL(baseUrl)
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      )
    })
    req.on('error', reject)
    req.end(body)
  })
}

/**
 * Writes `text` on a fresh socket exactly as given (repeated Host lines, CONNECT, any method)
 * and returns everything the server sent until it closed the connection.
 */
export async function rawExchange(baseUrl: string, text: string): Promise<string> {
  const url = new URL(baseUrl)
  const socket = connect(Number(url.port), url.hostname)
  await once(socket, 'connect')
  let received = ''
  socket.on('data', (chunk: Buffer) => {
    received += chunk.toString('latin1')
  })
  socket.end(text)
  await once(socket, 'close')
  return received
}
