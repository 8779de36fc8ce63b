import {
  bodyTooLargeError,
  contentTypeError,
  emptyBodyError,
  parseJsonObjectBody,
  readBodyWithLimit,
  type ServerRequest,
  UNSUPPORTED_MEDIA_TYPE_HEADERS,
} from '@briq-interactive/core/server'
import { ApiError } from './api-error.ts'

/** Largest body the mock reads: Briq sits behind a gateway; 1 MB is far above any valid send. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024

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
  return new ApiError(413, [bodyTooLargeError(maxBytes)])
}

/**
 * Reads a JSON object body the way Briq's API does, in the proxy's order: at most `maxBytes`
 * (413), no content coding and a JSON type (core's `contentTypeError`: 415), then core's `parseJsonObjectBody`: UTF-8, at most
 * `MAX_BODY_DEPTH` levels, valid JSON, an object, else 422 `VALIDATION_ERROR` on `body`; more
 * than `MAX_BODY_CONTAINERS` objects and arrays, counted before parsing, is 413 on `body`.
 * With `optional`, an empty body reads as `{}`.
 */
export async function readJsonBody(
  request: ServerRequest,
  options: { maxBytes: number; optional?: boolean },
): Promise<Record<string, unknown>> {
  const bytes = await readLimited(request, options.maxBytes)
  const required = !options.optional
  const typeError = contentTypeError(request.headers.get('content-type'), {
    byteLength: bytes.byteLength,
    required,
    encoding: request.headers.get('content-encoding'),
  })
  if (typeError) throw new ApiError(415, [typeError], { headers: { ...UNSUPPORTED_MEDIA_TYPE_HEADERS } })
  if (bytes.byteLength === 0) {
    if (options.optional) return {}
    throw new ApiError(422, [emptyBodyError()])
  }
  const parsed = parseJsonObjectBody(bytes)
  if (!parsed.ok) throw new ApiError(parsed.status, [parsed.error])
  return parsed.value
}
