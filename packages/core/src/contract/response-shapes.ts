import { either, fields, list, nullable, nullish, optional, type Shape } from './shape.ts'

// The documented shapes of Briq's answers (the envelope's `data`, or a bare body). Every object
// is loose: Briq's three API generations differ in fields and Briq adds fields without notice
// (docs.briq.tz, Karibu-WhatsApp vs api-reference/karibu-whatsapp-messages), and an extra key
// must never turn a good answer into an `invalid_response`. The client checks answers against
// these; `client/responses.ts` builds the public zod schemas from them.

/** The `data` of a send (`WaSendResult`, docs.briq.tz, Karibu-WhatsApp/messages/send-interactive). */
// Only `message_id` is required: the guides show the send's answer as `202 {message_id, status}`
// (docs.briq.tz, guides/whatsapp-messages, guides/whatsapp-send-interactive), and the id is
// Briq's receipt for the message, so an answer carrying it is a send taken, whatever it leaves out.
export const sendResultShape = fields({
  /** Briq's internal message id (uuid): poll it with `getMessage`; webhooks carry the same id. */
  message_id: 'string',
  /** The conversation (thread) the message went to (the guides' shorter answer leaves it out). */
  conversation_id: optional('string'),
  /** The sender (your WhatsApp number) used, as a Briq uuid (the guides' shorter answer leaves it out). */
  sender_id: optional('string'),
  /** The sender as a number or Meta phone_number_id (newer API only). */
  sender: optional('string'),
  /** Meta's `wamid…`; null while the message is queued (the guides' shorter answer leaves it out). */
  provider_message_id: nullish('string'),
  /** Usually `pending` (queued); `sent` when the provider already accepted it. */
  status: 'status',
})

/** A message as listed by `GET /v1/whatsapp/messages`, inbound or outbound (docs.briq.tz, api-reference/karibu-whatsapp-messages/list-poll-messages). */
export const messageListItemShape = fields({
  /** Briq's internal id (uuid): use it for read receipts. */
  id: 'string',
  /** The provider's id (`wamid…`); may be null while an outbound message is queued. */
  message_id: nullable('string'),
  /** The conversation the message belongs to. */
  conversation_id: 'string',
  /** `true` for a message you sent, `false` for one the customer sent. */
  is_outbound: 'boolean',
  /** The kind of message, e.g. `text` or `interactive`. */
  message_type: 'string',
  /**
   * The message content; Briq has not published its shape. For a customer's answer to an
   * interactive message (a tap, a location, a call permission, a flow or an address), read it
   * with `interactiveReplyFromContent(content, message_type)`.
   */
  content: fields({}),
  /** When the message was created (ISO 8601). */
  created_at: 'string',
  /** Links an inbound reply to the outbound message it answers (and back). */
  paired_message_id: nullish('string'),
  /** Delivery status, for outbound messages. */
  status: optional(nullable('status')),
})

/** A message the customer sent, e.g. the tap answering an interactive message. */
export const inboundMessageShape = messageListItemShape

/** The `data` of `GET /v1/whatsapp/messages/{id}` (`WaMessageDetail`, docs.briq.tz, api-reference/karibu-whatsapp-messages/get-message-status). */
export const messageDetailShape = fields({
  /** Briq's internal message id; the guide's example omits it, so it may be absent. */
  id: optional('string'),
  /** Where the message is in its lifecycle: pending → sent → delivered → read, or failed. */
  status: 'status',
  /** Meta's `wamid…`; null while queued. */
  provider_message_id: nullish('string'),
  /** Why the message failed (e.g. Meta's `131052`), when it did. */
  error_code: nullish(either('string', 'number')),
  /** A readable failure reason, when the message failed. */
  error_message: nullish('string'),
  /** The customer's paired answer to an outbound message, once they reply; else null. */
  reply: nullish(inboundMessageShape),
})

/** The counts of a page of a list. */
export const pageCountShapes = {
  /** How many items match the query in total. */
  total: 'number',
  /** The page size used. */
  limit: 'number',
  /** How many items were skipped. */
  offset: 'number',
} as const

/** One page of a list: `{ items, total, limit, offset }`. */
export const pageShape = <const T extends Shape>(item: T) =>
  fields({
    /** The items on this page. */
    items: list(item),
    ...pageCountShapes,
  })

/** A page of messages, newest first. */
export const messagePageShape = pageShape(messageListItemShape)

/**
 * A thread between one of your senders and one customer. Briq documents two shapes on the same
 * path: the reference's (docs.briq.tz, api-reference/karibu-whatsapp-conversations/get-a-conversation)
 * and the older guide's (docs.briq.tz, guides/whatsapp-conversations), which has no `sender_id`,
 * `unread_count`, `contact_profile_name` or `window` but `whatsapp_account_id` and
 * `whatsapp_sender_number_id`. Only what both have is required.
 */
export const conversationShape = fields({
  /** The conversation id (uuid); send to it with `conversation_id`. */
  id: 'string',
  /** Your sender on this thread; absent in Briq's older shape (see `whatsapp_sender_number_id`). */
  sender_id: optional('string'),
  /** Your sender number on this thread, in Briq's older shape only (absent in the newer one). */
  whatsapp_sender_number_id: nullish('string'),
  /** Your WhatsApp Business account, in Briq's older shape only (absent in the newer one). */
  whatsapp_account_id: nullish('string'),
  /** The customer's number, E.164 digits (sometimes with `+`). */
  recipient_phone: 'string',
  /** `true` while the 24-hour customer-care window is open. */
  is_active: 'boolean',
  /** Inbound messages not yet marked read; absent in Briq's older shape. */
  unread_count: optional('number'),
  /** The customer's WhatsApp profile name, when known (never in Briq's older shape). */
  contact_profile_name: nullish('string'),
  /** When the last message was sent or received (ISO 8601). */
  last_message_at: nullish('string'),
  /**
   * The 24-hour window: free-form (and interactive) messages need it open. Absent in Briq's
   * older shape, where `is_active` alone says whether it is open.
   */
  window: optional(
    fields({
      /** `true` while the window is open. */
      open: 'boolean',
      /** When the window closes (ISO 8601); null when closed. */
      expires_at: nullish('string'),
    }),
  ),
  /** When the thread was created (ISO 8601). */
  created_at: 'string',
  /** When the thread last changed (ISO 8601). */
  updated_at: 'string',
})

/** A page of conversations, most recently active first. */
export const conversationPageShape = pageShape(conversationShape)

/** One of your WhatsApp numbers (`WaSenderItem`, docs.briq.tz, api-reference/karibu-whatsapp-senders/list-senders). */
export const senderShape = fields({
  /** The sender id (uuid). */
  id: 'string',
  /** The number as shown to customers, e.g. `255700000001`. */
  display_number: 'string',
  /** Your label for it, e.g. "Support line". */
  label: nullish('string'),
  /** `true` for the fallback sender used when a send names none. */
  is_default: 'boolean',
  /** `true` when it can send. */
  is_active: 'boolean',
})

/**
 * `GET /v1/whatsapp/senders`: documented as a bare array; an envelope (unwrapped before this
 * shape) or a `{ items }` page is tolerated too.
 */
export const senderListShape = either(list(senderShape), fields({ items: list(senderShape) }))

/** The `data` of a message read receipt; Briq has not published its fields. */
export const messageReadReceiptShape = fields({})

/** The `data` of `POST /v1/whatsapp/conversations/{id}/read`. */
export const conversationReadResultShape = fields({
  /** The conversation that was marked read. */
  conversation_id: 'string',
  /** How many inbound messages were marked read. */
  messages_marked_read: 'number',
})
