import { parentOrHost } from './node-kind.ts'

/**
 * The nearest ancestor of `element` that scrolls vertically (crossing a shadow root to its host:
 * a web component's panel may scroll it), or undefined for the window.
 */
export function scrollerOf(element: Element): HTMLElement | undefined {
  const view = element.ownerDocument.defaultView
  for (let parent = parentOrHost(element) as HTMLElement | null; parent !== null; ) {
    if (parent === element.ownerDocument.body || parent === element.ownerDocument.documentElement) break
    const overflow = view?.getComputedStyle(parent).overflowY
    if ((overflow === 'auto' || overflow === 'scroll') && parent.scrollHeight > parent.clientHeight) return parent
    parent = parentOrHost(parent) as HTMLElement | null
  }
  return undefined
}

/** The height (px) of what shows `element`: its scrolling panel's, else the window's. */
export function viewHeightOf(element: Element): number {
  return scrollerOf(element)?.clientHeight ?? element.ownerDocument.defaultView?.innerHeight ?? 0
}

/**
 * Scrolls `scroller` (undefined: the window of `view`) by `top` px at once: a page styled
 * `scroll-behavior: smooth` (Bootstrap's reboot sets it on `:root`) would otherwise animate it,
 * and the position read next would not have moved yet.
 */
export function scrollAtOnce(scroller: HTMLElement | undefined, view: Window, top: number): void {
  if (scroller === undefined) view.scrollBy({ top, behavior: 'instant' })
  else scroller.scrollBy({ top, behavior: 'instant' })
}
