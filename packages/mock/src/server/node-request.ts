import type { IncomingMessage } from 'node:http'
import { originFromHost, requestUrl } from '@briq-interactive/core/server'

/** The client went away before its request body was complete: there is no one to answer. */
export class ClientGoneError extends Error {
  override name = 'ClientGoneError'
}

/** A method the Fetch standard forbids in a `Request` (RFC 9110 lets a server refuse them with 405). */
export class ForbiddenMethodError extends Error {
  override name = 'ForbiddenMethodError'
  /** The method as the client sent it. */
  readonly method: string
  constructor(method: string) {
    super(`${method} is not supported`)
    this.method = method
  }
}

const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK'])

/** A Web `Request` for a node request, and how many body bytes were taken off the socket. */
export interface WebRequestOf {
  request: Request
  bodyBytesRead: number
}

/** Reads the body until it ends or passes `limit` bytes; the rest stays on the socket. */
function readUpTo(incoming: IncomingMessage, limit: number): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let kept = 0
    const finish = (error?: Error) => {
      incoming.off('data', onData)
      incoming.off('end', onEnd)
      incoming.off('close', onClose)
      incoming.off('error', onError)
      incoming.pause()
      if (error) reject(error)
      else resolve(chunks)
    }
    function onData(chunk: Buffer) {
      chunks.push(chunk)
      kept += chunk.byteLength
      if (kept > limit) finish()
    }
    const onEnd = () => finish()
    const onClose = () => finish(incoming.readableEnded ? undefined : new ClientGoneError('aborted'))
    const onError = () => finish(new ClientGoneError('aborted'))
    incoming.on('data', onData)
    incoming.on('end', onEnd)
    incoming.on('close', onClose)
    incoming.on('error', onError)
    incoming.resume()
  })
}

/**
 * A Web `Request` from a node request. The body is read here, at most `maxBytes + 1` bytes, so
 * an oversized upload gets its 413 from the router; a body whose `Content-Length` is over
 * `maxBytes` is not read at all and the header is kept, so the router answers 413 before it
 * checks the key. What is left unread is for `settleRequestBody`. The URL's origin comes from
 * the Host header (`fallbackHost` when there is none), never from the target.
 */
export async function toWebRequest(
  incoming: IncomingMessage,
  fallbackHost: string,
  maxBytes: number,
): Promise<WebRequestOf> {
  const url = requestUrl(originFromHost('http', incoming.headers.host ?? fallbackHost), incoming.url ?? '/')
  const method = incoming.method ?? 'GET'
  if (FORBIDDEN_METHODS.has(method.toUpperCase())) throw new ForbiddenMethodError(method)
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  const declaredTooLarge = Number(incoming.headers['content-length'] ?? Number.NaN) > maxBytes
  if (method === 'GET' || method === 'HEAD' || declaredTooLarge) {
    return { request: new Request(url, { method, headers }), bodyBytesRead: 0 }
  }
  const body = Buffer.concat(await readUpTo(incoming, maxBytes))
  // The router checks the real size of what was kept; the declared length no longer describes it.
  headers.delete('content-length')
  return {
    request: new Request(url, { method, headers, body: body.byteLength > 0 ? body : null }),
    bodyBytesRead: body.byteLength,
  }
}
