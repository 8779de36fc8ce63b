import type { IncomingMessage } from 'node:http'
import { originFromHost, requestUrl } from '../server/request-url.ts'
import { requestBodyStream } from './request-body-stream.ts'

/** Options for turning a Node request into a Web `Request`. */
export interface NodeRequestOptions {
  /**
   * Trust `X-Forwarded-Proto` and `X-Forwarded-Host` for the request URL (and so for a
   * same-origin check). Only when a reverse proxy you control sets them. Default false.
   */
  trustProxy?: boolean
  /** The host of a request without a Host header (HTTP/1.0). Default `localhost`. */
  fallbackHost?: string
}

/** A method the Fetch standard forbids in a `Request` (RFC 9110 lets a server refuse it with 405). */
export class ForbiddenMethodError extends Error {
  override name = 'ForbiddenMethodError'
  /** The method as the client sent it. */
  readonly method: string
  constructor(method: string) {
    super(`${method} is not supported`)
    this.method = method
  }
}

// The methods `new Request` refuses (Fetch standard, "forbidden method").
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK'])

/** A Web `Request` for a node request, and how many body bytes the handler has read from it. */
export interface WebRequestOf {
  /** The request, its body streamed from the socket only as the handler reads it. */
  request: Request
  /** Body bytes taken off the socket so far (for `settleRequestBody`). */
  bodyBytesRead(): number
}

/**
 * The body a framework's parser already read (`express.json()`, `express.raw()`), which cannot
 * be streamed again: the parsed value is serialised back to JSON. What the handler checks (its
 * byte cap, its validation) is then this text, and the original `Content-Length` no longer
 * describes it.
 */
function consumedBody(req: IncomingMessage): BodyInit | undefined {
  const parsed = (req as IncomingMessage & { body?: unknown }).body
  if (parsed === undefined || !req.readableEnded) return undefined
  if (typeof parsed === 'string' || parsed instanceof Uint8Array) return parsed as BodyInit
  return JSON.stringify(parsed)
}

function requestUrlOf(req: IncomingMessage, options: NodeRequestOptions): string {
  const first = (value: string | string[] | undefined) =>
    (Array.isArray(value) ? value[0] : value)?.split(',')[0]?.trim()
  const trustProxy = options.trustProxy === true
  const encrypted = (req.socket as { encrypted?: boolean } | null)?.encrypted === true
  const forwardedProto = trustProxy ? first(req.headers['x-forwarded-proto'])?.toLowerCase() : undefined
  const protocol =
    forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : encrypted ? 'https' : 'http'
  const host =
    (trustProxy && first(req.headers['x-forwarded-host'])) || req.headers.host || options.fallbackHost || 'localhost'
  // Express strips a mount path from req.url (app.use('/api/briq', …)); originalUrl keeps it.
  const target = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/'
  // Only the Host header (or a trusted forwarded host) decides the origin, never the target.
  return requestUrl(originFromHost(protocol, host), target).href
}

/**
 * Converts a node:http request into a Web `Request` whose body streams from the socket as the
 * handler reads it (a body refused from its declared length is never read); its signal aborts
 * through `disconnect`, also when the client goes away mid-body. Throws `BadRequestTargetError`
 * for a Host or target that is no URL of ours, and `ForbiddenMethodError` for CONNECT, TRACE
 * and TRACK. Once the answer is ready, `settleRequestBody` deals with what was left unread.
 */
export function toWebRequest(
  req: IncomingMessage,
  disconnect: AbortController,
  options: NodeRequestOptions = {},
): WebRequestOf {
  const method = (req.method ?? 'GET').toUpperCase()
  if (FORBIDDEN_METHODS.has(method)) throw new ForbiddenMethodError(req.method ?? method)
  const url = requestUrlOf(req, options)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (name.startsWith(':') || value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  const hasBody = method !== 'GET' && method !== 'HEAD'
  const consumed = hasBody ? consumedBody(req) : undefined
  if (consumed !== undefined) headers.delete('content-length')
  const streamed = hasBody && consumed === undefined ? requestBodyStream(req, () => disconnect.abort()) : undefined
  const body = consumed ?? streamed?.stream
  const request = new Request(url, {
    method,
    headers,
    body,
    signal: disconnect.signal,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit)
  return { request, bodyBytesRead: () => streamed?.bytesRead() ?? 0 }
}
