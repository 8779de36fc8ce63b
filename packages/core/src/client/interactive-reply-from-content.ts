import type { InteractiveReply } from '../interactive-reply.ts'

// A non-list object, as zod's object schemas take one; its properties are read as `value[key]`.
type Fields = Record<string, unknown>
const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A tap in Meta's shape, extra keys ignored; null when `value` is not one. */
function readReply(value: unknown): InteractiveReply | null {
  if (!isObject(value)) return null
  if (value.type === 'button_reply') {
    const reply = value.button_reply
    if (!isObject(reply)) return null
    const { id, title } = reply
    return typeof id === 'string' && typeof title === 'string'
      ? { type: 'button_reply', button_reply: { id, title } }
      : null
  }
  if (value.type !== 'list_reply') return null
  const row = value.list_reply
  if (!isObject(row)) return null
  const { id, title, description } = row
  if (typeof id !== 'string' || typeof title !== 'string') return null
  // A row without a description: Meta leaves the key out, a serializer that writes every field
  // (Briq's content shape is not published) writes null; neither should lose the whole reply.
  if (description === undefined || description === null) return { type: 'list_reply', list_reply: { id, title } }
  return typeof description === 'string' ? { type: 'list_reply', list_reply: { id, title, description } } : null
}

/**
 * Reads the customer's tap from an inbound message's `content`: a `button_reply` or a
 * `list_reply` in Meta's shape, either at the top level or nested as Meta's webhook puts it
 * (`{ type: "interactive", interactive: { type: "button_reply", … } }`). Returns null for any
 * other content (text, media, or a shape Briq has not documented). A plain reader, not a zod
 * schema: zod's object and union code would reach every app that shows replies (1.9 KB gzip)
 * for two fixed shapes.
 */
export function interactiveReplyFromContent(content: unknown): InteractiveReply | null {
  return readReply(content) ?? readReply(nestedInteractive(content))
}

function nestedInteractive(content: unknown): unknown {
  if (typeof content !== 'object' || content === null || !Object.hasOwn(content, 'interactive')) return undefined
  return (content as { interactive: unknown }).interactive
}
