import { briqErrorEnvelope } from '@briq-interactive/core'
import type { ApiErrorItem } from './api-error.ts'

const JSON_TYPE = { 'content-type': 'application/json' }

// Content-Length is set here, not left to the transport, so a HEAD answer (the same response
// without its body) carries the length GET sends, through msw and node:http alike.
function json(body: unknown, status: number, requestId: string, headers: Record<string, string> = {}): Response {
  const bytes = new TextEncoder().encode(JSON.stringify(body))
  return new Response(bytes, {
    status,
    headers: { ...JSON_TYPE, 'content-length': String(bytes.byteLength), 'x-request-id': requestId, ...headers },
  })
}

/** `{ success: true, data, errors: null, request_id }`. */
export function envelopeResponse(data: unknown, requestId: string, status = 200): Response {
  return json({ success: true, data, errors: null, request_id: requestId }, status, requestId)
}

/** `{ success: false, data: null, errors, request_id }`. */
export function errorEnvelopeResponse(
  status: number,
  errors: ApiErrorItem[],
  requestId: string,
  headers?: Record<string, string>,
): Response {
  return json(briqErrorEnvelope(errors, requestId), status, requestId, headers)
}

/** The resource itself, as Briq's senders and templates endpoints answer. */
export function bareResponse(body: unknown, requestId: string, status = 200): Response {
  return json(body, status, requestId)
}

/** `{ detail }`, the error shape of Briq's bare read endpoints. */
export function detailResponse(
  status: number,
  detail: string,
  requestId: string,
  headers?: Record<string, string>,
): Response {
  return json({ detail }, status, requestId, headers)
}
