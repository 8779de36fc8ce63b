import * as z from 'zod/mini'
import type { InteractiveReply } from '../interactive-reply.ts'

const buttonReplySchema = z.looseObject({
  type: z.literal('button_reply'),
  button_reply: z.looseObject({ id: z.string(), title: z.string() }),
})

const listReplySchema = z.looseObject({
  type: z.literal('list_reply'),
  list_reply: z.looseObject({ id: z.string(), title: z.string(), description: z.optional(z.string()) }),
})

const replySchema = z.union([buttonReplySchema, listReplySchema])

/**
 * Reads the customer's tap from an inbound message's `content`: a `button_reply` or a
 * `list_reply` in Meta's shape, either at the top level or nested as Meta's webhook puts it
 * (`{ type: "interactive", interactive: { type: "button_reply", … } }`). Returns null for any
 * other content (text, media, or a shape Briq has not documented).
 */
export function interactiveReplyFromContent(content: unknown): InteractiveReply | null {
  const direct = replySchema.safeParse(content)
  const parsed = direct.success ? direct : replySchema.safeParse(nestedInteractive(content))
  if (!parsed.success) return null
  const reply = parsed.data
  if (reply.type === 'button_reply') {
    return { type: 'button_reply', button_reply: { id: reply.button_reply.id, title: reply.button_reply.title } }
  }
  const { id, title, description } = reply.list_reply
  return { type: 'list_reply', list_reply: description === undefined ? { id, title } : { id, title, description } }
}

function nestedInteractive(content: unknown): unknown {
  if (typeof content !== 'object' || content === null || !Object.hasOwn(content, 'interactive')) return undefined
  return (content as { interactive: unknown }).interactive
}
