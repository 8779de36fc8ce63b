import type { BriqProxyAuthorize } from './proxy-options.ts'
import { timingSafeTextMatcher } from './timing-safe-equal.ts'

// The kit's own authorizers, with the token each accepts.
const bearerTokens = new WeakMap<BriqProxyAuthorize, string>()

/**
 * Whether an `authorize` is one of the kit's that reads nothing of the request but its headers,
 * so the Node adapter may hand it a light `ServerRequest` instead of building a Web `Request`.
 */
export function readsHeadersOnly(authorize: BriqProxyAuthorize | undefined): boolean {
  return authorize === undefined || bearerTokens.has(authorize)
}

/** The token a `bearerTokenAuthorize` accepts, so the proxy can refuse one that holds its API key. */
export function bearerTokenOf(authorize: BriqProxyAuthorize | undefined): string | undefined {
  return authorize === undefined ? undefined : bearerTokens.get(authorize)
}

/**
 * An `authorize` that accepts `Authorization: Bearer <token>` for one shared token, compared in
 * constant time (every round reads both, at least 256 rounds), so neither its content nor its
 * length leaks through timing. Synchronous: no hashing job per request. Throws when the token
 * is empty or contains whitespace.
 *
 * @example createBriqProxy({ apiKey, authorize: bearerTokenAuthorize(process.env.PROXY_TOKEN!) })
 */
export function bearerTokenAuthorize(token: string): BriqProxyAuthorize {
  if (typeof token !== 'string' || token.trim() === '') {
    throw new TypeError('bearerTokenAuthorize: the token is empty; pass a long random secret.')
  }
  // A header token is one run of non-space characters; a token with spaces could never match.
  if (/\s/.test(token)) {
    throw new TypeError('bearerTokenAuthorize: the token contains whitespace, so no Bearer header could match it.')
  }
  const matches = timingSafeTextMatcher(token)
  const authorize: BriqProxyAuthorize = (request) => {
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(request.headers.get('Authorization') ?? '')
    if (!match?.[1]) return false
    return matches(match[1])
  }
  bearerTokens.set(authorize, token)
  return authorize
}

/**
 * The challenge a 401 of a `bearerTokenAuthorize` carries (RFC 9110 asks one of every 401;
 * RFC 6750, 3): `Bearer realm="briq-proxy"`, with `error="invalid_token"` when the request sent a
 * bearer token that was refused. An `authorize` of your own has its own scheme (a session
 * cookie, say), which the proxy cannot name: it returns a `Response` with its own challenge.
 */
export function bearerChallenge(request: { headers: { get(name: string): string | null } }): string {
  const sent = /^Bearer[ \t]+\S/i.test(request.headers.get('Authorization') ?? '')
  return `Bearer realm="briq-proxy"${sent ? ', error="invalid_token"' : ''}`
}
