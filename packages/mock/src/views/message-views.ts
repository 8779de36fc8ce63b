import type { MessageRecord } from '../store/records.ts'
import type { MockStore } from '../store/store.ts'
import { isoTime } from './iso-time.ts'

/** A message as `GET /v1/whatsapp/messages` lists it (and as the `reply` of a message detail). */
export interface MessageItemView {
  /** Briq's internal uuid — use it for read receipts. */
  id: string
  /** Provider id (`wamid.…`), `null` while pending or after a failure. */
  message_id: string | null
  /** The thread. */
  conversation_id: string
  /** The workspace's number in the thread. */
  sender_id: string
  /** `true` when the workspace sent it. */
  is_outbound: boolean
  /** `interactive`, `text` or `template`. */
  message_type: string
  /** The payload (interactive object, `{body}`, template fields, or the customer's `button_reply`/`list_reply`). */
  content: Record<string, unknown>
  /** `pending|sent|delivered|read|failed` outbound; `received|read` inbound. */
  status: string
  /** ISO time. */
  created_at: string
  /** ISO time of the last status change. */
  updated_at: string
  /** The other half of a question/answer pair. */
  paired_message_id: string | null
}

/** `GET /v1/whatsapp/messages/{id}`: status, error and the paired customer reply. */
export interface MessageDetailView extends MessageItemView {
  /** Same as `message_id`, under the send result's name. */
  provider_message_id: string | null
  /** Meta's code once failed (131009, 100, 131051, 131047). */
  error_code: number | null
  /** Why it failed, naming the field. */
  error_message: string | null
  /** For an outbound message, the customer's answer once they tapped; else `null`. */
  reply: MessageItemView | null
}

/** The list-item view of a message. */
export function messageItemView(message: MessageRecord): MessageItemView {
  return {
    id: message.id,
    message_id: message.provider_message_id,
    conversation_id: message.conversation_id,
    sender_id: message.sender_id,
    is_outbound: message.is_outbound,
    message_type: message.message_type,
    content: structuredClone(message.content),
    status: message.status,
    created_at: isoTime(message.created_at),
    updated_at: isoTime(message.updated_at),
    paired_message_id: message.paired_message_id,
  }
}

/** The detail view, with the paired `reply` resolved. */
export function messageDetailView(store: MockStore, message: MessageRecord): MessageDetailView {
  const paired = message.paired_message_id ? store.messages.get(message.paired_message_id) : undefined
  return {
    ...messageItemView(message),
    provider_message_id: message.provider_message_id,
    error_code: message.error_code,
    error_message: message.error_message,
    reply: message.is_outbound && paired ? messageItemView(paired) : null,
  }
}
