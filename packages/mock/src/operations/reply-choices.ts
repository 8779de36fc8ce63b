import { addressReply, flowReply, type InteractiveReply, type ReplyMessage, replyMessage } from '@briq-interactive/core'
import { REPLY_ANSWERS } from './reply-answers.ts'

const records = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.filter((item): item is Record<string, unknown> => item !== null && typeof item === 'object')
    : []
const text = (value: unknown) => (typeof value === 'string' ? value : '')
const object = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {}

/** One thing the customer can do with a message: its id, and the inbound message it sends. */
export interface ReplyChoice extends ReplyMessage {
  /** What `simulateReply` is given to pick it: a button, row or quick-reply id, or a fixed word. */
  id: string
}

// The inbound message an answer arrives as is core's rule (replyMessage); the mock only picks the answer.
const choice = (id: string, reply: InteractiveReply): ReplyChoice => ({ id, ...replyMessage(reply) })

// Where the fixture customer is when she shares her location (Kariakoo market, Dar es Salaam).
const SHARED_LOCATION = {
  latitude: -6.8163,
  longitude: 39.2733,
  name: 'Kariakoo Market',
  address: 'Mkunguni St, Kariakoo, Dar es Salaam',
}

// Meta, User call permissions guide: a temporary permission lasts 7 days.
const TEMPORARY_PERMISSION_SECONDS = 7 * 24 * 60 * 60

/**
 * What a customer can answer an interactive message with, as the inbound message each answer
 * sends (Meta, webhooks reference, messages): reply buttons and carousel quick replies →
 * `button_reply`, list rows → `list_reply`; a location request → a `location` message; a call
 * permission request → `call_permission_reply`; a flow or an address request → `nfm_reply` (each
 * by its fixed answers in `REPLY_ANSWERS`). Other types (cta_url, products, voice_call) send no
 * message back. `now` (ms) dates an accepted call permission's expiry.
 */
export function replyChoices(interactive: Record<string, unknown>, now: number): ReplyChoice[] {
  const action = object(interactive.action)
  const parameters = object(action.parameters)
  switch (interactive.type) {
    case 'button':
      return records(action.buttons).map((button) => {
        const reply = object(button.reply)
        const id = text(reply.id)
        return choice(id, { type: 'button_reply', button_reply: { id, title: text(reply.title) } })
      })
    case 'list':
      return records(action.sections).flatMap((section) =>
        records(section.rows).map((row): ReplyChoice => {
          const base = { id: text(row.id), title: text(row.title) }
          return choice(base.id, {
            type: 'list_reply',
            list_reply: typeof row.description === 'string' ? { ...base, description: row.description } : base,
          })
        }),
      )
    case 'carousel':
      return records(action.cards).flatMap((card) =>
        records(object(card.action).buttons).map((button): ReplyChoice => {
          const reply = object(button.quick_reply)
          const id = text(reply.id)
          return choice(id, { type: 'button_reply', button_reply: { id, title: text(reply.title) } })
        }),
      )
    case 'location_request_message':
      return REPLY_ANSWERS.location_request_message.map((id) =>
        choice(id, { type: 'location', location: SHARED_LOCATION }),
      )
    case 'call_permission_request':
      return REPLY_ANSWERS.call_permission_request.map((response) =>
        choice(response, {
          type: 'call_permission_reply',
          call_permission_reply: {
            response,
            is_permanent: false,
            ...(response === 'accept'
              ? { expiration_timestamp: Math.floor(now / 1000) + TEMPORARY_PERMISSION_SECONDS }
              : {}),
            response_source: 'user_action',
          },
        }),
      )
    case 'flow': {
      // Meta, Receive a Flow response guide: the token the flow was sent with ("unused" by default).
      const token = typeof parameters.flow_token === 'string' ? parameters.flow_token : 'unused'
      return REPLY_ANSWERS.flow.map((id) => choice(id, flowReply({ flow_token: token })))
    }
    case 'address_message': {
      // Meta, Address messages guide: the values the customer submits (here, the prefilled ones),
      // worded in the body as the customer's chat words them (core's addressReplyBody).
      return REPLY_ANSWERS.address_message.map((id) => choice(id, addressReply(object(parameters.values))))
    }
    default:
      return []
  }
}
