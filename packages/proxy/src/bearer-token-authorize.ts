import type { BriqProxyAuthorize } from './proxy-options.ts'
import { timingSafeEqual } from './timing-safe-equal.ts'

const encoder = new TextEncoder()
const sha256 = async (text: string) => new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)))

/**
 * An `authorize` that accepts `Authorization: Bearer <token>` for one shared token. Both sides
 * are hashed before a constant-time compare, so neither the content nor the length leaks
 * through timing. Throws when the token is empty or contains whitespace.
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
  const expected = sha256(token)
  return async (request) => {
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(request.headers.get('Authorization') ?? '')
    if (!match?.[1]) return false
    return timingSafeEqual(await sha256(match[1]), await expected)
  }
}
