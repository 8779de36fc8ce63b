import * as z from 'zod/mini'
import {
  conversationReadResultShape,
  conversationShape,
  messageDetailShape,
  messageListItemShape,
  messageReadReceiptShape,
  pageCountShapes,
  senderListShape,
  senderShape,
  sendResultShape,
} from '../contract/response-shapes.ts'
import { fieldSchemas, shapeSchema } from '../contract/shape-schema.ts'

// The zod schemas of Briq's answers, built from their documented shapes (contract/response-shapes.ts),
// for servers, tests and apps that parse answers with zod. The client checks answers against the
// shapes themselves, so a browser bundle that calls Briq carries none of this.

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
export const sendResultSchema = shapeSchema(sendResultShape)

/** The `data` of a successful send. */
export type SendResult = z.infer<typeof sendResultSchema>

/** A message as listed by `GET /v1/whatsapp/messages`, inbound or outbound. */
export const messageListItemSchema = shapeSchema(messageListItemShape)

/** A message as listed. */
export type MessageListItem = z.infer<typeof messageListItemSchema>

/** A message the customer sent, e.g. the tap answering an interactive message. */
export const inboundMessageSchema = messageListItemSchema

/** A message the customer sent (same shape as a list item, `is_outbound: false`). */
export type InboundMessage = MessageListItem

/** The `data` of `GET /v1/whatsapp/messages/{id}`: status, failure and the paired reply. */
export const messageDetailSchema = shapeSchema(messageDetailShape)

/** The delivery status of one message, with the customer's paired reply. */
export type MessageDetail = z.infer<typeof messageDetailSchema>

/** One page of a list of `item`: `{ items, total, limit, offset }`. */
export function pageSchema<T extends z.core.SomeType>(item: T) {
  return z.looseObject({ items: z.array(item), ...fieldSchemas(pageCountShapes) }) as unknown as z.ZodMiniType<
    { items: z.output<T>[]; total: number; limit: number; offset: number } & { [key: string]: unknown }
  >
}

/** A page of messages, newest first. */
export const messagePageSchema = pageSchema(messageListItemSchema)

/** A page of messages, newest first. */
export type MessagePage = z.infer<typeof messagePageSchema>

/** A thread between one of your senders and one customer. */
export const conversationSchema = shapeSchema(conversationShape)

/** A conversation thread. */
export type Conversation = z.infer<typeof conversationSchema>

/** A page of conversations, most recently active first. */
export const conversationPageSchema = pageSchema(conversationSchema)

/** A page of conversations. */
export type ConversationPage = z.infer<typeof conversationPageSchema>

/** One of your WhatsApp numbers. */
export const senderSchema = shapeSchema(senderShape)

/** One of your WhatsApp numbers. */
export type Sender = z.infer<typeof senderSchema>

/** `GET /v1/whatsapp/senders`: a bare array, or a `{ items }` page. */
export const senderListSchema = shapeSchema(senderListShape)

/** The `data` of a message read receipt; Briq has not published its fields. */
export const messageReadReceiptSchema = shapeSchema(messageReadReceiptShape)

/** The `data` of a message read receipt (fields unpublished, kept as sent). */
export type MessageReadReceipt = z.infer<typeof messageReadReceiptSchema>

/** The `data` of `POST /v1/whatsapp/conversations/{id}/read`. */
export const conversationReadResultSchema = shapeSchema(conversationReadResultShape)

/** The result of marking a conversation read. */
export type ConversationReadResult = z.infer<typeof conversationReadResultSchema>
