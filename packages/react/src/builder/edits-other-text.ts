import { isElement, isHtmlElement, isInput, isTextArea } from '../dom/node-kind.ts'

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
  if (!isHtmlElement(target) || target.hasAttribute('data-bi-focus')) return false
  if (target.isContentEditable || isTextArea(target)) return true
  return isInput(target) && !NOT_TEXT.has(target.type)
}

/**
 * Whether a key went to a part placed inside the builder that is not the draft's: a form holding
 * none of the builder's parts (a `SendDialog.Form`) or what is marked `data-bi-beside`
 * (`Builder.Preview`, `SendDialog.Form asChild`, the composer's preview and its send step, which
 * is no `<form>`). There, as in the send dialog, the builder's undo would change the message
 * about to be sent, out of sight.
 */
export function besideTheDraft(target: EventTarget | null, root: HTMLElement | null): boolean {
  const beside = isElement(target) ? target.closest('form, [data-bi-beside]') : null
  // A host's form around the builder's own parts (a ticket and its Save) is the builder's.
  return beside !== null && root?.contains(beside) === true && beside.querySelector('[data-bi-focus]') === null
}
