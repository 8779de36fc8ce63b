import type { IncomingMessage } from 'node:http'
import { Readable } from 'node:stream'
import { originFromHost, requestUrl } from '@briq-interactive/core/server'

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

/** Converts a node:http request into a Web `Request` whose body streams from the socket. */
export function toWebRequest(req: IncomingMessage, signal: AbortSignal, options: NodeRequestOptions = {}): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (name.startsWith(':') || value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  const method = (req.method ?? 'GET').toUpperCase()
  const hasBody = method !== 'GET' && method !== 'HEAD'
  const body = hasBody ? (consumedBody(req) ?? (Readable.toWeb(req) as ReadableStream<Uint8Array>)) : undefined
  return new Request(requestUrlOf(req, options.trustProxy === true), {
    method,
    headers,
    body,
    signal,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit)
}
