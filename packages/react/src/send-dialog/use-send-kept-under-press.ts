import { type PointerEvent, type RefObject, useCallback, useEffect, useRef } from 'react'
import { scrollAtOnce, scrollerOf } from '../dom/scroller-of.ts'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'

// Windows' default double-click time (GetDoubleClickTime,
// https://learn.microsoft.com/en-us/windows/win32/api/winuser/nf-winuser-getdoubleclicktime).
const DOUBLE_CLICK_MS = 500

// What a press may focus or act on of itself: a second press landing there is left alone.
const INTERACTIVE =
  'a[href], button, input, select, textarea, label, summary, [contenteditable]:not([contenteditable="false"]), [tabindex]:not([tabindex="-1"])'

/**
 * Keeps Send under the pointer in a page (the composer's send form, parts laid out inline), as
 * the dialog does by holding its bottom edge (`usePinnedDialog`): when what a press did changes
 * what is above Send before a double click's second press can come (a refusal the send
 * controller makes at once, `MAYBE_SENT`, `DUPLICATE_SEND`, a hold's; an answer that fast), the
 * page, or the panel that scrolls the form, is scrolled by as much as Send moved, before it is
 * painted. Pushed down, the second press landed on the failure (focus then left for the page) or
 * on its "Send again" (which ignores a click count over 1, as Send does). Where nothing can
 * scroll (a page that fits the window), Send still moves: a double click's second press landing
 * on text that takes no focus within the double-click time then keeps focus on Send, rather than
 * the form's root or the page's body taking it (and the press selecting a word of the failure).
 * `outcome` changes with what the press did; `enabled` is false in the dialog. Returns the
 * handler for Send's `pointerdown`.
 */
export function useSendKeptUnderPress(
  button: RefObject<HTMLButtonElement | null>,
  enabled: boolean,
  outcome: unknown,
): (event: PointerEvent<HTMLButtonElement>) => void {
  const press = useRef<{ top: number; at: number; scrolled: number } | undefined>(undefined)
  const stopKeeping = useRef<(() => void) | undefined>(undefined)
  useEffect(() => () => stopKeeping.current?.(), [])
  const pressed = useCallback(
    (event: PointerEvent<HTMLButtonElement>) => {
      const button = event.currentTarget
      press.current = { top: button.getBoundingClientRect().top, at: event.timeStamp, scrolled: scrolledOf(button) }
      stopKeeping.current?.()
      if (enabled) stopKeeping.current = keepFocusOnSecondPress(button, event.timeStamp)
    },
    [enabled],
  )
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

/**
 * Until the double-click time after Send's press is over, a press with a click count over 1 on
 * what takes no focus of itself does not move focus (nor start a selection): it is the rest of
 * the press on Send, moved from under the pointer. Listens where Send is (its document or shadow
 * root, where a press's target is not retargeted). Returns what stops listening.
 */
function keepFocusOnSecondPress(button: HTMLButtonElement, pressedAt: number): () => void {
  const root = button.getRootNode() as Document | ShadowRoot
  const view = button.ownerDocument.defaultView
  const onMouseDown = (event: Event) => {
    const { detail, target, timeStamp } = event as MouseEvent
    if (timeStamp - pressedAt > DOUBLE_CLICK_MS) return stop()
    if (detail < 2 || target === button || !isElement(target) || target.closest(INTERACTIVE) !== null) return
    event.preventDefault()
  }
  const timer = view?.setTimeout(() => stop(), DOUBLE_CLICK_MS)
  root.addEventListener('mousedown', onMouseDown, true)
  function stop() {
    if (timer !== undefined) view?.clearTimeout(timer)
    root.removeEventListener('mousedown', onMouseDown, true)
  }
  return stop
}

// Duck-typed: a target of a frame's document is an Element of another realm.
const isElement = (target: EventTarget | null): target is Element =>
  target !== null && typeof (target as Element).closest === 'function'
