import { isShadowRoot } from '../dom/node-kind.ts'

/**
 * Hides from assistive technology what shares `element`'s shadow root with it: `aria-hidden` on
 * each sibling of `element` and of its ancestors up to that root, as Radix does from
 * `document.body` down for a modal dialog, where it stops at the shadow host (a web component's
 * own content beside its dialog stayed readable behind it,
 * https://www.w3.org/WAI/ARIA/apg/patterns/dialog-modal/). Returns what undoes it; outside a
 * shadow root it does nothing.
 */
export function hideBesideInShadowRoot(element: Element): () => void {
  const root = element.getRootNode()
  if (!isShadowRoot(root)) return () => {}
  const hidden: Element[] = []
  for (let at: Node = element; at !== root && at.parentNode !== null; at = at.parentNode) {
    for (const sibling of at.parentNode.children) {
      if (sibling === at || sibling.hasAttribute('aria-hidden')) continue
      sibling.setAttribute('aria-hidden', 'true')
      hidden.push(sibling)
    }
  }
  return () => {
    for (const sibling of hidden) sibling.removeAttribute('aria-hidden')
  }
}
