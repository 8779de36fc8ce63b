import { draftType } from './describe-interactive.ts'
import { type UnwrappedMessage, unwrapMessage } from './wrapped-interactive.ts'

/**
 * The whole message (Meta's, or Briq's send request) that a paste made of the draft, taken apart
 * (`unwrapMessage`), to keep only its interactive object at once, as opening the same text from
 * a file does; `undefined` when the draft `after` the paste is no whole message, or `before` was
 * one already (the person is editing a whole message they brought back with Undo: it stays, and
 * the fix-it "Keep only the interactive object" still offers what the paste did). A draft of a
 * known type that happens to hold an `interactive` member is a draft, not a message.
 */
export function pastedMessage(before: unknown, after: unknown): UnwrappedMessage | undefined {
  if (draftType(after) !== undefined || unwrapMessage(before) !== undefined) return undefined
  return unwrapMessage(after)
}
