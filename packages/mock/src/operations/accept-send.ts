import { apiError } from '../http/api-error.ts'
import type { MockRuntime } from '../runtime.ts'
import { evictionNote, notKept } from '../store/not-kept.ts'
import type { ConversationRecord, MessageType, PlannedFailure, SenderRecord } from '../store/records.ts'
import { windowClosedFailure } from '../validation/meta-failure.ts'
import { isoTime } from '../views/iso-time.ts'
import { resolveSender, type SenderReference } from './resolve-sender.ts'

/** Who a send goes to: a number (with an optional sender) or an existing conversation. */
export type SendTarget =
  | {
      /** A customer number. */
      kind: 'phone'
      /** E.164 digits, `+` already stripped. */
      phone: string
      /** The request field that named it (`to` or `recipient`), for `WINDOW_CLOSED`. */
      field: string
      /** The sender named in the request, if any. */
      sender?: SenderReference
    }
  | {
      /** An existing thread: recipient and sender come from it. */
      kind: 'conversation'
      /** Conversation uuid. */
      conversationId: string
    }

/** A send that passed request validation. */
export interface SendCommand {
  /** Recipient. */
  target: SendTarget
  /** Message type. */
  type: MessageType
  /** Stored payload. */
  content: Record<string, unknown>
  /** The WhatsApp-rule failure to apply later, or `null`. */
  plannedFailure: PlannedFailure | null
  /** Freeform sends need an open window; templates and `check_window: false` skip it. */
  checkWindow: boolean
  /** Template sends open or refresh the window. */
  opensWindow: boolean
  /** The request's scenario closes every window. */
  windowsClosed: boolean
}

/** Briq's `WaSendResult` (G3 shape: includes `sender` and `status`). */
export interface SendResult {
  /** Briq's uuid of the new message. */
  message_id: string
  /** The thread it went to. */
  conversation_id: string
  /** The sender's uuid. */
  sender_id: string
  /** The sender's phone_number_id. */
  sender: string
  /** Always `null` at acceptance; filled once `sent`. */
  provider_message_id: string | null
  /** Always `pending` at acceptance. */
  status: 'pending'
}

function locate(
  runtime: MockRuntime,
  target: SendTarget,
): { sender: SenderRecord; conversation?: ConversationRecord; phone: string } {
  const { store } = runtime
  if (target.kind === 'conversation') {
    const conversation = store.conversations.get(target.conversationId)
    if (!conversation) throw notKept(store, 'Conversation', target.conversationId, 'conversation_id')
    const sender = store.senders.find((s) => s.id === conversation.sender_id)!
    return { sender, conversation, phone: conversation.recipient_phone }
  }
  const sender = resolveSender(store, target.sender)
  return { sender, conversation: store.findConversation(sender.id, target.phone), phone: target.phone }
}

/**
 * Accepts a validated send: resolves sender and thread, enforces the 24-hour window
 * (422 `WINDOW_CLOSED`; with the check skipped, the message fails later with Meta's 131047),
 * stores the message as `pending` and schedules its status moves.
 */
export function acceptSend(runtime: MockRuntime, command: SendCommand): SendResult {
  const now = runtime.now()
  const { store } = runtime
  const { sender, conversation: existing, phone } = locate(runtime, command.target)
  const open = existing
    ? runtime.windowOpen(existing, command.windowsClosed)
    : runtime.openWindows && !command.windowsClosed
  if (command.checkWindow && !open) {
    const field = command.target.kind === 'conversation' ? 'conversation_id' : command.target.field
    throw apiError(
      422,
      'WINDOW_CLOSED',
      `The 24-hour customer service window with ${phone} on ${sender.display_number} is closed: send an approved template, or wait for the customer to write${existing ? '' : evictionNote(store)}`,
      field,
    )
  }
  const conversation = existing ?? store.conversationFor(sender.id, phone, now)
  if (command.opensWindow || (runtime.openWindows && !store.isWindowOpen(conversation, now))) {
    store.refreshWindow(conversation, now)
  }
  // Past a skipped check (`check_window: false`) WhatsApp itself refuses a free-form message
  // outside the window; a payload WhatsApp cannot parse fails first.
  const plannedFailure = command.plannedFailure ?? (open || command.opensWindow ? null : windowClosedFailure())
  const message = store.addOutbound({ conversation, type: command.type, content: command.content, plannedFailure }, now)
  if (command.type === 'template') {
    const template = store.templates.find((t) => t.name === command.content.template_name)
    if (template) template.last_sent_at = isoTime(now)
  }
  return {
    message_id: message.id,
    conversation_id: conversation.id,
    sender_id: sender.id,
    sender: sender.phone_number_id,
    provider_message_id: null,
    status: 'pending',
  }
}
