import { apiError } from '../http/api-error.ts'
import { boolParam, requireUuid } from '../http/query.ts'
import { bareResponse } from '../http/responses.ts'
import type { RouteHandler } from '../http/route.ts'

/** `GET /v1/whatsapp/senders?is_active=&is_default=` → a bare array of senders. */
export const listSenders: RouteHandler = (context) => {
  const { strict } = context.runtime
  const isActive = boolParam(context.url.searchParams, 'is_active', strict)
  const isDefault = boolParam(context.url.searchParams, 'is_default', strict)
  const senders = context.runtime.store.senders.filter(
    (s) =>
      (isActive === undefined || s.is_active === isActive) && (isDefault === undefined || s.is_default === isDefault),
  )
  return bareResponse(structuredClone(senders), context.requestId)
}

/** `GET /v1/whatsapp/senders/{sender_id}` → the bare sender, or 404 `{detail}`. */
export const getSender: RouteHandler = (context) => {
  const id = requireUuid(context.params.sender_id!, 'sender_id')
  const sender = context.runtime.store.senders.find((s) => s.id === id)
  if (!sender) throw apiError(404, 'NOT_FOUND', 'Sender not found in this workspace', 'sender_id', { style: 'detail' })
  return bareResponse(structuredClone(sender), context.requestId)
}
