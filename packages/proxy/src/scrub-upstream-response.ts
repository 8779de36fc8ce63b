import { redactSecret, secretSpellings } from './redact-secret.ts'

// Headers that describe the upstream connection or the body as it was on the wire (fetch has
// already decoded it, and the scrub may change its length), plus cookies Briq must not set here.
// Upstream CORS headers are dropped too: only the proxy's own origin policy may grant access.
const DROPPED_RESPONSE_HEADERS = new Set([
  'connection',
  'content-encoding',
  'content-length',
  'keep-alive',
  'proxy-authenticate',
  'proxy-connection',
  'set-cookie',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
])

const NULL_BODY_STATUSES = new Set([204, 205, 304])

/** A scrubber that knows the key; built once per proxy. */
export interface UpstreamScrubber {
  /** Copies the upstream answer with the key removed from its headers and body. */
  scrub(upstream: Response, body: Uint8Array): Response
}

/** Builds the key scrub applied to every upstream answer before it reaches the caller. */
export function createUpstreamScrubber(apiKey: string): UpstreamScrubber {
  const spellings = secretSpellings(apiKey)
  return {
    scrub(upstream, body) {
      const headers = new Headers()
      upstream.headers.forEach((value, name) => {
        if (DROPPED_RESPONSE_HEADERS.has(name) || name.startsWith('access-control-')) return
        if (value.includes(apiKey) || name.includes(apiKey.toLowerCase())) return
        headers.append(name, value)
      })
      const status = upstream.status
      if (NULL_BODY_STATUSES.has(status)) return new Response(null, { status, headers })
      return new Response(redactSecret(body, spellings) as Uint8Array<ArrayBuffer>, { status, headers })
    },
  }
}
