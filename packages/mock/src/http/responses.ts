import type { ApiErrorItem } from './api-error.ts'

const JSON_TYPE = { 'content-type': 'application/json' }

function json(body: unknown, status: number, requestId: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...JSON_TYPE, 'x-request-id': requestId, ...headers },
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
  return json({ success: false, data: null, errors, request_id: requestId }, status, requestId, headers)
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
