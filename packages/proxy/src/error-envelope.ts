import { type BriqFieldError, briqErrorEnvelope } from '@briq-interactive/core'
import { HeaderList } from './reply/header-list.ts'
import type { FinalReply } from './reply/proxy-reply.ts'

const encoder = new TextEncoder()

/**
 * A proxy-made error in Briq's envelope `{success:false,data:null,errors,request_id}`, so the
 * kit's client reads proxy and Briq errors the same way.
 */
export function errorEnvelope(
  status: number,
  errors: readonly BriqFieldError[],
  requestId: string,
  headers?: Record<string, string>,
): FinalReply {
  const list = new HeaderList(headers)
  list.set('Content-Type', 'application/json; charset=utf-8')
  list.set('Cache-Control', 'no-store')
  list.set('X-Request-Id', requestId)
  const body = encoder.encode(JSON.stringify(briqErrorEnvelope(errors, requestId)))
  return { status, statusText: '', headers: list, body }
}

/** Shorthand for an envelope with a single error and no field. */
export function errorResponse(
  status: number,
  code: string,
  message: string,
  requestId: string,
  headers?: Record<string, string>,
): FinalReply {
  return errorEnvelope(status, [{ code, message, field: null }], requestId, headers)
}
