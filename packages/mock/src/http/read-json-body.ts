import { LIMITS } from '@briq-interactive/core'
import { readBodyWithLimit, type ServerRequest } from '@briq-interactive/core/server'
import { apiError, validationError } from './api-error.ts'

/** Largest body the mock reads: Briq sits behind a gateway; 1 MB is far above any valid send. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024

/**
 * The deepest JSON body the mock takes: a request's own structure (request → interactive →
 * action → parameters → flow_action_payload → data) with room to spare, above free-form data
 * of at most `LIMITS.structure.jsonDepth` levels. What is stored is cloned and serialised on
 * every read, and 3 000 levels fit in 12 KB: deep enough to overflow the stack there.
 */
export const MAX_BODY_DEPTH = LIMITS.structure.jsonDepth.max + 16

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

const decoder = new TextDecoder()

const isJsonType = (value: string) => /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(value.trim())

/**
 * Throws 413 `PAYLOAD_TOO_LARGE` when the request's `Content-Length` declares more than
 * `maxBytes`, without reading the body, as the gateway in front of Briq does before anything else.
 */
export function rejectDeclaredOversize(request: ServerRequest, maxBytes: number): void {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  if (declared > maxBytes) throw tooLarge(maxBytes)
}

async function readLimited(request: ServerRequest, maxBytes: number): Promise<Uint8Array> {
  const read = await readBodyWithLimit(request, maxBytes)
  if (!read.ok) throw tooLarge(maxBytes)
  return read.bytes
}

function tooLarge(maxBytes: number) {
  return apiError(413, 'PAYLOAD_TOO_LARGE', `Request body is larger than ${maxBytes} bytes`, 'body')
}

/**
 * Reads a JSON object body the way Briq's API does: `application/json` only (415 otherwise),
 * at most `maxBytes` (413), valid JSON (422 `VALIDATION_ERROR`, field `body`), an object nesting
 * at most `MAX_BODY_DEPTH` levels (422).
 * With `optional`, an empty body reads as `{}`.
 */
export async function readJsonBody(
  request: ServerRequest,
  options: { maxBytes: number; optional?: boolean },
): Promise<Record<string, unknown>> {
  const bytes = await readLimited(request, options.maxBytes)
  if (bytes.byteLength === 0) {
    if (options.optional) return {}
    throw validationError('body', 'Request body is required: send a JSON object')
  }
  const contentType = request.headers.get('content-type')
  if (!contentType || !isJsonType(contentType)) {
    throw apiError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      `Content-Type must be application/json, got ${contentType ? JSON.stringify(contentType) : 'none'}`,
      'body',
    )
  }
  if (nestsDeeperThan(bytes, MAX_BODY_DEPTH)) {
    throw validationError('body', `Request body nests more than ${MAX_BODY_DEPTH} levels deep`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(decoder.decode(bytes))
  } catch (error) {
    throw validationError('body', `Request body is not valid JSON: ${(error as Error).message}`)
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw validationError('body', 'Request body must be a JSON object')
  }
  return parsed as Record<string, unknown>
}
