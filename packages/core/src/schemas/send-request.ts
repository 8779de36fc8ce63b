import * as z from 'zod/mini'
import { BRIQ_PHONE_PATTERN, LIMITS } from '../limits.ts'
import { createInteractiveSchema, interactiveSchema } from './interactive.ts'
import { field, report } from './issue-detail.ts'
import { hint } from './json-hints.ts'
import type { SchemaOptions } from './schema-options.ts'
import { limitedText } from './text.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

const uuid = hint(
  z.string().check(
    z.check<string>((payload) => {
      if (!UUID.test(payload.value)) report(payload, { code: 'invalid_uuid', message: 'must be a UUID' })
    }),
  ),
  { format: 'uuid' },
)

const phone = hint(
  z.string().check(
    z.check<string>((payload) => {
      if (!BRIQ_PHONE_PATTERN.test(payload.value)) {
        report(payload, {
          code: 'invalid_phone',
          message:
            'must be the number in international format, digits only, like 255712345678 (an optional leading + is allowed)',
        })
      }
    }),
  ),
  { pattern: BRIQ_PHONE_PATTERN.source },
)

function build(interactive: typeof interactiveSchema) {
  return z
    .strictObject({
      /** The customer's number, international format: `255712345678`. */
      to: z.optional(phone),
      /** Which of your numbers sends: the number or its phone_number_id; optional with one active sender. */
      sender: z.optional(limitedText(LIMITS.send.sender)),
      /** Deprecated by Briq in favour of `sender`. */
      sender_id: z.optional(uuid),
      /** An existing conversation; recipient and sender come from it. */
      conversation_id: z.optional(uuid),
      /** The WhatsApp interactive object, forwarded to Meta unchanged. */
      interactive,
    })
    .check(
      z.superRefine(
        (value, ctx) => {
          const hasTo = field(value, 'to') !== undefined
          const hasConversation = field(value, 'conversation_id') !== undefined
          if (typeof value !== 'object' || value === null || Array.isArray(value)) return
          if (hasTo && hasConversation) {
            report(
              ctx,
              { code: 'conflict', message: 'Give either a recipient number (to) or a conversation_id, not both' },
              ['conversation_id'],
            )
          } else if (!hasTo && !hasConversation) {
            report(ctx, { code: 'required', message: 'Give a recipient number (to) or a conversation_id' }, ['to'])
          }
          if (hasConversation && (field(value, 'sender') !== undefined || field(value, 'sender_id') !== undefined)) {
            report(
              ctx,
              {
                code: 'not_recommended',
                message: 'Briq ignores the sender when a conversation_id is given: the conversation decides it',
                warning: true,
              },
              [field(value, 'sender') !== undefined ? 'sender' : 'sender_id'],
            )
          }
          if (field(value, 'sender_id') !== undefined) {
            report(
              ctx,
              {
                code: 'not_recommended',
                message: 'The sender_id field is deprecated by Briq; use sender',
                warning: true,
              },
              ['sender_id'],
            )
          }
        },
        { when: () => true },
      ),
    )
}

/** Briq's `POST /v1/whatsapp/messages/interactive` body (briq-api.md §3.1). */
export const sendInteractiveRequestSchema = build(interactiveSchema)

const cache = new Map<typeof interactiveSchema, typeof sendInteractiveRequestSchema>()

/** The send-request schema for non-default `SchemaOptions`. */
export function createSendInteractiveRequestSchema(options: SchemaOptions = {}): typeof sendInteractiveRequestSchema {
  const interactive = createInteractiveSchema(options)
  if (interactive === interactiveSchema) return sendInteractiveRequestSchema
  let schema = cache.get(interactive)
  if (!schema) {
    schema = build(interactive)
    cache.set(interactive, schema)
  }
  return schema
}

/** A send-interactive request. */
export type SendInteractiveRequest = z.infer<typeof sendInteractiveRequestSchema>
