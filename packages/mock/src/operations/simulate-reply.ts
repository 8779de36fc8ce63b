import { MESSAGE_STATUS_ORDER } from '@briq-interactive/core'
import { quoted } from '@briq-interactive/core/server'
import { validationError } from '../http/api-error.ts'
import { isUuid } from '../http/query.ts'
import type { MockRuntime } from '../runtime.ts'
import { notKept } from '../store/not-kept.ts'
import { type MessageItemView, messageItemView } from '../views/message-views.ts'
import { replyChoices } from './reply-choices.ts'

/**
 * The customer answers outbound message `messageId` with `choice` (a button, row or quick-reply
 * id; `location`; `accept` or `reject`; `complete`; `submit`, see `replyChoices`): the inbound
 * message it sends is stored, the two are paired both ways, the window refreshes and the
 * outbound message counts as read.
 * Throws `ApiError` 404 for an unknown message and 422 for anything that cannot be answered.
 */
export function simulateReply(runtime: MockRuntime, messageId: string, choice: string): MessageItemView {
  const now = runtime.now()
  const { store } = runtime
  const message = isUuid(messageId) ? store.messages.get(messageId) : undefined
  if (!message) throw notKept(store, 'Message', messageId, 'message_id')
  if (!message.is_outbound || message.message_type !== 'interactive') {
    throw validationError(
      'message_id',
      `Message ${messageId} is not an interactive message you sent; only those can be answered`,
    )
  }
  if (message.status === 'failed') {
    throw validationError(
      'message_id',
      `Message ${messageId} failed (${message.error_code}); the customer never saw it`,
    )
  }
  // Still pending but bound to fail: answering it would turn it `read` and hide the failure.
  if (message.planned_failure) {
    throw validationError(
      'message_id',
      `Message ${messageId} breaks WhatsApp's rules and will fail (${message.planned_failure.code}); the customer never sees it`,
    )
  }
  const choices = replyChoices(message.content, now)
  if (choices.length === 0) {
    throw validationError('id', `A ${String(message.content.type)} message has nothing the customer answers with`)
  }
  const picked = choices.find((candidate) => candidate.id === choice)
  if (!picked) {
    throw validationError(
      'id',
      `Unknown choice ${quoted(choice)}; message ${messageId} offers: ${choices.map((option) => option.id).join(', ')}`,
    )
  }
  const conversation = store.conversations.get(message.conversation_id)!
  const reply = store.addInbound(conversation, picked.messageType, picked.content, now)
  reply.paired_message_id = message.id
  message.paired_message_id = reply.id
  // Answering means it reached the phone and they saw it: every step not yet reached is taken
  // (one webhook each, as Briq would have had them from WhatsApp), in core's order; the rank
  // guard keeps this from ever moving backwards.
  for (const step of MESSAGE_STATUS_ORDER) store.moveStatus(message, step, now)
  return messageItemView(reply)
}
