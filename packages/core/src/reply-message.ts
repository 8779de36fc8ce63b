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

/**
 * A submitted address's answer (Meta, Address messages guide): an `nfm_reply` named
 * `address_message` whose body is the address in words and whose `response_json` holds the
 * submitted `values` (a saved address the customer picked adds `saved_address_id`, which
 * `readReply` reads).
 */
export function addressReply(values: Record<string, unknown>, body: string): InteractiveReply {
  return {
    type: 'nfm_reply',
    nfm_reply: { name: ADDRESS_REPLY_NAME, body, response_json: JSON.stringify({ values }) },
  }
}
