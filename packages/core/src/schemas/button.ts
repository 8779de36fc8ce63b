import type * as z from 'zod/mini'
import { LIMITS } from '../limits.ts'
import { checkCount, checkUnique, listOf } from './count.ts'
import { crossCheck } from './cross-check.ts'
import { field, items, stringField } from './issue-detail.ts'
import { hint } from './json-hints.ts'
import { literal } from './literal.ts'
import { MESSAGE_PARTS } from './message-parts.ts'
import { object } from './object.ts'
import { partFields } from './part-fields.ts'
import { identifier, limitedText } from './text.ts'

/** One reply button (Meta, Interactive reply buttons messages guide). */
export const replyButtonSchema = object({
  type: literal('reply'),
  reply: object({
    /** Returned in the customer's `button_reply`; unique in the message. */
    id: identifier(LIMITS.button.id, true),
    /** The label; unique in the message; no markdown. */
    title: limitedText(LIMITS.button.title, 'line'),
  }),
})

/** Reply buttons: 1–3 buttons with unique ids and titles, under a body and optional header/footer. */
export const buttonInteractiveSchema = object(
  {
    type: literal('button'),
    ...partFields(MESSAGE_PARTS.button),
    action: object({ buttons: hint(listOf(replyButtonSchema), 'items', LIMITS.button.count) }),
  },
  crossCheck((value, ctx) => {
    const buttons = field(field(value, 'action'), 'buttons')
    if (!Array.isArray(buttons)) return
    checkCount(ctx, buttons.length, LIMITS.button.count, 'button', { scope: 'message' }, ['action', 'buttons'])
    const entries = (key: 'id' | 'title') =>
      items(buttons).map((button, i) => ({
        value: stringField(field(button, 'reply'), key),
        path: ['action', 'buttons', i, 'reply', key],
      }))
    checkUnique(ctx, entries('id'), 'id')
    // Meta's Reply buttons guide wants ids and titles "unique within the message" but does not
    // say how it compares titles: ones that differ only in case are warned of (caseBlind).
    // https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-reply-buttons-messages
    checkUnique(ctx, entries('title'), 'title', 'unique', true)
  }),
)

/** A reply-button message. */
export type ButtonInteractive = z.infer<typeof buttonInteractiveSchema>
