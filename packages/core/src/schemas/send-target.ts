import { isRecord } from '../is-record.ts'
import { ADDRESS_MESSAGE_COUNTRY, BRIQ_PHONE_PATTERN, LIMITS, UUID_PATTERN } from '../limits.ts'
import { text } from './anything.ts'
import { crossCheck } from './cross-check.ts'
import { type CheckPayload, field, report } from './issue-detail.ts'
import { hint } from './json-hints.ts'
import { optional } from './object.ts'
import { limitedText } from './text.ts'

/** A Briq id (a conversation, a sender): a UUID. */
export const uuidSchema = hint(
  text().check((payload) => {
    if (!UUID_PATTERN.test(payload.value)) report(payload, { code: 'invalid_uuid' })
  }),
  'uuid',
)

/** The customer's number as Briq's `to` takes it (`BRIQ_PHONE_PATTERN`). */
export const phoneSchema = hint(
  text().check((payload) => {
    if (!BRIQ_PHONE_PATTERN.test(payload.value)) {
      report(payload, { code: 'invalid_phone' })
    }
  }),
  'phone',
)

// Null means "not given" where Briq documents a field as nullable.
const given = (value: unknown, key: string): boolean => {
  const found = field(value, key)
  return found !== undefined && found !== null
}

/** Which of your numbers sends (Briq: at most `LIMITS.send.sender` characters). */
export const senderSchema = limitedText(LIMITS.send.sender, 'line')

/**
 * The rules of the fields that say who a send goes to, shared by every send request: `to` (with
 * an optional `sender`, or the deprecated `sender_id`) or `conversation_id`. The validators'
 * objects take them as they are; `sendTargetShape` is them as zod schemas, for `z.object`.
 */
export const sendTargetRules = {
  /** The customer's number, international format: `255712345678`. */
  to: optional(phoneSchema),
  /** Which of your numbers sends: the number or its phone_number_id; optional with one active sender. */
  sender: optional(senderSchema),
  /** Deprecated by Briq in favour of `sender`. */
  sender_id: optional(uuidSchema),
  /** An existing conversation; recipient and sender come from it. */
  conversation_id: optional(uuidSchema),
}

// Removes the issues a field's own rule reported at `key`, for a cross-field issue that says more.
const dropIssuesAt = (payload: CheckPayload<unknown>, key: string): void => {
  const issues = payload.issues as { path?: PropertyKey[] }[]
  for (let i = issues.length - 1; i >= 0; i--)
    if (issues[i]!.path?.length === 1 && issues[i]!.path![0] === key) issues.splice(i, 1)
}

/**
 * Which of Briq's send APIs a body is for: the per-type sends (`/messages/interactive`, `/text`,
 * `/template`) or the unified `POST /messages`. They read the target alike but for two points:
 * what both `to` and a `conversation_id` mean, and whether `sender_id` is deprecated.
 */
export type SendTargetApi = 'per-type' | 'unified'

/**
 * The rules across the target fields. A `to` or a `conversation_id` is required (neither: 422).
 * With both, the unified send answers 422 VALIDATION_ERROR ("exactly one", docs.briq.tz,
 * api-reference/karibu-whatsapp-messages/send-a-message), while the per-type sends take the
 * recipient and sender from the conversation and ignore `to`/`sender`/`sender_id`
 * (docs.briq.tz, Karibu-WhatsApp/messages/send-interactive): a warning there. A sender with a
 * conversation is ignored on both; the per-type sends deprecate `sender_id`. An ignored field is
 * still checked against its own rule (a `to` breaking Briq's pattern is an error beside the
 * warning): "ignored" says whose number is used, not that the body's schema skips it, as the
 * unified send calls `to` ignored beside a conversation_id and still refuses the pair.
 */
function checkSendTarget(payload: CheckPayload<unknown>, api: SendTargetApi): void {
  const value = payload.value
  if (!isRecord(value)) return
  const hasTo = given(value, 'to')
  const hasConversation = given(value, 'conversation_id')
  if (hasTo && hasConversation) {
    if (api === 'unified') report(payload, { code: 'conflict', reason: 'target_conflict' }, ['conversation_id'])
    else report(payload, { code: 'not_recommended', reason: 'to_ignored', warning: true }, ['to'])
  } else if (!hasTo && !hasConversation) {
    // A null `to` or `conversation_id` (the per-type sends type them as text only) names no
    // recipient: one issue says what Briq needs, not also that null is not text.
    for (const key of ['to', 'conversation_id']) if (field(value, key) === null) dropIssuesAt(payload, key)
    report(payload, { code: 'required', reason: 'target_required' }, ['to'])
  }
  const hasSender = given(value, 'sender')
  if (hasConversation && (hasSender || given(value, 'sender_id'))) {
    report(payload, { code: 'not_recommended', reason: 'sender_ignored', warning: true }, [
      hasSender ? 'sender' : 'sender_id',
    ])
  }
  if (api === 'per-type' && given(value, 'sender_id')) {
    report(payload, { code: 'not_recommended', reason: 'sender_id_deprecated', warning: true }, ['sender_id'])
  }
}

/**
 * An address request goes to a number outside India (`ADDRESS_MESSAGE_COUNTRY`): a `to` without
 * its calling code gets a warning (a conversation's number is not in the body to check).
 */
function checkAddressRecipient(payload: CheckPayload<unknown>): void {
  const value = payload.value
  if (!isRecord(value) || !isRecord(value.interactive) || value.interactive.type !== 'address_message') return
  const to = value.to
  if (typeof to !== 'string' || !BRIQ_PHONE_PATTERN.test(to)) return
  // Calling codes are prefix-free (ITU-T E.164): a number that starts with India's is India's.
  if (to.replace(/^\+/, '').startsWith(ADDRESS_MESSAGE_COUNTRY.callingCode)) return
  report(payload, { code: 'not_recommended', reason: 'address_recipient_india_only', warning: true }, ['to'])
}

/** The address request's recipient rule as a zod check, for a send request schema with `interactive`. */
export const addressRecipientCheck = () => crossCheck<unknown>((_value, payload) => checkAddressRecipient(payload))

/**
 * The target rules as a zod check for a send request schema of Briq's `api` (`per-type` for a
 * send of your own beside `/messages/text`). It runs even when a field already failed, so a bad
 * number and a missing conversation are both reported.
 */
export function sendTargetCheck(options: { api: SendTargetApi }) {
  return crossCheck<unknown>((_value, payload) => checkSendTarget(payload, options.api))
}
