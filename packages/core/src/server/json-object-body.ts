import type { BriqFieldError } from '../contract/to-briq-errors.ts'
import { LIMITS } from '../limits.ts'

/**
 * The deepest JSON body the kit's servers take: a request's own structure (request →
 * interactive → action → parameters → flow_action_payload → data) with room to spare, above
 * free-form data of at most `LIMITS.structure.jsonDepth` levels. Deeper text is refused before
 * it is parsed, so nothing stored or forwarded can overflow a stack when it is read back.
 */
export const MAX_BODY_DEPTH = LIMITS.structure.jsonDepth.max + 16

/**
 * The `field` of an error about the request body as a whole: FastAPI, which Briq's API is built
 * on, names it `["body"]` in `loc`. The proxy and the mock both use it for 413, 415 and a body
 * that is no JSON object, so such a request reads the same from either.
 */
export const BODY_FIELD = 'body'

/** Briq's 422 `VALIDATION_ERROR` for a body that cannot be read as a JSON object. */
export function bodyValidationError(message: string): BriqFieldError {
  return { code: 'VALIDATION_ERROR', message, field: BODY_FIELD }
}

/** The refusal of an empty body where a JSON object is required (a send). */
export function emptyBodyError(): BriqFieldError {
  return bodyValidationError('Request body is required: send a JSON object')
}

/**
 * Whether JSON text nests deeper than `max` containers, read from its bytes before it is
 * parsed (one pass, no allocation): outside strings, `{` and `[` go one level down. UTF-8
 * never puts a quote or a backslash byte inside a multi-byte character.
 */
function nestsDeeperThan(bytes: Uint8Array, max: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!
    if (inString) {
      if (byte === 0x5c)
        i++ // a backslash escapes the next byte
      else if (byte === 0x22) inString = false
    } else if (byte === 0x22) inString = true
    else if (byte === 0x7b || byte === 0x5b) {
      // { or [
      if (++depth > max) return true
    } else if (byte === 0x7d || byte === 0x5d) depth-- // } or ]
  }
  return false
}

const decoder = new TextDecoder('utf-8', { fatal: true })

/** A non-empty body read as a JSON object, or the one error that refuses it. */
export type JsonObjectBody = { ok: true; value: Record<string, unknown> } | { ok: false; error: BriqFieldError }

/**
 * Reads the bytes of a non-empty request body as a JSON object, the way the proxy and the mock
 * both do: UTF-8, at most `MAX_BODY_DEPTH` levels, valid JSON, an object. A refusal is Briq's
 * 422 `VALIDATION_ERROR` on `body`; its sentence never quotes the body.
 */
export function parseJsonObjectBody(bytes: Uint8Array): JsonObjectBody {
  let text: string
  try {
    text = decoder.decode(bytes)
  } catch {
    return { ok: false, error: bodyValidationError('Request body is not valid UTF-8') }
  }
  if (nestsDeeperThan(bytes, MAX_BODY_DEPTH)) {
    return { ok: false, error: bodyValidationError(`Request body nests more than ${MAX_BODY_DEPTH} levels deep`) }
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    // The engine's message quotes the input; echoing client input back is not worth the risk.
    return { ok: false, error: bodyValidationError('Request body is not valid JSON; send a JSON object') }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: bodyValidationError('Request body must be a JSON object') }
  }
  return { ok: true, value: value as Record<string, unknown> }
}
