import type { MessageStatus } from '@briq-interactive/core'

/** One of the workspace's WhatsApp numbers (a WABA phone number), as `mock.state().senders` holds it. */
export interface SenderRecord {
  /** Briq's uuid for the sender (`sender_id`). */
  id: string
  /** Owner of the sender. */
  user_id: string
  /** The WhatsApp Business account the number belongs to. */
  whatsapp_account_id: string | null
  /** Meta's phone_number_id — what G3 calls `sender` in responses. */
  phone_number_id: string
  /** E.164 digits of the number. */
  display_number: string
  /** Human label, e.g. "Support line". */
  label: string
  /** The fallback sender when a send names none. */
  is_default: boolean
  /** Only active senders can send. */
  is_active: boolean
  /** ISO time. */
  created_at: string
  /** ISO time. */
  updated_at: string
}

/** A thread between one sender and one customer number. */
export interface ConversationRecord {
  /** Conversation uuid. */
  id: string
  /** The sender side of the thread. */
  sender_id: string
  /** Customer number, E.164 digits without `+`. */
  recipient_phone: string
  /** The customer's WhatsApp profile name, when known. */
  contact_profile_name: string | null
  /** Epoch ms when the 24-hour window closes; `null` when it was never opened. */
  window_expires_at: number | null
  /** Epoch ms of the newest message either way. */
  last_message_at: number | null
  /** Epoch ms. */
  created_at: number
  /** Epoch ms. */
  updated_at: number
  /** Creation order, to break ties deterministically. */
  seq: number
}

/** Delivery states: core's `MessageStatus` (their order and what may follow what: core's `canAdvance`). */
export type OutboundStatus = MessageStatus

/** The state of a customer's message: received, then read once a receipt is sent. */
export type InboundStatus = 'received' | 'read'

/** What kind of message it is (`message_type`). */
export type MessageType = 'interactive' | 'text' | 'template' | 'location'

/** A failure that will be applied when the message would have reached the provider. */
export interface PlannedFailure {
  /** Meta's error code (131009, 100, 131051, 131047). */
  code: number
  /** Meta-style detail naming the field. */
  message: string
}

/** One message, outbound (sent by the workspace) or inbound (written by the customer). */
export interface MessageRecord {
  /** Briq's internal uuid (`message_id` in a send result). */
  id: string
  /** `wamid.…`; `null` while an outbound message is pending or when it failed. */
  provider_message_id: string | null
  /** The thread. */
  conversation_id: string
  /** The sender side of the thread. */
  sender_id: string
  /** `true` for messages the workspace sent. */
  is_outbound: boolean
  /** `interactive`, `text` or `template`. */
  message_type: MessageType
  /** The payload: the interactive object, `{ body }`, the template fields, or the customer's reply. */
  content: Record<string, unknown>
  /** Delivery status (outbound) or read state (inbound). */
  status: OutboundStatus | InboundStatus
  /** Meta's code once the message failed. */
  error_code: number | null
  /** Why it failed. */
  error_message: string | null
  /** The other half of an interactive question/answer pair. */
  paired_message_id: string | null
  /** Epoch ms. */
  created_at: number
  /** Epoch ms of the last status change. */
  updated_at: number
  /** Epoch ms when an inbound message was marked read. */
  read_at: number | null
  /** Set when the interactive object breaks WhatsApp's rules: applied instead of `sent`. */
  planned_failure: PlannedFailure | null
  /** Creation order, to break ties deterministically. */
  seq: number
}

/** Meta's template states as Briq reports them (`WaTemplate.status`). */
export const TEMPLATE_STATUSES = [
  'DRAFT',
  'IN_REVIEW',
  'APPROVED',
  'PAUSED',
  'REJECTED',
  'DISABLED',
  'IN_APPEAL',
  'PENDING_DELETION',
  'DELETED',
  'LIMIT_EXCEEDED',
  'ARCHIVED',
] as const

/** One of Meta's template states as Briq reports them. */
export type TemplateStatus = (typeof TEMPLATE_STATUSES)[number]

/** Template categories (`WaTemplate.category`). */
export const TEMPLATE_CATEGORIES = ['AUTH', 'UTILITY', 'MARKETING'] as const

/** A message template (`WaTemplate`), as `mock.state().templates` holds it. */
export interface TemplateRecord {
  /** Template uuid. */
  id: string
  /** The `template_name` to send. */
  name: string
  /** Only `APPROVED` templates can be sent. */
  status: TemplateStatus
  /** Soft-deleted flag. */
  is_deleted: boolean
  /** ISO time. */
  created_at: string
  /** ISO time. */
  updated_at: string
  /** e.g. `en_US`, `sw`. */
  language: string
  /** `AUTH`, `UTILITY` or `MARKETING`. */
  category: (typeof TEMPLATE_CATEGORIES)[number]
  /** Placeholder names in order: the keys of `variables`. */
  params: string[]
  /** Template body and components. */
  details: { body: string; [key: string]: unknown }
  /** Meta's template type. */
  template_type: 'standard' | 'authentication' | 'flow' | 'limited_time_offer'
  /** `POSITIONAL` ({{1}}) or `NAMED` ({{name}}). */
  parameter_format: 'NAMED' | 'POSITIONAL'
  /** Meta's quality rating. */
  quality_score: string | null
  /** The sender that owns the template. */
  whatsapp_sender_number_id: string
  /** ISO time or null. */
  approved_at: string | null
  /** ISO time or null. */
  last_sent_at: string | null
  /** Why Meta rejected it. */
  rejection_reason_code: string | null
  /** Why Meta rejected it, in words. */
  rejection_reason_text: string | null
}
