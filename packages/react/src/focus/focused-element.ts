import { isHtmlElement } from '../dom/node-kind.ts'

/** The element that has focus in `document`, inside open shadow roots too (there `activeElement` is their host). */
export function focusedElement(document: Document): HTMLElement | undefined {
  let active: Element | null = document.activeElement
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement
  return isHtmlElement(active) && active !== document.body ? active : undefined
}

/**
 * The focused element of the tree `node` is in: its shadow root's when it is inside one (where
 * `document.activeElement` is only the shadow host), else its document's.
 */
export function activeElementOf(node: Node): Element | null {
  const root = node.getRootNode() as Node & Partial<DocumentOrShadowRoot>
  return root.activeElement ?? null
}
