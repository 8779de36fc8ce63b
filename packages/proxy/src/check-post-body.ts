import {
  type BriqFieldError,
  type BriqRoute,
  PROXY_BODY_ALREADY_READ,
  PROXY_PAYLOAD_TOO_LARGE,
  PROXY_UNSUPPORTED_MEDIA_TYPE,
  type ValidateOptions,
} from '@briq-interactive/core'
import {
  bodyTooLargeError,
  contentTypeError,
  emptyBodyError,
  parseJsonObjectBody,
  readBodyWithLimit,
  type ServerRequest,
  UNSUPPORTED_MEDIA_TYPE_HEADERS,
} from '@briq-interactive/core/server'
import { errorEnvelope, errorResponse } from './error-envelope.ts'
import type { FinalReply } from './reply/proxy-reply.ts'
import { sendBodyErrors } from './validate-send-body.ts'

const BODY_ALREADY_READ_MESSAGE =
  "The request body was already read before the Briq proxy got it (a middleware or body parser such as Hono's c.req.json() ran first); pass the proxy the request with its body unread."

/** A POST body that may be forwarded, or the refusal to send instead. */
export type PostBodyCheck =
  | {
      ok: true
      /** The raw bytes to forward, or null when the body was empty. */
      body: Uint8Array | null
    }
  | { ok: false; response: FinalReply; message: string }

/**
 * Checks a POST body in order, as the mock reads it: size (413), core's `contentTypeError`
 * (415: a content coding, or no JSON type), not empty for a send (422), a JSON object (core's `parseJsonObjectBody`: 413 past its
 * count of objects and arrays, else 422), and for a send, core's validation (422). Refusals
 * of the body as a whole name the field `body`, as the mock's do. Its 413 and 415 carry the
 * proxy's own codes (`PROXY_PAYLOAD_TOO_LARGE`, `PROXY_UNSUPPORTED_MEDIA_TYPE`): Briq answers
 * those statuses too, and a client must not send the reader to Briq about their own server's
 * limit. Its 422s keep Briq's codes: the message breaks a rule either way, and the step is the
 * same. The bytes forwarded are the ones received, never re-serialised.
 */
export async function checkPostBody(
  request: ServerRequest,
  options: { maxBodyBytes: number; route: BriqRoute; validation: ValidateOptions; requestId: string },
): Promise<PostBodyCheck> {
  const { requestId } = options
  const isSend = options.route.sends
  // Something before the proxy read the body (Hono's `c.req.json()` in a middleware): the bytes
  // the client sent can be neither capped nor forwarded, so nothing is, as `toNodeHandler` does
  // behind a body parser.
  if ((request as Partial<Request>).bodyUsed === true) {
    return {
      ok: false,
      response: errorResponse(500, PROXY_BODY_ALREADY_READ, BODY_ALREADY_READ_MESSAGE, requestId),
      message: 'refused: body already read',
    }
  }
  const read = await readBodyWithLimit(request, options.maxBodyBytes)
  if (!read.ok) {
    return {
      ok: false,
      response: errorEnvelope(
        413,
        [proxyOwn(bodyTooLargeError(options.maxBodyBytes), PROXY_PAYLOAD_TOO_LARGE)],
        requestId,
      ),
      message: 'refused: body too large',
    }
  }
  const typeError = contentTypeError(request.headers.get('Content-Type'), {
    byteLength: read.bytes.byteLength,
    required: isSend,
    encoding: request.headers.get('Content-Encoding'),
  })
  if (typeError)
    return {
      ok: false,
      response: errorEnvelope(415, [proxyOwn(typeError, PROXY_UNSUPPORTED_MEDIA_TYPE)], requestId, {
        ...UNSUPPORTED_MEDIA_TYPE_HEADERS,
      }),
      message: 'refused: content type',
    }
  if (read.bytes.byteLength === 0) {
    if (!isSend) return { ok: true, body: null }
    return { ok: false, response: errorEnvelope(422, [emptyBodyError()], requestId), message: 'refused: empty send' }
  }
  const parsed = parseJsonObjectBody(read.bytes)
  if (!parsed.ok) {
    const message = parsed.status === 413 ? 'refused: body too large' : 'refused: not a JSON object'
    const error = parsed.status === 413 ? proxyOwn(parsed.error, PROXY_PAYLOAD_TOO_LARGE) : parsed.error
    return { ok: false, response: errorEnvelope(parsed.status, [error], requestId), message }
  }
  if (isSend) {
    const errors = sendBodyErrors(options.route, parsed.value, options.validation)
    if (errors) {
      return { ok: false, response: errorEnvelope(422, errors, requestId), message: 'refused: invalid send request' }
    }
  }
  return { ok: true, body: read.bytes }
}

// Core's 413 or 415 (shared with the mock, which answers as Briq) under the proxy's own code.
const proxyOwn = (error: BriqFieldError, code: string): BriqFieldError => ({ ...error, code })
