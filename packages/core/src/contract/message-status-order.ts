import type { MessageStatus, MessageStatusValue } from '../client/responses.ts'

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

/** One of the steps of {@link MESSAGE_STATUS_ORDER}. */
export type MessageStatusStep = (typeof MESSAGE_STATUS_ORDER)[number]

const KNOWN: readonly string[] = [...MESSAGE_STATUS_ORDER, 'failed']

/**
 * A status Briq sent, in the spelling its docs give every status (lower case: `pending`, `sent`,
 * `delivered`, `read`, `failed`; docs.briq.tz, guides/whatsapp-track-messages) when it is one of
 * them written otherwise (`"DELIVERED"`, as providers such as Infobip spell theirs, or with
 * white space around). Any other string is kept as sent: a status Briq may add later.
 */
export function readMessageStatus(value: MessageStatusValue): MessageStatusValue {
  if (typeof value !== 'string') return value
  const spelled = value.trim().toLowerCase()
  return KNOWN.includes(spelled) ? (spelled as MessageStatus) : value
}

/**
 * The furthest step of {@link MESSAGE_STATUS_ORDER} a message is known to have reached, given
 * the step known before (`previous`) and the status it shows now. A `failed` message reached
 * `pending` at least (Briq had queued it), and `sent` when the provider gave it an id
 * (`provider_message_id`: "sent = accepted by the provider"): the steps before its failure stay
 * reached. Undefined while nothing in the order is known (no status yet, or one Briq added).
 */
export function furthestStep(
  previous: MessageStatusStep | undefined,
  status: MessageStatusValue | undefined,
  providerMessageId?: string | null | undefined,
): MessageStatusStep | undefined {
  let index = Math.max(previous === undefined ? -1 : rank(previous), status === undefined ? -1 : rank(status))
  if (status === 'failed') index = Math.max(index, providerMessageId ? 1 : 0)
  return MESSAGE_STATUS_ORDER[index]
}

/** A step a message can fail after: `failed` follows only `pending` or `sent` ({@link canAdvance}). */
export type FailedAfterStep = 'pending' | 'sent'

/**
 * How far a failed message got before it failed: `sent` when the provider had it, else
 * `pending` (Briq had queued it), from the snapshot's `status` and `reached`
 * ({@link furthestStep}); undefined for a message that has not failed. A UI says it beside
 * "Not delivered", so a screen reader hears what the progress list shows.
 */
export function failedAfter(
  status: MessageStatusValue | undefined,
  reached: MessageStatusStep | undefined,
): FailedAfterStep | undefined {
  if (status !== 'failed') return undefined
  return reached !== undefined && rank(reached) >= 1 ? 'sent' : 'pending'
}
