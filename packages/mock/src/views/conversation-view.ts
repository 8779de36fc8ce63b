import type { ConversationRecord } from '../store/records.ts'
import type { MockStore } from '../store/store.ts'
import { isoTime } from './iso-time.ts'

/** A conversation in Briq's G2 shape. */
export interface ConversationView {
  /** Conversation uuid. */
  id: string
  /** The workspace's number in the thread. */
  sender_id: string
  /** Customer number, E.164 digits. */
  recipient_phone: string
  /** Whether the 24-hour window is open (freeform sends allowed). */
  is_active: boolean
  /** Customer messages not yet marked read. */
  unread_count: number
  /** The customer's WhatsApp profile name, when known. */
  contact_profile_name: string | null
  /** ISO time of the newest message. */
  last_message_at: string | null
  /** The 24-hour customer-care window. */
  window: {
    /** Whether it is open now. */
    open: boolean
    /**
     * ISO time it closes (or closed); `null` when never opened, or when it is open only because
     * the mock holds every window open (`openWindows`), which sets no close time.
     */
    expires_at: string | null
  }
  /** ISO time. */
  created_at: string
  /** ISO time. */
  updated_at: string
}

/**
 * The view of a conversation; `open` is the window state the runtime decided (scenarios and
 * `openWindows` can force it) at `now`, the mock's time.
 */
export function conversationView(
  store: MockStore,
  conversation: ConversationRecord,
  open: boolean,
  now: number,
): ConversationView {
  // Held open past its own close (or never opened): no close time, rather than one already gone.
  const expiresAt = open && !store.isWindowOpen(conversation, now) ? null : conversation.window_expires_at
  return {
    id: conversation.id,
    sender_id: conversation.sender_id,
    recipient_phone: conversation.recipient_phone,
    is_active: open,
    unread_count: store.unreadCount(conversation.id),
    contact_profile_name: conversation.contact_profile_name,
    last_message_at: isoTime(conversation.last_message_at),
    window: { open, expires_at: isoTime(expiresAt) },
    created_at: isoTime(conversation.created_at),
    updated_at: isoTime(conversation.updated_at),
  }
}
