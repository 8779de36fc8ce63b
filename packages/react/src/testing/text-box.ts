/** Where `part` is drawn: the first text node under `element` that holds it, measured by a range. */
export function textBox(element: Element, part: string): DOMRect {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(part) ?? -1
    if (at === -1) continue
    const range = element.ownerDocument.createRange()
    range.setStart(node, at)
    range.setEnd(node, at + part.length)
    return range.getBoundingClientRect()
  }
  throw new Error(`no text "${part}" under .${element.className}`)
}
