import type { InteractiveReply } from './interactive-reply.ts'
import { ADDRESS_REPLY_NAME } from './read-reply.ts'

/** The inbound message that carries a customer's answer: its `message_type` and `content`. */
export interface ReplyMessage {
  /** `location` for a shared location, `interactive` for every other answer. */
  messageType: 'interactive' | 'location'
  /** The message's content in Meta's inbound shape. */
  content: Record<string, unknown>
}

/**
 * The inbound message a customer's answer arrives as (Meta, Cloud API webhooks reference,
 * messages): a shared location is a `location` message whose content is the location object
 * itself; every other answer is an `interactive` message whose content is the answer. The
 * inverse of `interactiveReplyFromContent(content, messageType)`.
 */
export function replyMessage(reply: InteractiveReply): ReplyMessage {
  return reply.type === 'location'
    ? { messageType: 'location', content: { ...reply.location } }
    : { messageType: 'interactive', content: { ...reply } }
}

/**
 * A completed flow's answer (Meta, Receive a Flow response guide): an `nfm_reply` named `flow`
 * whose body the customer's chat shows as `Sent`, and whose `response_json` is `response` as JSON
 * (the `flow_token` and the flow's fields).
 */
export function flowReply(response: Record<string, unknown>): InteractiveReply {
  return { type: 'nfm_reply', nfm_reply: { name: 'flow', body: 'Sent', response_json: JSON.stringify(response) } }
}

// The fields a customer's chat puts on lines of their own above the address (Meta, Address
// messages guide, the India reply example: name, then phone number, then the rest).
const OWN_LINE_FIELDS = ['name', 'phone_number'] as const

/**
 * The address in words as a customer's chat shows it (`nfm_reply.body`), as Meta's Address
 * messages guide shows it in its reply example: the name and the phone number each on a line,
 * then the other filled-in fields in the order of `values`, joined with ", ". Lines are
 * joined with a line break and a space, as in that example. Fields left empty are left out.
 */
export function addressReplyBody(values: Record<string, unknown>): string {
  const filled = (value: unknown): value is string => typeof value === 'string' && value !== ''
  const lines: string[] = OWN_LINE_FIELDS.map((field) => values[field]).filter(filled)
  const rest = Object.entries(values)
    .filter(([field, value]) => !(OWN_LINE_FIELDS as readonly string[]).includes(field) && filled(value))
    .map(([, value]) => value as string)
  if (rest.length > 0) lines.push(rest.join(', '))
  return lines.join('\n ')
}

/**
 * A submitted address's body (as {@link addressReplyBody} words it, on lines) on one line, its
 * lines joined with ", ": for a sentence that names it ("Sent an address: Asha, Dodoma").
 */
export function addressOnOneLine(body: string): string {
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(', ')
}

/**
 * A submitted address's answer (Meta, Address messages guide): an `nfm_reply` named
 * `address_message` whose body is the address in words (by default as the customer's chat
 * words it, {@link addressReplyBody}) and whose `response_json` holds the submitted `values`
 * (a saved address the customer picked adds `saved_address_id`, which `readReply` reads).
 */
export function addressReply(
  values: Record<string, unknown>,
  body: string = addressReplyBody(values),
): InteractiveReply {
  return {
    type: 'nfm_reply',
    nfm_reply: { name: ADDRESS_REPLY_NAME, body, response_json: JSON.stringify({ values }) },
  }
}
