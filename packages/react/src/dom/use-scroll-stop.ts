import { type RefObject, useState } from 'react'
import { tabStops } from '../focus/shadow-focus-trap.ts'
import { useClientLayoutEffect } from './use-client-layout-effect.ts'

/**
 * Whether the element in `ref` scrolls with nothing inside that a keyboard reaches: then it must be
 * a tab stop itself, or its hidden part cannot be scrolled to without a pointer (WCAG 2.1.1,
 * https://www.w3.org/WAI/WCAG22/Understanding/keyboard.html). Measured again
 * whenever it or its content changes size; false on the server and before the first measure.
 */
export function useScrollStop(ref: RefObject<HTMLElement | null>): boolean {
  const [stop, setStop] = useState(false)
  useClientLayoutEffect(() => {
    const element = ref.current
    if (element === null) return
    const measure = () => setStop(element.scrollHeight > element.clientHeight && tabStops(element).length === 0)
    measure()
    if (typeof ResizeObserver !== 'function') return
    const resized = new ResizeObserver(measure)
    resized.observe(element)
    for (const child of element.children) resized.observe(child)
    return () => resized.disconnect()
  }, [ref])
  return stop
}
