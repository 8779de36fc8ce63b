import { type BriqFieldError, briqErrorEnvelope } from '@briq-interactive/core'
import { bytesResponse } from '@briq-interactive/core/server'

const encoder = new TextEncoder()

/**
 * A proxy-made error in Briq's envelope `{success:false,data:null,errors,request_id}`, so the
 * kit's client reads proxy and Briq errors the same way.
 */
export function errorEnvelope(
  status: number,
  errors: readonly BriqFieldError[],
  requestId: string,
  headers?: HeadersInit,
): Response {
  const response = bytesResponse(encoder.encode(JSON.stringify(briqErrorEnvelope(errors, requestId))), {
    status,
    headers,
  })
  response.headers.set('Content-Type', 'application/json; charset=utf-8')
  response.headers.set('Cache-Control', 'no-store')
  response.headers.set('X-Request-Id', requestId)
  return response
}

/** Shorthand for an envelope with a single error and no field. */
export function errorResponse(
  status: number,
  code: string,
  message: string,
  requestId: string,
  headers?: HeadersInit,
): Response {
  return errorEnvelope(status, [{ code, message, field: null }], requestId, headers)
}
