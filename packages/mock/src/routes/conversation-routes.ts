import { CONVERSATION_STATUS_FILTERS, LIMITS } from '@briq-interactive/core'
import { validationError } from '../http/api-error.ts'
import { enumParam, intParam, limitParam, parseDateTime, requireUuid, textParam, uuidParam } from '../http/query.ts'
import { envelopeResponse } from '../http/responses.ts'
import type { RouteContext, RouteHandler } from '../http/route.ts'
import { notKept } from '../store/not-kept.ts'
import type { ConversationRecord } from '../store/records.ts'
import { conversationView } from '../views/conversation-view.ts'

const view = (context: RouteContext, conversation: ConversationRecord) =>
  conversationView(
    context.runtime.store,
    conversation,
    context.runtime.windowOpen(conversation, context.windowsClosed),
    context.runtime.now(),
  )

function findConversation(context: RouteContext): ConversationRecord {
  const id = requireUuid(context.params.conversation_id!, 'conversation_id')
  const conversation = context.runtime.store.conversations.get(id)
  if (!conversation) throw notKept(context.runtime.store, 'Conversation', id, 'conversation_id')
  return conversation
}

/**
 * `GET /v1/whatsapp/conversations` (G2, enveloped): most recently active first; filters
 * `sender_id` (uuid), `recipient` (`LIMITS.query.conversationsRecipient`, exact, optional `+`),
 * `status` (`CONVERSATION_STATUS_FILTERS`), `search` (`LIMITS.query.conversationsSearch`); `limit`
 * (`LIMITS.query.conversationsLimit`), `offset` ≥0.
 */
export const listConversations: RouteHandler = (context) => {
  context.runtime.now()
  const query = context.url.searchParams
  const strict = context.runtime.strict
  const senderId = uuidParam(query, 'sender_id')
  const rawRecipient = textParam(query, 'recipient', LIMITS.query.conversationsRecipient)
  // Convenience outside strict mode: an unencoded `+` (`?recipient=+2557…`) arrives as a
  // space; read it as the `+`. Briq matches the value exactly.
  const recipient = (strict ? rawRecipient : rawRecipient?.trim())?.replace(/^\+/, '')
  const status = enumParam(query, 'status', CONVERSATION_STATUS_FILTERS, 'all')
  const rawSearch = textParam(query, 'search', LIMITS.query.conversationsSearch)?.toLowerCase()
  const search = strict ? rawSearch : rawSearch?.trim()
  const searchNumber = search?.replace(/^\+/, '')
  const limit = limitParam(query, 'limit', LIMITS.query.conversationsLimit)
  const offset = intParam(query, 'offset', 0, 0, Number.MAX_SAFE_INTEGER)
  const { store } = context.runtime
  // Filters read the records; views (unread counts, ISO times) are built for the page only.
  const matches = [...store.conversations.values()]
    .filter(
      (c) =>
        (senderId === undefined || c.sender_id === senderId) &&
        (recipient === undefined || c.recipient_phone === recipient) &&
        (status !== 'open' || context.runtime.windowOpen(c, context.windowsClosed)) &&
        (status !== 'unread' || store.unreadCount(c.id) > 0) &&
        (search === undefined ||
          c.recipient_phone.includes(searchNumber ?? search) ||
          (c.contact_profile_name ?? '').toLowerCase().includes(search)),
    )
    .sort((a, b) => (b.last_message_at ?? b.created_at) - (a.last_message_at ?? a.created_at) || b.seq - a.seq)
  const items = matches.slice(offset, offset + limit).map((conversation) => view(context, conversation))
  return envelopeResponse({ items, total: matches.length, limit, offset }, context.requestId)
}

/** `GET /v1/whatsapp/conversations/{conversation_id}` (enveloped). */
export const getConversation: RouteHandler = (context) => {
  context.runtime.now()
  return envelopeResponse(view(context, findConversation(context)), context.requestId)
}

/** `POST /v1/whatsapp/conversations/{conversation_id}/read` with optional `{ "up_to": date-time }`. */
export const markConversationRead: RouteHandler = async (context) => {
  const now = context.runtime.now()
  const conversation = findConversation(context)
  const body = await context.body({ optional: true })
  let upTo = now
  if (body.up_to !== undefined && body.up_to !== null) {
    upTo = typeof body.up_to === 'string' ? parseDateTime(body.up_to) : Number.NaN
    if (Number.isNaN(upTo)) {
      throw validationError(
        'up_to',
        'up_to must be a real date-time with an offset, like 2026-06-24T00:00:00Z, or null',
      )
    }
  }
  let marked = 0
  for (const message of context.runtime.store.messages.of(conversation.id)?.oldestFirst() ?? []) {
    if (message.is_outbound || message.status === 'read') continue
    if (message.created_at > upTo) continue
    message.status = 'read'
    message.read_at = now
    message.updated_at = now
    marked++
  }
  return envelopeResponse({ conversation_id: conversation.id, messages_marked_read: marked }, context.requestId)
}
