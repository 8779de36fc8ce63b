import type { Conversation, Sender } from '../client/responses.ts'

/** A conversation's 24-hour customer-service window: open (until when, if Briq says) or closed. */
export type ConversationWindow = { readonly open: true; readonly closes: Date | undefined } | { readonly open: false }

/**
 * Whether a conversation's window is open, and when it closes (undefined when Briq gives no
 * readable time). Briq's `window.open` decides, not this machine's clock, which may be wrong;
 * a conversation in Briq's older shape has no `window`, and its `is_active` ("the 24-hour
 * customer-care window is open", docs.briq.tz, guides/whatsapp-conversations) decides instead.
 * Word `closes` with its day: it is often tomorrow, so a time alone would mislead.
 */
export function conversationWindow(conversation: Pick<Conversation, 'window' | 'is_active'>): ConversationWindow {
  if (conversation.window === undefined)
    return conversation.is_active ? { open: true, closes: undefined } : { open: false }
  const { open, expires_at: expiresAt } = conversation.window
  if (!open) return { open: false }
  const closes = typeof expiresAt === 'string' ? new Date(expiresAt) : undefined
  return { open: true, closes: closes === undefined || Number.isNaN(closes.getTime()) ? undefined : closes }
}

/**
 * The thread a message to a typed number would go on: the one with the sending number (`sender`,
 * as typed, else the default active sender, else the first), else any open one. Briq's older
 * conversation shape names no `sender_id`: such a thread may be on the sending number. Undefined
 * when the customer wrote only to another of your numbers (or never wrote).
 */
export function recipientThread(
  threads: readonly Conversation[],
  senders: readonly Sender[],
  sender?: string | null | undefined,
): Conversation | undefined {
  const sending = sender ?? (senders.find((candidate) => candidate.is_default) ?? senders[0])?.display_number
  const senderId = senders.find((candidate) => candidate.display_number === sending)?.id
  const anyOf = (candidates: readonly Conversation[]) =>
    candidates.find((thread) => conversationWindow(thread).open) ?? candidates[0]
  if (senderId === undefined) return anyOf(threads)
  return (
    threads.find((thread) => thread.sender_id === senderId) ?? anyOf(threads.filter((t) => t.sender_id === undefined))
  )
}
