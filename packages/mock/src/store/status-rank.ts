import type { OutboundStatus } from './records.ts'

const RANK: Record<OutboundStatus, number> = { pending: 0, sent: 1, delivered: 2, read: 3, failed: 4 }

/**
 * Briq's status-rank guard: a message only ever moves forward (a late `sent` never overwrites
 * `delivered`), and `failed` is terminal and only reachable before delivery.
 */
export function canMoveTo(current: OutboundStatus, next: OutboundStatus): boolean {
  if (current === 'failed') return false
  if (next === 'failed') return current === 'pending' || current === 'sent'
  return RANK[next] > RANK[current]
}
