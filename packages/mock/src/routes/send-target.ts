import { BRIQ_PHONE_PATTERN, LIMITS } from '@briq-interactive/core'
import { ApiError, type ApiErrorItem } from '../http/api-error.ts'
import { isUuid } from '../http/query.ts'
import type { SendTarget } from '../operations/accept-send.ts'
import type { CheckedInteractiveSend } from '../validation/check-interactive-send.ts'

/** The `SendTarget` of a checked interactive send; `phoneField` names the recipient field. */
export function targetOf(checked: CheckedInteractiveSend, phoneField: 'to' | 'recipient'): SendTarget {
  if (checked.conversation_id !== undefined) return { kind: 'conversation', conversationId: checked.conversation_id }
  const sender =
    checked.sender !== undefined
      ? { value: checked.sender, field: 'sender' as const }
      : checked.sender_id !== undefined
        ? { value: checked.sender_id, field: 'sender_id' as const }
        : undefined
  return { kind: 'phone', phone: checked.to!, field: phoneField, ...(sender ? { sender } : {}) }
}

const present = (value: unknown) => value !== undefined && value !== null

/**
 * The target of a G2 text or template send: exactly one of `to` / `conversation_id`
 * (422 `VALIDATION_ERROR` otherwise), `to` in Briq's pattern, uuids where uuids go, and the
 * sender from `sender` (preferred) or `sender_id`.
 */
export function checkUnifiedTarget(body: Record<string, unknown>): SendTarget {
  const errors: ApiErrorItem[] = []
  const fail = (field: string, message: string) => errors.push({ code: 'VALIDATION_ERROR', message, field })
  const { to, conversation_id: conversationId, sender_id: senderId, sender } = body
  if (present(to) && present(conversationId)) fail('to', 'Provide exactly one of to or conversation_id, not both')
  else if (!present(to) && !present(conversationId)) fail('to', 'Provide exactly one of to or conversation_id')
  if (
    present(to) &&
    (typeof to !== 'string' ||
      to.length < LIMITS.send.to.min ||
      to.length > LIMITS.send.to.max ||
      !BRIQ_PHONE_PATTERN.test(to))
  ) {
    fail('to', `to must be a phone number in E.164 digits like 255712345678, got ${JSON.stringify(to)}`)
  }
  if (present(conversationId) && (typeof conversationId !== 'string' || !isUuid(conversationId))) {
    fail('conversation_id', `conversation_id must be a UUID, got ${JSON.stringify(conversationId)}`)
  }
  if (present(senderId) && (typeof senderId !== 'string' || !isUuid(senderId))) {
    fail('sender_id', `sender_id must be a UUID, got ${JSON.stringify(senderId)}`)
  }
  const senderMax = LIMITS.send.sender.max
  if (present(sender) && (typeof sender !== 'string' || sender.length === 0 || sender.length > senderMax)) {
    fail('sender', `sender must be one of your numbers or its phone_number_id (1–${senderMax} characters)`)
  }
  if (errors.length > 0) throw new ApiError(422, errors)
  if (present(conversationId)) return { kind: 'conversation', conversationId: conversationId as string }
  return {
    kind: 'phone',
    phone: (to as string).replace(/^\+/, ''),
    field: 'to',
    ...(present(sender)
      ? { sender: { value: sender as string, field: 'sender' as const } }
      : present(senderId)
        ? { sender: { value: senderId as string, field: 'sender_id' as const } }
        : {}),
  }
}
