import { isRecord } from '../is-record.ts'

/**
 * The interactive object a whole message carries, or `undefined` when `value` is not one: Meta's
 * message as its docs show it (`messaging_product`, `to`, `type: "interactive"`, `interactive`)
 * or Briq's send request (`to`, `interactive`), as exported, copied from docs or pasted.
 */
export function wrappedInteractive(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) && isRecord(value.interactive) ? value.interactive : undefined
}

const LETTER = /\p{L}/u

/**
 * The recipient a whole message or send request carries, as written, when it wraps an
 * interactive object (`wrappedInteractive`): keeping only the object must not lose who it was
 * for. Meta's message and Briq's send take it as `to`; Briq's older `/send-interactive` as
 * `recipient` (docs.briq.tz, api-reference/karibu-whatsapp/send-interactive-message). A blank
 * one (`""`, white space) names no one, as `normalizePhone` reads it (`phone_empty`), so it
 * carries none: it never replaces a number the send step holds. Meta's own `recipient` is a
 * business-scoped user id ("US.13491208655302741918", Cloud API's call button messages guide),
 * no number Briq sends to: a `recipient` with letters is not taken.
 */
export function wrappedRecipient(value: unknown): string | undefined {
  if (!wrappedInteractive(value) || !isRecord(value)) return undefined
  const { to, recipient } = value
  if (typeof to === 'string' && to.trim() !== '') return to
  return typeof recipient === 'string' && recipient.trim() !== '' && !LETTER.test(recipient) ? recipient : undefined
}
