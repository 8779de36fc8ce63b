// Text put in by a paste (Input Events Level 2, "inputType"). Not a drop: text dragged within a
// field is deleted, then dropped, and the two are one move to undo, as typing is.
const PASTE_INPUTS = new Set(['insertFromPaste', 'insertFromPasteAsQuotation'])

/** Whether an `input` event's text came from a paste. */
export const isPaste = (event: Event): boolean =>
  'inputType' in event && typeof event.inputType === 'string' && PASTE_INPUTS.has(event.inputType)

let pastes = 0

/**
 * The `coalesceKey` of a change a field's `input` event made: a paste is an undo step of its own,
 * as in the browser's own undo of a text field, which the builder's Ctrl/Cmd+Z stands in for (Undo
 * takes the paste away, not the typing before it); typing merges as usual (`undefined`).
 */
export function pasteStep(event: Event): string | undefined {
  if (!isPaste(event)) return undefined
  pastes += 1
  return `paste:${pastes}`
}
