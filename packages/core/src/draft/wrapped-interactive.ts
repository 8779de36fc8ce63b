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

/** A whole message or send request taken apart: what the draft keeps, and what it leaves out. */
export interface UnwrappedMessage {
  /** Its interactive object, the draft. */
  interactive: Record<string, unknown>
  /** Its recipient, as written (`wrappedRecipient`), for the send step's recipient field. */
  to: string | undefined
  /**
   * Which of your numbers sends it (Briq's `sender`, as written; not a blank one), for the send
   * step's sender: still among `leftOut` until the send step takes it (`leftOutOf`).
   */
  sender: string | undefined
  /**
   * The members the draft does not keep (`sender`, `conversation_id`…), in the message's order,
   * when the send step takes `to`: not its interactive object, its recipient, or Meta's members
   * that only say it is an interactive WhatsApp message to one person.
   */
  leftOut: readonly string[]
  /**
   * The same with the recipient's own member (`to`, `recipient`) among them, in its place: what
   * is left out when nothing takes the recipient (no send step), which must not go unsaid.
   */
  leftOutWithTo: readonly string[]
}

// What a draft made of a whole message keeps: its interactive object and recipient (a number
// written as text), and Meta's members that only say it is an interactive WhatsApp message to
// one person (Cloud API reference, "Messages": messaging_product, recipient_type, type).
const RECIPIENTS = new Set(['to', 'recipient'])
const TAKEN = new Set(['interactive', ...RECIPIENTS, 'messaging_product', 'recipient_type', 'type'])

/**
 * `value` as a whole message or send request taken apart (`UnwrappedMessage`), or `undefined`
 * when it wraps no interactive object (`wrappedInteractive`). Of `to` and `recipient`, one not
 * taken (a business-scoped user id, a number written as a number) is left out; a blank one
 * names no one, and is not.
 */
export function unwrapMessage(value: unknown): UnwrappedMessage | undefined {
  const interactive = wrappedInteractive(value)
  if (!interactive || !isRecord(value)) return undefined
  const to = wrappedRecipient(value)
  const blank = (key: string) => typeof value[key] === 'string' && value[key].trim() === ''
  const given = Object.keys(value).filter((key) => !TAKEN.has(key) || (RECIPIENTS.has(key) && !blank(key)))
  const sender = typeof value.sender === 'string' && value.sender.trim() !== '' ? value.sender : undefined
  return {
    interactive,
    to,
    sender,
    leftOut: given.filter((key) => !RECIPIENTS.has(key) || value[key] !== to),
    leftOutWithTo: given,
  }
}

/**
 * What the draft left out of a whole message (`unwrapMessage`, or `readDraftFile`'s result), to
 * name it, given what the send step took: its recipient (`to`) and its `sender`. What nothing
 * took is named, so nothing of the message is dropped unsaid.
 */
export function leftOutOf(
  message: { readonly leftOut?: readonly string[] | undefined; readonly leftOutWithTo?: readonly string[] | undefined },
  took: { readonly to: boolean; readonly sender: boolean },
): readonly string[] {
  const left = message.leftOut ?? []
  const names = took.to ? left : (message.leftOutWithTo ?? left)
  return took.sender ? names.filter((key) => key !== 'sender') : names
}
