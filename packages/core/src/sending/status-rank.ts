import type { MessageStatusValue } from '../client/responses.ts'

const RANK: Record<string, number> = { pending: 0, sent: 1, delivered: 2, read: 3 }

/**
 * The status to show after `next` arrives while `current` is shown. Statuses only move forward
 * (pending < sent < delivered < read), as Briq's own rank guard promises; `failed` is terminal
 * and only follows pending or sent. A status Briq adds later (unknown rank) is shown only
 * while nothing is known yet.
 */
export function advanceStatus(
  current: MessageStatusValue | undefined,
  next: MessageStatusValue,
): MessageStatusValue | undefined {
  if (current === undefined) return next
  if (current === 'failed') return current
  if (next === 'failed') return current === 'pending' || current === 'sent' || !(current in RANK) ? next : current
  const from = RANK[current]
  const to = RANK[next]
  if (to === undefined) return current
  if (from === undefined) return next
  return to > from ? next : current
}
