import { parentOrHost } from './node-kind.ts'

const scrolls = (overflow: string | undefined) =>
  overflow !== undefined && overflow !== 'visible' && overflow !== 'clip'

const overflowOf = (at: Element) => at.ownerDocument.defaultView?.getComputedStyle(at).overflowY

/**
 * Whether `position: sticky` sticks in `element`, for a descendant with no such ancestor nearer:
 * its overflow is neither visible nor clip, whether it overflows yet or not
 * (https://www.w3.org/TR/css-position-3/#sticky-pos). Never the root element (the window's); the
 * body only when the root element has an overflow of its own, as the body's is otherwise the
 * window's (https://www.w3.org/TR/css-overflow-3/#overflow-propagation).
 */
export function isStickyScrollport(element: Element): boolean {
  const { documentElement, body } = element.ownerDocument
  if (element === documentElement) return false
  if (element === body) return scrolls(overflowOf(documentElement)) && scrolls(overflowOf(element))
  return scrolls(overflowOf(element))
}

/**
 * The scroll container `element`'s `position: sticky` sticks in: its nearest ancestor that
 * {@link isStickyScrollport}, crossing a shadow root to its host; or undefined for the window.
 */
export function stickyScrollportOf(element: Element): HTMLElement | undefined {
  const { documentElement } = element.ownerDocument
  for (let parent = parentOrHost(element); parent !== null; parent = parentOrHost(parent)) {
    if (parent === documentElement) return undefined
    if (isStickyScrollport(parent)) return parent as HTMLElement
  }
  return undefined
}

/** Whether `outer` is `inner` or holds it, through shadow roots to their hosts. */
export function encloses(outer: Element, inner: Element): boolean {
  for (let at: Element | null = inner; at !== null; at = parentOrHost(at)) if (at === outer) return true
  return false
}
