import { type RefObject, useState } from 'react'
import { parentOrHost } from '../dom/node-kind.ts'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'

/** A text direction a `dir` attribute sets. */
export type WrittenDirection = 'ltr' | 'rtl'

/**
 * The direction written (`dir`) on `element` or its nearest ancestor that has one, out through the
 * shadow roots it is inside; undefined where none says, or where it is `auto`.
 */
export function writtenDirectionOf(element: Element): WrittenDirection | undefined {
  for (let at: Element | null = element; at !== null; at = parentOrHost(at)) {
    const dir = at.getAttribute('dir')?.toLowerCase()
    if (dir === 'ltr' || dir === 'rtl') return dir
    if (dir === 'auto') return undefined
  }
  return undefined
}

/**
 * The direction where a portalled part is opened from (its trigger), for its `dir`: a dialog
 * portalled to `document.body` leaves a host's `dir="rtl"` wrapper (an Arabic customer's ticket in
 * a left-to-right admin) and would lay out left to right. Read when the part opens, in the same
 * commit as the portal mounts; undefined on the server and without an anchor.
 */
export function useCarriedDirection(anchor: RefObject<Element | null>, open: boolean): WrittenDirection | undefined {
  const [direction, setDirection] = useState<WrittenDirection | undefined>(undefined)
  useClientLayoutEffect(() => {
    const element = anchor.current
    if (open && element) setDirection(writtenDirectionOf(element))
  }, [open, anchor])
  return direction
}
