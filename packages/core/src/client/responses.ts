import * as z from 'zod/mini'

// Every object is loose: Briq's three API generations differ in fields and Briq adds fields
// without notice (docs.briq.tz, Karibu-WhatsApp vs api-reference/karibu-whatsapp-messages), and an extra
// key must never turn a good answer into an `invalid_response`.

/** The five outbound delivery states (docs.briq.tz, guides/whatsapp-track-messages). */
export type MessageStatus = 'pending' | 'sent' | 'delivered' | 'read' | 'failed'

/**
 * A status as Briq sends it: one of the known {@link MessageStatus} values, or a newer string
 * Briq may add (the list filter is a free string), kept rather than rejected.
 */
// `string & {}` keeps editor completion for the known values.
export type MessageStatusValue = MessageStatus | (string & {})

/** Parses a status string; any string is accepted (see {@link MessageStatusValue}). */
export const messageStatusSchema: z.ZodMiniType<MessageStatusValue> = z.string()

/** One error in Briq's envelope, e.g. `{ code: "WINDOW_CLOSED", message: "…", field: null }`. */
export const briqApiErrorSchema = z.looseObject({
  /** Machine-readable code, e.g. `WINDOW_CLOSED`, `VALIDATION_ERROR`, `WORKSPACE_REQUIRED`. */
  code: z.string(),
  /** Human-readable explanation from Briq. */
  message: z.string(),
  /** The request field the error is about, when Briq names one. */
  field: z.nullish(z.string()),
})

/** One error in Briq's envelope. */
export type BriqApiError = z.infer<typeof briqApiErrorSchema>

/**
 * Briq's response envelope (`WaApiResponse`, docs.briq.tz, Karibu-WhatsApp/messages/send-interactive) around a `data` schema.
 * `data` is null on errors; `errors` is null (or empty) on success.
 */
export function briqEnvelopeSchema<T extends z.core.SomeType>(data: T) {
  return z.looseObject({
    /** `true` when the call succeeded. */
    success: z.boolean(),
    /** The payload; null when the call failed. */
    data: z.nullable(data),
    /** What went wrong; null or empty on success. */
    errors: z.nullish(z.array(briqApiErrorSchema)),
    /** Briq's id for this request; quote it to Briq support. */
    request_id: z.nullish(z.string()),
  })
}

/** Briq's response envelope around `T`. */
export interface BriqEnvelope<T> {
  /** `true` when the call succeeded. */
  success: boolean
  /** The payload; null when the call failed. */
  data: T | null
  /** What went wrong; null or empty on success. */
  errors?: BriqApiError[] | null | undefined
  /** Briq's id for this request. */
  request_id?: string | null | undefined
}

/** The `data` of a send (`WaSendResult`, docs.briq.tz, Karibu-WhatsApp/messages/send-interactive). */
export const sendResultSchema = z.looseObject({
  /** Briq's internal message id (uuid): poll it with `getMessage`; webhooks carry the same id. */
  message_id: z.string(),
  /** The conversation (thread) the message went to. */
  conversation_id: z.string(),
  /** The sender (your WhatsApp number) used, as a Briq uuid. */
  sender_id: z.string(),
  /** The sender as a number or Meta phone_number_id (newer API only). */
  sender: z.optional(z.string()),
  /** Meta's `wamid…`; null while the message is queued. */
  provider_message_id: z.nullable(z.string()),
  /** Usually `pending` (queued); `sent` when the provider already accepted it. */
  status: messageStatusSchema,
})

/** The `data` of a successful send. */
export type SendResult = z.infer<typeof sendResultSchema>

/** A message as listed by `GET /v1/whatsapp/messages`, inbound or outbound (docs.briq.tz, api-reference/karibu-whatsapp-messages/list-poll-messages). */
export const messageListItemSchema = z.looseObject({
  /** Briq's internal id (uuid): use it for read receipts. */
  id: z.string(),
  /** The provider's id (`wamid…`); may be null while an outbound message is queued. */
  message_id: z.nullable(z.string()),
  /** The conversation the message belongs to. */
  conversation_id: z.string(),
  /** `true` for a message you sent, `false` for one the customer sent. */
  is_outbound: z.boolean(),
  /** The kind of message, e.g. `text` or `interactive`. */
  message_type: z.string(),
  // Any object: for parsed JSON, z.looseObject({}) accepts exactly what z.record(z.string(), z.unknown())
  // does, without z.record's code in every browser bundle that uses the client.
  /**
   * The message content; Briq has not published its shape. For a tapped button or list row,
   * read it with `interactiveReplyFromContent`.
   */
  content: z.looseObject({}),
  /** When the message was created (ISO 8601). */
  created_at: z.string(),
  /** Links an inbound reply to the outbound message it answers (and back). */
  paired_message_id: z.nullish(z.string()),
  /** Delivery status, for outbound messages. */
  status: z.optional(z.nullable(messageStatusSchema)),
})

/** A message as listed. */
export type MessageListItem = z.infer<typeof messageListItemSchema>

/** A message the customer sent, e.g. the tap answering an interactive message. */
export const inboundMessageSchema = messageListItemSchema

/** A message the customer sent (same shape as a list item, `is_outbound: false`). */
export type InboundMessage = MessageListItem

/** The `data` of `GET /v1/whatsapp/messages/{id}` (`WaMessageDetail`, docs.briq.tz, api-reference/karibu-whatsapp-messages/get-message-status). */
export const messageDetailSchema = z.looseObject({
  /** Briq's internal message id; the guide's example omits it, so it may be absent. */
  id: z.optional(z.string()),
  /** Where the message is in its lifecycle: pending → sent → delivered → read, or failed. */
  status: messageStatusSchema,
  /** Meta's `wamid…`; null while queued. */
  provider_message_id: z.nullish(z.string()),
  /** Why the message failed (e.g. Meta's `131052`), when it did. */
  error_code: z.nullish(z.union([z.string(), z.number()])),
  /** A readable failure reason, when the message failed. */
  error_message: z.nullish(z.string()),
  /** The customer's paired answer to an outbound message, once they reply; else null. */
  reply: z.nullish(inboundMessageSchema),
})

/** The delivery status of one message, with the customer's paired reply. */
export type MessageDetail = z.infer<typeof messageDetailSchema>

/** One page of a list: `{ items, total, limit, offset }`. */
export function pageSchema<T extends z.core.SomeType>(item: T) {
  return z.looseObject({
    /** The items on this page. */
    items: z.array(item),
    /** How many items match the query in total. */
    total: z.number(),
    /** The page size used. */
    limit: z.number(),
    /** How many items were skipped. */
    offset: z.number(),
  })
}

/** A page of messages, newest first. */
export const messagePageSchema = pageSchema(messageListItemSchema)

/** A page of messages, newest first. */
export type MessagePage = z.infer<typeof messagePageSchema>

/** A thread between one of your senders and one customer (docs.briq.tz, api-reference/karibu-whatsapp-conversations/get-a-conversation). */
export const conversationSchema = z.looseObject({
  /** The conversation id (uuid); send to it with `conversation_id`. */
  id: z.string(),
  /** Your sender on this thread. */
  sender_id: z.string(),
  /** The customer's number, E.164 digits (sometimes with `+`). */
  recipient_phone: z.string(),
  /** `true` while the 24-hour customer-care window is open. */
  is_active: z.boolean(),
  /** Inbound messages not yet marked read. */
  unread_count: z.number(),
  /** The customer's WhatsApp profile name, when known. */
  contact_profile_name: z.nullish(z.string()),
  /** When the last message was sent or received (ISO 8601). */
  last_message_at: z.nullish(z.string()),
  /** The 24-hour window: free-form (and interactive) messages need it open. */
  window: z.looseObject({
    /** `true` while the window is open. */
    open: z.boolean(),
    /** When the window closes (ISO 8601); null when closed. */
    expires_at: z.nullish(z.string()),
  }),
  /** When the thread was created (ISO 8601). */
  created_at: z.string(),
  /** When the thread last changed (ISO 8601). */
  updated_at: z.string(),
})

/** A conversation thread. */
export type Conversation = z.infer<typeof conversationSchema>

/** A page of conversations, most recently active first. */
export const conversationPageSchema = pageSchema(conversationSchema)

/** A page of conversations. */
export type ConversationPage = z.infer<typeof conversationPageSchema>

/** One of your WhatsApp numbers (`WaSenderItem`, docs.briq.tz, api-reference/karibu-whatsapp-senders/list-senders). */
export const senderSchema = z.looseObject({
  /** The sender id (uuid). */
  id: z.string(),
  /** The number as shown to customers, e.g. `255700000001`. */
  display_number: z.string(),
  /** Your label for it, e.g. "Support line". */
  label: z.nullish(z.string()),
  /** `true` for the fallback sender used when a send names none. */
  is_default: z.boolean(),
  /** `true` when it can send. */
  is_active: z.boolean(),
})

/** One of your WhatsApp numbers. */
export type Sender = z.infer<typeof senderSchema>

/**
 * `GET /v1/whatsapp/senders`: documented as a bare array; an envelope (unwrapped before this
 * schema) or a `{ items }` page is tolerated too.
 */
export const senderListSchema = z.union([z.array(senderSchema), z.looseObject({ items: z.array(senderSchema) })])

/** The `data` of a message read receipt; Briq has not published its fields. */
export const messageReadReceiptSchema = z.looseObject({})

/** The `data` of a message read receipt (fields unpublished, kept as sent). */
export type MessageReadReceipt = z.infer<typeof messageReadReceiptSchema>

/** The `data` of `POST /v1/whatsapp/conversations/{id}/read`. */
export const conversationReadResultSchema = z.looseObject({
  /** The conversation that was marked read. */
  conversation_id: z.string(),
  /** How many inbound messages were marked read. */
  messages_marked_read: z.number(),
})

/** The result of marking a conversation read. */
export type ConversationReadResult = z.infer<typeof conversationReadResultSchema>
