// Inputs with no text of their own to undo.
const NOT_TEXT = new Set([
  'button',
  'submit',
  'reset',
  'image',
  'file',
  'checkbox',
  'radio',
  'range',
  'color',
  'hidden',
])

/**
 * Whether a key went to a text field that is not one of the draft's (every field of the builder
 * carries `data-bi-focus`): the composer's recipient number, or a host's own field placed inside
 * the builder. There Ctrl/Cmd+Z and redo are the browser's, undoing that field's typing; the
 * builder's history would instead change the message, out of sight of the field being typed in.
 */
export function editsOtherText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement) || target.hasAttribute('data-bi-focus')) return false
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true
  return target instanceof HTMLInputElement && !NOT_TEXT.has(target.type)
}
