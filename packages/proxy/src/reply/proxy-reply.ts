import { bytesResponse } from '@briq-interactive/core/server'
import { HeaderList } from './header-list.ts'

/**
 * An answer of the proxy before it becomes a Web `Response`: the Web handler makes one from it,
 * while the Node adapter writes it as it is, saving the cost of building a `Response` (and its
 * `Headers`) only to read it back.
 */
export interface ProxyReply {
  status: number
  /** The reason phrase; `''` for the default one. */
  statusText: string
  headers: HeaderList
  /** The body's bytes; a stream only from `authorize`'s own `Response`, until redaction reads it. */
  body: Uint8Array | ReadableStream<Uint8Array> | null
}

/** A reply whose body is read: what leaves the proxy after redaction. */
export interface FinalReply extends ProxyReply {
  body: Uint8Array | null
}

/** The Web `Response` of a reply. */
export function webResponseOf(reply: ProxyReply): Response {
  const init = { status: reply.status, statusText: reply.statusText, headers: [...reply.headers] }
  return reply.body instanceof Uint8Array ? bytesResponse(reply.body, init) : new Response(reply.body, init)
}

/** A reply carrying a `Response` (authorize's own), its body still unread. */
export function replyOfResponse(response: Response): ProxyReply {
  const headers = new HeaderList()
  // A Headers iterates each Set-Cookie on its own line, the way they must be sent.
  for (const [name, value] of response.headers) headers.append(name, value)
  return { status: response.status, statusText: response.statusText, headers, body: response.body }
}
