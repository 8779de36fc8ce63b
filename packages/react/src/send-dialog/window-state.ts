import type { Conversation } from '@briq-interactive/core'
import { formatTime } from '../preview/format-time.ts'

/** A conversation's 24-hour customer-service window as the dialog words it. */
export type WindowState = { readonly open: true; readonly until: string } | { readonly open: false }

/**
 * Whether a conversation's window is open, and until when (`HH:MM` local time, '' when Briq
 * gives no readable time). Briq's `window.open` decides, not this machine's clock, which may be
 * wrong; the window never lasts more than 24 hours, so the time alone is unambiguous.
 */
export function windowState(conversation: Pick<Conversation, 'window'>): WindowState {
  const { open, expires_at: expiresAt } = conversation.window
  if (!open) return { open: false }
  return { open: true, until: typeof expiresAt === 'string' ? formatTime(new Date(expiresAt)) : '' }
}
