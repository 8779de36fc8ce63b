import { type RefObject, useEffect, useRef, useState } from 'react'
import { useClientLayoutEffect } from './use-client-layout-effect.ts'
import { useHydrated } from './use-hydrated.ts'

/**
 * Keeps an uncontrolled text field (or select) showing `text` (the state's value); spread the result's
 * `ref` and `defaultValue` onto the field. Typing leaves the DOM as the user made it, and undo, a
 * fix-it or a toolbar change writes the new text. A controlled field would have React write the
 * whole value, and its `value` attribute, on every keystroke (a 1024-character body each time);
 * this writes only when the state and the field differ.
 *
 * What the person typed into the server's HTML before the page's script hydrated it stays in the
 * field, its caret where it was, and is given to `onTyped` once, as the edit it is (undo,
 * validation and saving see it), after the hydrating commit's layout effects (a saved draft
 * restored there is edited, not the server's). A controlled field takes the `ref` and keeps its
 * `value`, given none while `hydrating` (a text area; React leaves an input's value as typed).
 */
export function useDomValue<E extends HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
  text: string,
  onTyped: (typed: string) => void,
): { ref: RefObject<E | null>; defaultValue: string | undefined; hydrating: boolean } {
  const ref = useRef<E | null>(null)
  const hydrated = useHydrated()
  // The first text only: a changing defaultValue would make React rewrite the field's content.
  const [first] = useState(text)
  // Known once the field hydrated: what the person typed into the server's HTML, or null.
  const typed = useRef<{ text: string | null; given: boolean } | undefined>(undefined)
  useClientLayoutEffect(() => {
    const element = ref.current
    if (element === null) return
    if (!hydrated) {
      // The hydrating commit (twice in Strict Mode). The field, hydrated with no default (below),
      // gets the server's text as its default again: one the person edited keeps their value,
      // one left alone shows the default.
      if (typed.current === undefined) {
        // (A select has no default to set: hydrated with no value, React left its options alone.)
        if ('defaultValue' in element) element.defaultValue = text
        typed.current = { text: element.value === text ? null : element.value, given: false }
      }
      if (typed.current.text !== null) return
    }
    if (element.value !== text) element.value = text
  })
  // `typed` is known by the hydrating commit's layout effects, so that commit's effect gives it
  // (or the next one's, as hydration ends). Not after every render: an effect on each keystroke
  // has React post a task to flush it (the builder bench's typing pays for that task).
  // biome-ignore lint/correctness/useExhaustiveDependencies: it runs as hydration ends; `onTyped` is that render's
  useEffect(() => {
    if (typed.current === undefined || typed.current.text === null || typed.current.given) return
    typed.current.given = true
    onTyped(typed.current.text)
  }, [hydrated])
  // Hydrating, the field gets no default: React 18.3 and 19 write a text area's default into its
  // value as they hydrate it, over what was typed there (an empty one leaves the value alone), and
  // React 18.3 picks a select's option again. Hydrating is told from a server render by `document`
  // (as `useClientLayoutEffect` does): a string rendered where it exists (jsdom) has no text there.
  const hydrating = !hydrated && typeof document !== 'undefined'
  return { ref, defaultValue: hydrating ? undefined : first, hydrating }
}
