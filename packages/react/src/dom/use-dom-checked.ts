import { type RefObject, useEffect, useRef, useState } from 'react'
import { useClientLayoutEffect } from './use-client-layout-effect.ts'
import { useHydrated } from './use-hydrated.ts'

/**
 * `useDomValue` for a group of radio buttons: keeps the radio whose value is `chosen` (the state's)
 * checked. Spread `ref` onto an element holding the group and give each radio
 * `defaultChecked={defaultChecked(value)}` (no `checked`). Picking leaves the DOM as the person
 * made it; undo or a fix-it checks the new choice.
 *
 * A radio picked in the server's HTML before the page's script hydrated it stays checked and is
 * given to `onPicked` once, as the edit it is, after the hydrating commit's layout effects. A
 * controlled radio (`checked`) would not: React 18.3 and 19 check the server's choice again as
 * they hydrate it, and the state never hears of the pick.
 */
export function useDomChecked<E extends HTMLElement>(
  chosen: string,
  onPicked: (picked: string) => void,
): { ref: RefObject<E | null>; defaultChecked: (value: string) => boolean } {
  const ref = useRef<E | null>(null)
  const hydrated = useHydrated()
  // The first choice only: a changing default would have React move a radio not yet picked.
  const [first] = useState(chosen)
  // Known once the group hydrated: the radio's value the person picked in the server's HTML, or null.
  const picked = useRef<{ value: string | null; given: boolean } | undefined>(undefined)
  useClientLayoutEffect(() => {
    const group = ref.current
    if (group === null) return
    const radios = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')]
    if (!hydrated && picked.current === undefined) {
      // The hydrating commit (twice in Strict Mode): React left the radios' checks as they were.
      const checked = radios.find((radio) => radio.checked)?.value
      picked.current = { value: checked === undefined || checked === chosen ? null : checked, given: false }
    }
    const want = !hydrated && picked.current?.value != null ? picked.current.value : chosen
    for (const radio of radios) if (radio.checked !== (radio.value === want)) radio.checked = radio.value === want
  })
  useEffect(() => {
    if (picked.current === undefined || picked.current.value === null || picked.current.given) return
    picked.current.given = true
    onPicked(picked.current.value)
  })
  // The first choice, as the server rendered it: React does not write a default again as it
  // hydrates a radio (it writes a `checked` given, over the person's pick).
  return { ref, defaultChecked: (value) => value === first }
}
