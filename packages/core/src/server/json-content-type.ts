import type { BriqFieldError } from '../contract/to-briq-errors.ts'
import { BODY_FIELD } from './json-object-body.ts'

// `application/json`, or a structured `+json` type (`application/merge-patch+json`), whatever
// its parameters: the types FastAPI, which Briq's API is built on, reads a body as JSON for.
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i

/**
 * The 415 `UNSUPPORTED_MEDIA_TYPE` on `body` a POST gets for its `Content-Type`, or null when its
 * body may be read as JSON. A body needs a JSON type; so does every body-less POST but one that
 * sends no type at all where no body is required (core's `markRead`): an HTML form or a simple
 * cross-site fetch always sends a type. The proxy and the mock both ask after reading the body
 * under their cap (413 first) and before reading it as JSON, so a request reads the same from
 * either.
 */
export function contentTypeError(
  contentType: string | null,
  body: { byteLength: number; required: boolean },
): BriqFieldError | null {
  const refused = contentType === null ? body.required || body.byteLength > 0 : !JSON_TYPE.test(contentType.trim())
  return refused
    ? { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Content-Type must be application/json', field: BODY_FIELD }
    : null
}
