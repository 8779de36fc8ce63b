import type { BriqFieldError, BriqRoute, ValidateOptions } from '@briq-interactive/core'
import { readBodyWithLimit, type ServerRequest } from '@briq-interactive/core/server'
import { errorEnvelope, errorResponse } from './error-envelope.ts'
import { parseJsonBody } from './parse-json-body.ts'
import type { FinalReply } from './reply/proxy-reply.ts'
import { sendBodyErrors } from './validate-send-body.ts'

/** A POST body that may be forwarded, or the refusal to send instead. */
export type PostBodyCheck =
  | {
      ok: true
      /** The raw bytes to forward, or null when the body was empty. */
      body: Uint8Array | null
    }
  | { ok: false; response: FinalReply; message: string }

const isJsonContentType = (value: string) => value.split(';')[0]?.trim().toLowerCase() === 'application/json'

const EMPTY_SEND: BriqFieldError = {
  code: 'VALIDATION_ERROR',
  message: 'The request body is empty; send { to, interactive }.',
  field: null,
}

/**
 * Checks a POST body in order: media type (415), size (413), JSON (400), and for a send,
 * core's validation (422). The bytes forwarded are the ones received, never re-serialised.
 */
export async function checkPostBody(
  request: ServerRequest,
  options: { maxBodyBytes: number; route: BriqRoute; validation: ValidateOptions; requestId: string },
): Promise<PostBodyCheck> {
  const { requestId } = options
  const unsupported = (): PostBodyCheck => ({
    ok: false,
    response: errorResponse(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'POST requests with a body must have Content-Type: application/json.',
      requestId,
    ),
    message: 'refused: content type',
  })
  const contentType = request.headers.get('Content-Type')
  // A send always has a body, so it always needs the type; only body-less read receipts may omit it.
  const isSend = options.route.sends
  if (contentType === null ? isSend : !isJsonContentType(contentType)) return unsupported()
  const read = await readBodyWithLimit(request, options.maxBodyBytes)
  if (!read.ok) {
    const message = `The request body is larger than ${options.maxBodyBytes} bytes.`
    return {
      ok: false,
      response: errorResponse(413, 'PAYLOAD_TOO_LARGE', message, requestId),
      message: 'refused: body too large',
    }
  }
  // A body-less POST (core's markRead) may omit the type: an HTML form or a simple cross-site
  // fetch with a body always sends one, and carries an Origin the origin check already refused.
  if (contentType === null && read.bytes.byteLength > 0) return unsupported()
  const parsed = parseJsonBody(read.bytes)
  if (!parsed.ok) {
    return {
      ok: false,
      response: errorResponse(400, 'INVALID_JSON', parsed.message, requestId),
      message: 'refused: bad JSON',
    }
  }
  if (isSend) {
    const errors =
      parsed.value === undefined ? [EMPTY_SEND] : sendBodyErrors(options.route, parsed.value, options.validation)
    if (errors) {
      return { ok: false, response: errorEnvelope(422, errors, requestId), message: 'refused: invalid send request' }
    }
  }
  return { ok: true, body: read.bytes.byteLength > 0 ? read.bytes : null }
}
