import { type RefObject, useRef, useState } from 'react'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'

/**
 * Keeps an uncontrolled text field showing `text` (the draft's value); spread the result's
 * `ref` and `defaultValue` onto the field. Typing leaves the DOM as
 * the user made it, and undo, a fix-it or a toolbar change writes the new text. A controlled
 * field would have React write the whole value, and its `value` attribute, on every keystroke
 * (a 1024-character body each time); this writes only when the draft and the field differ.
 */
export function useDomValue<E extends HTMLInputElement | HTMLTextAreaElement>(
  text: string,
): { ref: RefObject<E | null>; defaultValue: string } {
  const ref = useRef<E | null>(null)
  // The first text only: a changing defaultValue would make React rewrite the field's content.
  const [defaultValue] = useState(text)
  useClientLayoutEffect(() => {
    const element = ref.current
    if (element !== null && element.value !== text) element.value = text
  })
  return { ref, defaultValue }
}
