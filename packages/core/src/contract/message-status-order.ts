import type { MessageStatusValue } from '../client/responses.ts'

/**
 * The outbound statuses in the order a message moves through them (docs.briq.tz,
 * guides/whatsapp-track-messages): `failed` is not in the order; it is terminal and can follow
 * only `pending` or `sent` (a message that was delivered did not fail).
 */
export const MESSAGE_STATUS_ORDER = ['pending', 'sent', 'delivered', 'read'] as const

const rank = (status: string): number => (MESSAGE_STATUS_ORDER as readonly string[]).indexOf(status)

/**
 * Whether a message showing `current` may move to `next`: statuses only move forward (Briq's
 * status-rank guard: a late `sent` never overwrites `delivered`), `failed` ends everything and
 * follows only `pending` or `sent`. A status Briq adds later (not in the order) replaces only
 * another unknown one or nothing known, and is never replaced by one of its own kind.
 */
export function canAdvance(current: MessageStatusValue, next: MessageStatusValue): boolean {
  if (current === next || current === 'failed') return false
  const from = rank(current)
  if (next === 'failed') return from <= 1
  const to = rank(next)
  if (to < 0) return false
  return from < 0 || to > from
}

/**
 * The status to show after `next` arrives while `current` is shown (nothing yet: `next`).
 * See {@link canAdvance}.
 */
export function advanceStatus(
  current: MessageStatusValue | undefined,
  next: MessageStatusValue,
): MessageStatusValue | undefined {
  if (current === undefined) return next
  return canAdvance(current, next) ? next : current
}
