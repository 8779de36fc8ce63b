import { briqErrorEnvelope } from '@briq-interactive/core'
import { bytesResponse } from '@briq-interactive/core/server'
import type { ApiErrorItem } from './api-error.ts'

/**
 * An answer before it becomes a Web `Response`: MSW and `mock.handle` get a `Response` made
 * from it (`toResponse`), while the node:http server writes it as it is, saving the cost of
 * building a `Response` only to read it back.
 */
export interface MockReply {
  status: number
  /** Lower-case names; `content-length` always set. */
  headers: Record<string, string>
  /**
   * The body: JSON text. Kept as text so node:http sends head and body as one string in one
   * write, instead of encoding it first and writing the two apart.
   */
  text: string
  /** No answer at all: the connection is closed (a Web `Response.error()`, a network error to `fetch`). */
  dropped?: true
}

const encoder = new TextEncoder()

/** The Web `Response` of a reply; without a body for a HEAD request (the headers stay). */
export function toResponse(reply: MockReply, withBody = true): Response {
  if (reply.dropped) return Response.error()
  const init = { status: reply.status, headers: reply.headers }
  return withBody ? bytesResponse(encoder.encode(reply.text), init) : new Response(null, init)
}

const JSON_TYPE = { 'content-type': 'application/json' }
const NON_ASCII = /[\u0080-\uffff]/

// UTF-8 length without encoding: JSON.stringify's text is well-formed (lone surrogates escaped).
const utf8Length = (text: string) => (NON_ASCII.test(text) ? encoder.encode(text).byteLength : text.length)

// Content-Length is set here, not left to the transport, so a HEAD answer (the same response
// without its body) carries the length GET sends, through msw and node:http alike.
function json(body: unknown, status: number, requestId: string, headers: Record<string, string> = {}): MockReply {
  const text = JSON.stringify(body)
  return {
    status,
    headers: { ...JSON_TYPE, 'content-length': String(utf8Length(text)), 'x-request-id': requestId, ...headers },
    text,
  }
}

/** The answer of a `network` fault: none, the connection closes. */
export const DROPPED_REPLY: MockReply = { status: 0, headers: {}, text: '', dropped: true }

/** A 200 that is no Briq answer: an HTML page, as a gateway or a sign-in page in the way gives. */
export function htmlPageResponse(requestId: string): MockReply {
  const text =
    '<!doctype html><html><head><title>Bad gateway</title></head><body><h1>Bad gateway</h1><p>briq-mock: invalid-response fault</p></body></html>'
  return {
    status: 200,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-length': String(text.length),
      'x-request-id': requestId,
    },
    text,
  }
}

/** A 307 to `location` without a body, as Starlette's `RedirectResponse` answers. */
export function redirectResponse(location: string, requestId: string): MockReply {
  return { status: 307, headers: { location, 'content-length': '0', 'x-request-id': requestId }, text: '' }
}

/** `{ success: true, data, errors: null, request_id }`. */
export function envelopeResponse(data: unknown, requestId: string, status = 200): MockReply {
  return json({ success: true, data, errors: null, request_id: requestId }, status, requestId)
}

/** `{ success: false, data: null, errors, request_id }`. */
export function errorEnvelopeResponse(
  status: number,
  errors: ApiErrorItem[],
  requestId: string,
  headers?: Record<string, string>,
): MockReply {
  return json(briqErrorEnvelope(errors, requestId), status, requestId, headers)
}

/** The resource itself, as Briq's senders and templates endpoints answer. */
export function bareResponse(body: unknown, requestId: string, status = 200): MockReply {
  return json(body, status, requestId)
}

/** `{ detail }`, the error shape of Briq's bare read endpoints. */
export function detailResponse(
  status: number,
  detail: string,
  requestId: string,
  headers?: Record<string, string>,
): MockReply {
  return json({ detail }, status, requestId, headers)
}
