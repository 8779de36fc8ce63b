import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'
import { setDirectBodyReader } from '../server/direct-body.ts'
import type { BodyReadResult } from '../server/read-body-with-limit.ts'
import { BadRequestTargetError, originFromHost, requestUrl } from '../server/request-url.ts'
import { rememberParsedUrl, type ServerRequest } from '../server/server-request.ts'
import { directRequestBody, requestBodyStream } from './request-body-stream.ts'

/** Options for turning a Node request into a Web `Request`. */
export interface NodeRequestOptions {
  /**
   * Trust `X-Forwarded-Proto` and `X-Forwarded-Host` for the request URL (and so for a
   * same-origin check). Only when a reverse proxy you control sets them. Default false.
   */
  trustProxy?: boolean | undefined
  /** The host of a request without a Host header (HTTP/1.0). Default `localhost`. */
  fallbackHost?: string | undefined
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
 * The body was read before the adapter saw the request (a body parser such as `express.json()`
 * ran first). It cannot be streamed again, and what the parser kept is not the bytes the client
 * sent: a byte cap on a re-serialised copy would not limit what was received, and the bytes
 * forwarded would not be the ones checked. So such a request is refused, never rebuilt.
 */
export class BodyAlreadyReadError extends Error {
  override name = 'BodyAlreadyReadError'
  constructor() {
    super(
      'The request body was already read by a body parser (such as express.json()) mounted before this handler; mount the handler before any body parser.',
    )
  }
}

// Node marks a request whose body a parser has consumed as ended before anything here reads it.
const bodyAlreadyRead = (req: IncomingMessage) =>
  req.readableEnded || (req as IncomingMessage & { body?: unknown }).body !== undefined

// A server sees few Host values; checking and parsing each once saves a URL per request.
const origins = new Map<string, string>()
function cachedOrigin(protocol: 'http' | 'https', host: string): string {
  const key = `${protocol}://${host}`
  let origin = origins.get(key)
  if (origin === undefined) {
    origin = originFromHost(protocol, host)
    if (origins.size >= 64) origins.clear()
    origins.set(key, origin)
  }
  return origin
}

/**
 * The name of a field the request repeats that must be sent once, or null: `Host`, and
 * `Authorization`. Node keeps the first of each in `req.headers`, while a proxy or cache in front
 * may have read the last: the two would disagree about the origin, or about who is asking, so
 * RFC 9112 ("Request Target") has a server answer 400 to two Hosts, and RFC 9110 (5.3) allows
 * no second line of a field that is not a list.
 */
function repeatedSingleField(raw: readonly string[] | undefined): 'Host' | 'Authorization' | null {
  // A hand-made request (a test double, a framework's inject) may have no raw lines.
  if (raw === undefined) return null
  let host = false
  let authorization = false
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!
    if (name.length === 4 && name.toLowerCase() === 'host') {
      if (host) return 'Host'
      host = true
    } else if (name.length === 13 && name.toLowerCase() === 'authorization') {
      if (authorization) return 'Authorization'
      authorization = true
    }
  }
  return null
}

/**
 * The refusal of an HTTP/1.1 request without a `Host` header, which RFC 9112 ("Request Target")
 * has a server answer 400, or null for one that has it (or is HTTP/1.0, which may omit it). Node
 * answers it itself with a bare status line unless the server is created with
 * `requireHostHeader: false` (the kit's bins), which leaves it to the adapter (`toWebRequest`,
 * `toServerRequest` throw this) and to a server's own routes (the proxy's static files), to be
 * answered as every other refusal, in one sentence.
 */
export function missingHostError(req: IncomingMessage): BadRequestTargetError | null {
  return req.headers.host === undefined && req.httpVersionMajor === 1 && req.httpVersionMinor >= 1
    ? new BadRequestTargetError('An HTTP/1.1 request must have a Host header.')
    : null
}

function requestUrlOf(req: IncomingMessage, options: NodeRequestOptions): URL {
  const repeated = repeatedSingleField(req.rawHeaders as readonly string[] | undefined)
  if (repeated !== null) throw new BadRequestTargetError(`The request has more than one ${repeated} header.`)
  const hostless = missingHostError(req)
  if (hostless !== null) throw hostless
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
  return requestUrl(cachedOrigin(protocol, host), target)
}

/** The method and URL of a node request, or the error that refuses it before any handler. */
function checkedHead(req: IncomingMessage, options: NodeRequestOptions): { method: string; url: URL } {
  const method = (req.method ?? 'GET').toUpperCase()
  if (FORBIDDEN_METHODS.has(method)) throw new ForbiddenMethodError(req.method ?? method)
  const url = requestUrlOf(req, options)
  if (method !== 'GET' && method !== 'HEAD' && bodyAlreadyRead(req)) throw new BodyAlreadyReadError()
  return { method, url }
}

/**
 * Converts a node:http request into a Web `Request` whose body streams from the socket as the
 * handler reads it (a body refused from its declared length is never read); its signal aborts
 * through `disconnect`, also when the client goes away mid-body. Throws `BadRequestTargetError`
 * for a Host or target that is no URL of ours, `ForbiddenMethodError` for CONNECT, TRACE and
 * TRACK, and `BodyAlreadyReadError` when a body parser read the body first. Once the answer is
 * ready, `settleRequestBody` deals with what was left unread.
 */
export function toWebRequest(
  req: IncomingMessage,
  disconnect: AbortController,
  options: NodeRequestOptions = {},
): WebRequestOf {
  const { method, url } = checkedHead(req, options)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (name.startsWith(':') || value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  const hasBody = method !== 'GET' && method !== 'HEAD'
  const streamed = hasBody ? requestBodyStream(req, () => disconnect.abort()) : undefined
  const body = streamed?.stream
  const request = new Request(url.href, {
    method,
    headers,
    body,
    signal: disconnect.signal,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit)
  if (streamed) setDirectBodyReader(request, streamed.readAll)
  return { request, bodyBytesRead: () => streamed?.bytesRead() ?? 0 }
}

// Node has already joined repeated headers (RFC 9110 lists) in `req.headers`, lower-cased.
class NodeHeaders {
  readonly #headers: IncomingHttpHeaders
  constructor(headers: IncomingHttpHeaders) {
    this.#headers = headers
  }
  get(name: string): string | null {
    const value = this.#headers[name.toLowerCase()]
    if (value === undefined) return null
    return Array.isArray(value) ? value.join(', ') : value
  }
}

/** A `ServerRequest` over a node request, and how many body bytes the handler has read from it. */
export interface ServerRequestOf {
  /** The request; its body is read (once) with `readBodyWithLimit`. */
  request: ServerRequest
  /** Body bytes taken off the socket so far (for `settleRequestBody`). */
  bodyBytesRead(): number
}

const readNoBody = async (): Promise<BodyReadResult> => ({ ok: true, bytes: new Uint8Array(0) })

/**
 * Like `toWebRequest`, with the same checks and errors, but a `ServerRequest` that reads
 * node's own headers and socket instead of a Web `Request`: for handlers of the kit's that need
 * no more (the mock's router, the proxy's pipeline), at a fraction of the cost per request.
 */
export function toServerRequest(
  req: IncomingMessage,
  disconnect: AbortController,
  options: NodeRequestOptions = {},
): ServerRequestOf {
  const { method, url } = checkedHead(req, options)
  const request: ServerRequest = {
    method,
    url: url.href,
    headers: new NodeHeaders(req.headers),
    signal: disconnect.signal,
  }
  rememberParsedUrl(request, url)
  if (method === 'GET' || method === 'HEAD') {
    setDirectBodyReader(request, readNoBody)
    return { request, bodyBytesRead: () => 0 }
  }
  const direct = directRequestBody(req, () => disconnect.abort())
  setDirectBodyReader(request, direct.readAll)
  return { request, bodyBytesRead: direct.bytesRead }
}
