import { LIMITS, MESSAGE_DIRECTIONS } from '@briq-interactive/core'
import { validationError } from '../http/api-error.ts'
import { enumParam, intParam, limitParam, requireUuid, textParam, timeParam, uuidParam } from '../http/query.ts'
import { envelopeResponse } from '../http/responses.ts'
import type { RouteContext, RouteHandler } from '../http/route.ts'
import { notKept } from '../store/not-kept.ts'
import type { MessageRecord } from '../store/records.ts'
import { isoTime } from '../views/iso-time.ts'
import { messageDetailView, messageItemView } from '../views/message-views.ts'

function findMessage(context: RouteContext): MessageRecord {
  const id = requireUuid(context.params.message_id!, 'message_id')
  const message = context.runtime.store.messages.get(id)
  if (!message) throw notKept(context.runtime.store, 'Message', id, 'message_id')
  return message
}

/** `GET /v1/whatsapp/messages/{message_id}`: status, error and the paired customer `reply`. */
export const getMessage: RouteHandler = (context) => {
  context.runtime.now()
  return envelopeResponse(messageDetailView(context.runtime.store, findMessage(context)), context.requestId)
}

/**
 * `GET /v1/whatsapp/messages`: newest first, filters `conversation_id` (uuid), `message_type`,
 * `status`, `direction` (`inbound` | `outbound`; absent: both), `since`, `until` (RFC 3339);
 * `limit` (`LIMITS.query.messagesLimit`), `offset` ≥0. Exactly Briq's documented values: anything else → 422.
 */
export const listMessages: RouteHandler = (context) => {
  context.runtime.now()
  const query = context.url.searchParams
  const conversationId = uuidParam(query, 'conversation_id')
  // Briq documents message_type and status as free strings (no enum published).
  const messageType = textParam(query, 'message_type')
  const status = textParam(query, 'status')
  const direction = enumParam(query, 'direction', MESSAGE_DIRECTIONS)
  const since = timeParam(query, 'since')
  const until = timeParam(query, 'until')
  const limit = limitParam(query, 'limit', LIMITS.query.messagesLimit)
  const offset = intParam(query, 'offset', 0, 0, Number.MAX_SAFE_INTEGER)
  const source = context.runtime.store.messages.of(conversationId)
  const items: MessageRecord[] = []
  let total = 0
  const unfiltered = [messageType, status, direction, since, until].every((value) => value === undefined)
  if (source && unfiltered) {
    // Newest first is the store's own order read backwards: a page costs only its length.
    total = source.size
    for (let index = offset; index < Math.min(total, offset + limit); index++) items.push(source.newest(index)!)
  } else if (source) {
    for (const message of source.newestFirst()) {
      // Everything further on is older still.
      if (since !== undefined && message.created_at < since) break
      const matches =
        (messageType === undefined || message.message_type === messageType) &&
        (status === undefined || message.status === status) &&
        (direction === undefined || message.is_outbound === (direction === 'outbound')) &&
        (until === undefined || message.created_at <= until)
      if (!matches) continue
      if (total >= offset && items.length < limit) items.push(message)
      total++
    }
  }
  return envelopeResponse({ items: items.map(messageItemView), total, limit, offset }, context.requestId)
}

/** `POST /v1/whatsapp/messages/{message_id}/read`: a read receipt (blue ticks) for a customer's message. */
export const markMessageRead: RouteHandler = async (context) => {
  // No body is read, but one sent must be JSON, as the proxy checks before forwarding it.
  await context.body({ optional: true })
  const now = context.runtime.now()
  const message = findMessage(context)
  if (message.is_outbound) {
    throw validationError(
      'message_id',
      'Read receipts are for the customer’s (inbound) messages; this one was sent by you',
    )
  }
  if (message.status !== 'read') {
    message.status = 'read'
    message.read_at = now
    message.updated_at = now
  }
  const data = {
    message_id: message.id,
    conversation_id: message.conversation_id,
    provider_message_id: message.provider_message_id,
    status: 'read',
    read_at: isoTime(message.read_at!),
  }
  return envelopeResponse(data, context.requestId)
}
