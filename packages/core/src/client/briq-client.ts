import type { ConversationStatusFilter, MessageDirection } from '../contract/query-values.ts'
import type { ReadonlyDeep } from '../readonly-deep.ts'
import type { SendInteractiveRequest } from '../schemas/send-request.ts'
import type { RequestOptions } from './client-options.ts'
import type {
  Conversation,
  ConversationPage,
  ConversationReadResult,
  MessageDetail,
  MessagePage,
  MessageReadReceipt,
  MessageStatusValue,
  Sender,
  SendResult,
} from './responses.ts'

/** Filters for {@link BriqClient.listMessages} (Briq's query parameters: docs.briq.tz, api-reference/karibu-whatsapp-messages/list-poll-messages). */
export interface ListMessagesQuery {
  /** Only this conversation's messages. */
  conversation_id?: string | undefined
  /** Only this message type, e.g. `interactive`. */
  message_type?: string | undefined
  /** Only messages in this status. */
  status?: MessageStatusValue | undefined
  /** `inbound` reads the customers' answers (no webhooks needed); `outbound` your sends. */
  direction?: MessageDirection | undefined
  /** Only messages created at or after this time (ISO 8601 string or Date). */
  since?: string | Date | undefined
  /** Only messages created at or before this time (ISO 8601 string or Date). */
  until?: string | Date | undefined
  /** Page size, 1–200 (Briq's default 100). */
  limit?: number | undefined
  /** How many to skip (default 0). */
  offset?: number | undefined
}

/** Filters for {@link BriqClient.listConversations} (docs.briq.tz, api-reference/karibu-whatsapp-conversations/list-conversations). */
export interface ListConversationsQuery {
  /** Only threads of this sender. */
  sender_id?: string | undefined
  /** Only threads with this customer number (exact, optional `+`). */
  recipient?: string | undefined
  /** `all` (default), `open` (window open) or `unread`. */
  status?: ConversationStatusFilter | undefined
  /** Free-text search, up to 64 characters. */
  search?: string | undefined
  /** Page size, 1–100 (Briq's default 50). */
  limit?: number | undefined
  /** How many to skip (default 0). */
  offset?: number | undefined
}

/** Filters for {@link BriqClient.listSenders}. */
export interface ListSendersQuery {
  /** Only active (or only inactive) senders. */
  is_active?: boolean | undefined
  /** Only the default sender (or only the others). */
  is_default?: boolean | undefined
}

/** Options for {@link BriqClient.markConversationRead}. */
export interface MarkConversationReadOptions {
  /** Mark inbound messages up to this time read (ISO 8601 string or Date); default: now. */
  upTo?: string | Date | undefined
}

/**
 * A typed client for Briq's WhatsApp paths under your endpoint. Every method resolves with
 * the response's `data` and rejects with a `BriqError`.
 */
export interface BriqClient {
  /**
   * Validates and sends an interactive message (`POST /v1/whatsapp/messages/interactive`).
   * An invalid request rejects with kind `validation` and is never sent. Never retried. A request
   * written `as const` (readonly arrays) is taken as it is (`ReadonlyDeep`).
   */
  sendInteractive(request: ReadonlyDeep<SendInteractiveRequest>, options?: RequestOptions): Promise<SendResult>
  /** Delivery status of a message, with the customer's paired `reply` (`GET /v1/whatsapp/messages/{id}`). */
  getMessage(messageId: string, options?: RequestOptions): Promise<MessageDetail>
  /** Messages across the workspace, newest first (`GET /v1/whatsapp/messages`). */
  listMessages(query?: ListMessagesQuery, options?: RequestOptions): Promise<MessagePage>
  /** Conversation threads, most recently active first (`GET /v1/whatsapp/conversations`). */
  listConversations(query?: ListConversationsQuery, options?: RequestOptions): Promise<ConversationPage>
  /** One conversation, with its 24-hour window (`GET /v1/whatsapp/conversations/{id}`). */
  getConversation(conversationId: string, options?: RequestOptions): Promise<Conversation>
  /** Your WhatsApp numbers (`GET /v1/whatsapp/senders`). */
  listSenders(query?: ListSendersQuery, options?: RequestOptions): Promise<Sender[]>
  /**
   * Sends blue ticks for an inbound message (`POST /v1/whatsapp/messages/{id}/read`); `messageId`
   * is Briq's internal `id` from the message list. Resolves null when Briq returns no data. Never retried.
   */
  markRead(messageId: string, options?: RequestOptions): Promise<MessageReadReceipt | null>
  /** Marks a conversation's inbound messages read (`POST /v1/whatsapp/conversations/{id}/read`). Never retried. */
  markConversationRead(
    conversationId: string,
    read?: MarkConversationReadOptions,
    options?: RequestOptions,
  ): Promise<ConversationReadResult>
}
