import { isShadowRoot } from '../dom/node-kind.ts'

/**
 * Hides from assistive technology what shares `element`'s shadow root with it: `aria-hidden` on
 * each sibling of `element` and of its ancestors up to that root, as Radix does from
 * `document.body` down for a modal dialog, where it stops at the shadow host (a web component's
 * own content beside its dialog stayed readable behind it,
 * https://www.w3.org/WAI/ARIA/apg/patterns/dialog-modal/). Live regions (`aria-live`) stay, as
 * Radix leaves them (https://github.com/theKashey/aria-hidden/issues/10): hidden, the preview's
 * went unheard as it said the row just sent from its list sheet. Returns what undoes it; outside
 * a shadow root it does nothing.
 */
export function hideBesideInShadowRoot(element: Element): () => void {
  const root = element.getRootNode()
  if (!isShadowRoot(root)) return () => {}
  const kept = [element, ...root.querySelectorAll('[aria-live]')]
  // The kept elements and every element they are inside: those are walked into, not hidden.
  const around = new Set<Node>()
  for (const target of kept) {
    for (let at: Node | null = target; at !== null && at !== root && !around.has(at); at = at.parentNode) around.add(at)
  }
  const hidden: Element[] = []
  const hideBeside = (parent: ParentNode) => {
    for (const child of parent.children) {
      if (around.has(child)) {
        if (!kept.includes(child)) hideBeside(child)
      } else if (!child.hasAttribute('aria-hidden')) {
        child.setAttribute('aria-hidden', 'true')
        hidden.push(child)
      }
    }
  }
  hideBeside(root)
  return () => {
    for (const sibling of hidden) sibling.removeAttribute('aria-hidden')
  }
}
