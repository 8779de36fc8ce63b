import { type PointerEvent, type RefObject, useCallback, useRef } from 'react'
import { scrollAtOnce, scrollerOf } from '../dom/scroller-of.ts'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'

// Windows' default double-click time (GetDoubleClickTime,
// https://learn.microsoft.com/en-us/windows/win32/api/winuser/nf-winuser-getdoubleclicktime).
const DOUBLE_CLICK_MS = 500

/**
 * Keeps Send under the pointer in a page (the composer's send form, parts laid out inline), as
 * the dialog does by holding its bottom edge (`usePinnedDialog`): when what a press did changes
 * what is above Send before a double click's second press can come (a refusal the send
 * controller makes at once, `MAYBE_SENT`, `DUPLICATE_SEND`, a hold's; an answer that fast), the
 * page, or the panel that scrolls the form, is scrolled by as much as Send moved, before it is
 * painted. Pushed down, the second press landed on the failure (focus then left for the page) or
 * on its "Send again". `outcome` changes with what the press did; `enabled` is false in the
 * dialog. Returns the handler for Send's `pointerdown`.
 */
export function useSendKeptUnderPress(
  button: RefObject<HTMLButtonElement | null>,
  enabled: boolean,
  outcome: unknown,
): (event: PointerEvent<HTMLButtonElement>) => void {
  const press = useRef<{ top: number; at: number; scrolled: number } | undefined>(undefined)
  const pressed = useCallback((event: PointerEvent<HTMLButtonElement>) => {
    const button = event.currentTarget
    press.current = { top: button.getBoundingClientRect().top, at: event.timeStamp, scrolled: scrolledOf(button) }
  }, [])
  useClientLayoutEffect(() => {
    const at = press.current
    const node = button.current
    if (!enabled || at === undefined || node === null) return
    const view = node.ownerDocument.defaultView
    // Who scrolled since the press has moved on: the page is theirs, not the pointer's.
    if (view === null || view.performance.now() - at.at > DOUBLE_CLICK_MS || scrolledOf(node) !== at.scrolled) {
      press.current = undefined
      return
    }
    const moved = node.getBoundingClientRect().top - at.top
    if (Math.abs(moved) < 0.5) return
    scrollAtOnce(scrollerOf(node), view, moved)
    press.current = { ...at, scrolled: scrolledOf(node) }
  }, [outcome])
  return pressed
}

/** How far the page, or the panel scrolling `element`, is scrolled. */
function scrolledOf(element: Element): number {
  return scrollerOf(element)?.scrollTop ?? element.ownerDocument.defaultView?.scrollY ?? 0
}
