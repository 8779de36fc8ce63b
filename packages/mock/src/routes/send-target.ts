import { isUuid } from '../http/query.ts'
import type { SendTarget } from '../operations/accept-send.ts'

const given = (value: unknown): value is string => typeof value === 'string'
const withoutPlus = (phone: string) => phone.replace(/^\+/, '')
// The store keys ids in lower case; a UUID in capitals is the same id (RFC 9562, section 4).
const asKey = (value: string) => (isUuid(value) ? value.toLowerCase() : value)

/**
 * The target of a checked send body (core's send-target fields): the conversation, else the
 * number `to` (`+` stripped) with the sender from `sender` (preferred) or `sender_id`.
 */
export function targetOf(body: Record<string, unknown>): SendTarget {
  const { to, conversation_id: conversationId, sender, sender_id: senderId } = body
  if (given(conversationId)) return { kind: 'conversation', conversationId: asKey(conversationId) }
  const reference = given(sender)
    ? { value: asKey(sender), field: 'sender' as const }
    : given(senderId)
      ? { value: asKey(senderId), field: 'sender_id' as const }
      : undefined
  return {
    kind: 'phone',
    phone: withoutPlus(given(to) ? to : ''),
    field: 'to',
    ...(reference ? { sender: reference } : {}),
  }
}

/** The target of the older send: `recipient` (`+` stripped) and an optional `sender_id`. */
export function legacyTargetOf(body: Record<string, unknown>): SendTarget {
  const { recipient, sender_id: senderId } = body
  return {
    kind: 'phone',
    phone: withoutPlus(given(recipient) ? recipient : ''),
    field: 'recipient',
    ...(given(senderId) ? { sender: { value: asKey(senderId), field: 'sender_id' as const } } : {}),
  }
}
