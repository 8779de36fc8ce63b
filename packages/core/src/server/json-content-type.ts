import type { BriqFieldError } from '../contract/to-briq-errors.ts'
import { quoted } from '../quoted.ts'
import { BODY_FIELD } from './json-object-body.ts'

// `application/json`, or a structured `+json` type (`application/merge-patch+json`), whatever
// its parameters: the types FastAPI, which Briq's API is built on, reads a body as JSON for.
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i

/**
 * The headers of either server's 415 (RFC 7694, 3: a server that refuses a request's content
 * coding says which it takes): neither decodes a compressed request body.
 */
export const UNSUPPORTED_MEDIA_TYPE_HEADERS: Readonly<Record<string, string>> = { 'accept-encoding': 'identity' }

const refusal = (message: string): BriqFieldError => ({ code: 'UNSUPPORTED_MEDIA_TYPE', message, field: BODY_FIELD })

/**
 * The 415 `UNSUPPORTED_MEDIA_TYPE` on `body` a POST gets for its `Content-Type` or its
 * `Content-Encoding`, or null when its body may be read as JSON. A body compressed in any coding
 * (`gzip`: RFC 9110, 15.5.16) is refused naming it, where reading its bytes as JSON would say
 * "not valid UTF-8"; answer it with `UNSUPPORTED_MEDIA_TYPE_HEADERS`. A body needs a JSON type;
 * so does every body-less POST but one that sends no type at all where no body is required
 * (core's `markRead`): an HTML form or a simple cross-site fetch always sends a type. The proxy
 * and the mock both ask after reading the body under their cap (413 first) and before reading
 * it as JSON, so a request reads the same from either.
 */
export function contentTypeError(
  contentType: string | null,
  body: { byteLength: number; required: boolean; encoding: string | null },
): BriqFieldError | null {
  const coding = body.encoding?.trim() ?? ''
  if (coding !== '' && coding.toLowerCase() !== 'identity') {
    return refusal(`Content-Encoding ${quoted(coding)} is not supported; send the body uncompressed`)
  }
  const refused = contentType === null ? body.required || body.byteLength > 0 : !JSON_TYPE.test(contentType.trim())
  return refused ? refusal('Content-Type must be application/json') : null
}
