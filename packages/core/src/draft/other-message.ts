import { wrappedInteractive } from './wrapped-interactive.ts'

// Every interactive type has an `action`; a whole message has a recipient and none.
export const isWholeMessage = (value: Record<string, unknown>): boolean =>
  'messaging_product' in value || 'recipient_type' in value || ('to' in value && !('action' in value))

// The interactive object's own members (Meta's Cloud API reference, "Interactive object"). A
// draft in progress has any of them, or none yet (`{}`): what Download saved opens again.
export const INTERACTIVE_MEMBERS = ['type', 'action', 'header', 'body', 'footer']

// Meta's message object carries its content in the member its type names (`type: "text"` with
// `text`, Cloud API reference, "Messages"); an interactive object has no member named by its
// type, and has an `action`: this is a message of another kind pasted without its envelope.
// A type spelt as one of the interactive object's own members (`{ type: "body", body }`) is a
// draft's typo, and opens.
export const isOtherMessageContent = (value: Record<string, unknown>): boolean =>
  typeof value.type === 'string' &&
  value.type !== 'interactive' &&
  !INTERACTIVE_MEMBERS.includes(value.type) &&
  Object.hasOwn(value, value.type) &&
  !('action' in value)

/**
 * The type of a WhatsApp message of another kind (`"text"`, `"image"`), whole or its content
 * alone, that `value` is; `undefined` for an interactive message or a draft of one.
 */
export function otherMessageType(value: Record<string, unknown>): string | undefined {
  if (wrappedInteractive(value) !== undefined) return undefined
  if (!isWholeMessage(value) && !isOtherMessageContent(value)) return undefined
  return typeof value.type === 'string' && value.type !== 'interactive' ? value.type : undefined
}
