/**
 * What the kit's servers read of a request: its method, URL, headers (by name) and whether the
 * client went away. A Web `Request` is one. The Node adapter's `toServerRequest` makes a
 * lighter one over node's own request, because building a Web `Request` (its `Headers`, its
 * signal that follows ours, the finalizer that unhooks it) costs more than the rest of a small
 * send, and leaves work for the garbage collector after every request.
 */
export interface ServerRequest {
  /** Upper-case method. */
  readonly method: string
  /** The absolute URL; its origin comes from the Host header only. */
  readonly url: string
  /** Header values by name (case-insensitive), repeated values joined with `, `. */
  readonly headers: { get(name: string): string | null }
  /** Aborts when the client goes away. */
  readonly signal: AbortSignal
}

// Kept on the request itself: a WeakMap entry per request costs more to add, and leaves the
// garbage collector an ephemeron to trace.
const PARSED_URL = Symbol('parsedUrl')

/** Remembers the parsed URL a request's `url` was made from (the Node adapter has one in hand). */
export function rememberParsedUrl(request: ServerRequest, url: URL): void {
  ;(request as { [PARSED_URL]?: URL })[PARSED_URL] = url
}

/** The request's URL, parsed: the one the adapter remembered, else parsed now. */
export function parsedUrl(request: ServerRequest): URL {
  return (request as { [PARSED_URL]?: URL })[PARSED_URL] ?? new URL(request.url)
}
