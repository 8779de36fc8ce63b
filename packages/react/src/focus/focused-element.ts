/** The element that has focus in `document`, inside open shadow roots too (there `activeElement` is their host). */
export function focusedElement(document: Document): HTMLElement | undefined {
  let active: Element | null = document.activeElement
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement
  return active instanceof HTMLElement && active !== document.body ? active : undefined
}
