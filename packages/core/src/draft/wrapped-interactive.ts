import { isRecord } from '../is-record.ts'

/**
 * The interactive object a whole message carries, or `undefined` when `value` is not one: Meta's
 * message as its docs show it (`messaging_product`, `to`, `type: "interactive"`, `interactive`)
 * or Briq's send request (`to`, `interactive`), as exported, copied from docs or pasted.
 */
export function wrappedInteractive(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) && isRecord(value.interactive) ? value.interactive : undefined
}

/**
 * The recipient a whole message or send request carries, as written, when it wraps an
 * interactive object (`wrappedInteractive`): keeping only the object must not lose who it was
 * for. Meta's message and Briq's send take it as `to`; Briq's older `/send-interactive` as
 * `recipient` (docs.briq.tz, api-reference/karibu-whatsapp/send-interactive-message). A blank
 * one (`""`, white space) names no one, as `normalizePhone` reads it (`phone_empty`), so it
 * carries none: it never replaces a number the send step holds.
 */
export function wrappedRecipient(value: unknown): string | undefined {
  if (!wrappedInteractive(value) || !isRecord(value)) return undefined
  return [value.to, value.recipient].find(
    (candidate): candidate is string => typeof candidate === 'string' && candidate.trim() !== '',
  )
}
