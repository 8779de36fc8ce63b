import type { Conversation } from '@briq-interactive/core'

/** A conversation's 24-hour customer-service window: open (until when, if Briq says) or closed. */
export type WindowState = { readonly open: true; readonly closes: Date | undefined } | { readonly open: false }

/**
 * Whether a conversation's window is open, and when it closes (undefined when Briq gives no
 * readable time). Briq's `window.open` decides, not this machine's clock, which may be wrong;
 * a conversation in Briq's older shape has no `window`, and its `is_active` ("the 24-hour
 * customer-care window is open", docs.briq.tz, guides/whatsapp-conversations) decides instead.
 * Word `closes` with `formatDayTime`: it is often tomorrow, so a time alone would mislead.
 */
export function windowState(conversation: Pick<Conversation, 'window' | 'is_active'>): WindowState {
  if (conversation.window === undefined)
    return conversation.is_active ? { open: true, closes: undefined } : { open: false }
  const { open, expires_at: expiresAt } = conversation.window
  if (!open) return { open: false }
  const closes = typeof expiresAt === 'string' ? new Date(expiresAt) : undefined
  return { open: true, closes: closes === undefined || Number.isNaN(closes.getTime()) ? undefined : closes }
}
