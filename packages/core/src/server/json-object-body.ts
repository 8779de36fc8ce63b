import type { BriqFieldError } from '../contract/to-briq-errors.ts'
import type { Exclusive } from '../exclusive.ts'
import { LIMITS } from '../limits.ts'

/**
 * The deepest JSON body the kit's servers take: a request's own structure (request →
 * interactive → action → parameters → flow_action_payload → data) with room to spare, above
 * free-form data of at most `LIMITS.structure.jsonDepth` levels. Deeper text is refused before
 * it is parsed, so nothing stored or forwarded can overflow a stack when it is read back.
 */
export const MAX_BODY_DEPTH = LIMITS.structure.jsonDepth.max + 16

/**
 * The most objects and arrays one JSON body may hold. The kit's own bound, far past any real
 * request: the largest structured send (10 carousel cards, or 30 products in 10 sections) holds
 * under 200, and free-form flow data as large again a few times over. An empty object parsed
 * costs V8 about 64 bytes of heap for its 3 bytes of text (`{},`), so a 1 MB body of them took
 * 21 MB before anything could look at it; counted before parsing, containers hold at most
 * about 640 KB of any body.
 */
export const MAX_BODY_CONTAINERS = 10_000

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

// 413 `PAYLOAD_TOO_LARGE` on `body`: over the byte cap, or holding too many containers.
const payloadTooLarge = (message: string): BriqFieldError => ({ code: 'PAYLOAD_TOO_LARGE', message, field: BODY_FIELD })

/**
 * The 413 refusal of a request body over a server's byte cap of `maxBytes` (a declared
 * `Content-Length`, or a stream cut off past it): the proxy and the mock answer with the same one.
 */
export function bodyTooLargeError(maxBytes: number): BriqFieldError {
  return payloadTooLarge(`Request body is larger than ${maxBytes} bytes`)
}

/**
 * Which structure bound JSON text passes, if any: nesting past `maxDepth` or more than
 * `maxContainers` objects and arrays, read from its bytes before it is parsed (one pass, no
 * allocation): outside strings, `{` and `[` open a container one level down. UTF-8 never puts
 * a quote or a backslash byte inside a multi-byte character. The servers read bodies with
 * `MAX_BODY_DEPTH` and `MAX_BODY_CONTAINERS`; the draft editor reads JSON text with the depth.
 */
export function jsonStructureOver(
  bytes: Uint8Array,
  maxDepth: number,
  maxContainers = Number.POSITIVE_INFINITY,
): 'depth' | 'containers' | null {
  let depth = 0
  let containers = 0
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
      if (++depth > maxDepth) return 'depth'
      if (++containers > maxContainers) return 'containers'
    } else if (byte === 0x7d || byte === 0x5d) depth-- // } or ]
  }
  return null
}

const decoder = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: true })

/**
 * A non-empty body read as a JSON object, or the one error that refuses it with its HTTP status:
 * 413 when the body holds more than the servers take, 422 when it cannot be read as an object.
 */
export type JsonObjectBody = Exclusive<
  { ok: true; value: Record<string, unknown> } | { ok: false; status: 413 | 422; error: BriqFieldError }
>

const invalid = (message: string): JsonObjectBody => ({ ok: false, status: 422, error: bodyValidationError(message) })

/**
 * Reads the bytes of a non-empty request body as a JSON object, the way the proxy and the mock
 * both do: UTF-8, at most `MAX_BODY_DEPTH` levels, valid JSON, an object, else Briq's 422
 * `VALIDATION_ERROR` on `body`; more than `MAX_BODY_CONTAINERS` objects and arrays is 413
 * `PAYLOAD_TOO_LARGE` on `body`, as a body over the byte cap is, refused before parsing. No
 * sentence quotes the body.
 */
export function parseJsonObjectBody(bytes: Uint8Array): JsonObjectBody {
  let text: string
  try {
    text = decoder.decode(bytes)
  } catch {
    return invalid('Request body is not valid UTF-8')
  }
  const over = jsonStructureOver(bytes, MAX_BODY_DEPTH, MAX_BODY_CONTAINERS)
  if (over === 'depth') return invalid(`Request body nests more than ${MAX_BODY_DEPTH} levels deep`)
  if (over === 'containers') {
    const message = `Request body holds more than ${MAX_BODY_CONTAINERS} JSON objects and arrays`
    return { ok: false, status: 413, error: payloadTooLarge(message) }
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    // The engine's message quotes the input; echoing client input back is not worth the risk.
    return invalid('Request body is not valid JSON; send a JSON object')
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return invalid('Request body must be a JSON object')
  }
  return { ok: true, value: value as Record<string, unknown> }
}
