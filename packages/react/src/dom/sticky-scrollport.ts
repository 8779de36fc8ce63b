import { parentOrHost } from './node-kind.ts'

const scrolls = (overflow: string | undefined) =>
  overflow !== undefined && overflow !== 'visible' && overflow !== 'clip'

/**
 * The scroll container `element`'s `position: sticky` sticks in: its nearest ancestor whose
 * overflow is neither visible nor clip, whether it overflows yet or not
 * (https://www.w3.org/TR/css-position-3/#sticky-pos), crossing a shadow root to its host; or
 * undefined for the window. The body's overflow is the window's unless the root element has one
 * of its own (https://www.w3.org/TR/css-overflow-3/#overflow-propagation).
 */
export function stickyScrollportOf(element: Element): HTMLElement | undefined {
  const document = element.ownerDocument
  const overflowOf = (at: Element) => document.defaultView?.getComputedStyle(at).overflowY
  for (let parent = parentOrHost(element); parent !== null; parent = parentOrHost(parent)) {
    if (parent === document.documentElement) return undefined
    if (parent === document.body) {
      return scrolls(overflowOf(document.documentElement)) && scrolls(overflowOf(parent))
        ? (parent as HTMLElement)
        : undefined
    }
    if (scrolls(overflowOf(parent))) return parent as HTMLElement
  }
  return undefined
}
