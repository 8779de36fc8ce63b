import type { IncomingMessage } from 'node:http'
import { originFromHost, requestUrl } from '@briq-interactive/core/server'
import { requestBodyStream } from './request-body-stream.ts'

/** Options for turning a Node request into a Web `Request`. */
export interface NodeRequestOptions {
  /**
   * Trust `X-Forwarded-Proto` and `X-Forwarded-Host` for the request URL (and so for the
   * same-origin check). Only when a reverse proxy you control sets them. Default false.
   */
  trustProxy?: boolean
}

// A body already consumed by a framework parser (e.g. express.json()) cannot be streamed again.
function consumedBody(req: IncomingMessage): BodyInit | undefined {
  const parsed = (req as IncomingMessage & { body?: unknown }).body
  if (parsed === undefined || !req.readableEnded) return undefined
  if (typeof parsed === 'string' || parsed instanceof Uint8Array) return parsed as BodyInit
  return JSON.stringify(parsed)
}

function requestUrlOf(req: IncomingMessage, trustProxy: boolean): string {
  const first = (value: string | string[] | undefined) =>
    (Array.isArray(value) ? value[0] : value)?.split(',')[0]?.trim()
  const encrypted = (req.socket as { encrypted?: boolean }).encrypted === true
  const forwardedProto = trustProxy ? first(req.headers['x-forwarded-proto'])?.toLowerCase() : undefined
  const protocol =
    forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : encrypted ? 'https' : 'http'
  const host = (trustProxy && first(req.headers['x-forwarded-host'])) || req.headers.host || 'localhost'
  // Express strips a mount path from req.url (app.use('/api/briq', …)); originalUrl keeps it.
  const target = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/'
  // Only the Host header (or a trusted forwarded host) decides the origin, never the target.
  return requestUrl(originFromHost(protocol, host), target).href
}

/** A Web `Request` for a node request, and how many body bytes the handler has read from it. */
export interface WebRequestOf {
  request: Request
  bodyBytesRead(): number
}

/**
 * Converts a node:http request into a Web `Request` whose body streams from the socket; its
 * signal aborts through `disconnect` (also when the client goes away mid-body).
 */
export function toWebRequest(
  req: IncomingMessage,
  disconnect: AbortController,
  options: NodeRequestOptions = {},
): WebRequestOf {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (name.startsWith(':') || value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  const method = (req.method ?? 'GET').toUpperCase()
  const hasBody = method !== 'GET' && method !== 'HEAD'
  const consumed = hasBody ? consumedBody(req) : undefined
  const streamed = hasBody && consumed === undefined ? requestBodyStream(req, () => disconnect.abort()) : undefined
  const body = consumed ?? streamed?.stream
  const request = new Request(requestUrlOf(req, options.trustProxy === true), {
    method,
    headers,
    body,
    signal: disconnect.signal,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit)
  return { request, bodyBytesRead: () => streamed?.bytesRead() ?? 0 }
}
