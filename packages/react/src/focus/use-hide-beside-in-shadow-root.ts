import { useCallback, useRef } from 'react'
import { hideBesideInShadowRoot } from './hide-beside-in-shadow-root.ts'

/**
 * A ref for a modal's content: while it is in the page, what is beside it in its shadow root is
 * hidden from assistive technology, as Radix hides the rest of a document (see
 * `hideBesideInShadowRoot`); shown again when it leaves. Outside a shadow root it does nothing.
 */
export function useHideBesideInShadowRoot(): (element: Element | null) => void {
  const shown = useRef<() => void>(() => {})
  return useCallback((element: Element | null) => {
    shown.current()
    shown.current = element === null ? () => {} : hideBesideInShadowRoot(element)
  }, [])
}
