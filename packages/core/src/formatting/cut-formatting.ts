import { nextLineBreak } from '../text-length.ts'
import type { FormattingListItem, FormattingNode } from './formatting-node.ts'

/**
 * `nodes` — `parseFormatting`'s tree of the whole of `text` — kept only as far as `end`, an
 * index into `text` (such as `readMoreIndex`'s): the text a reader sees before "Read more", with
 * the formatting the whole text gives it. A `*bold*` pair the cut splits stays bold as far as
 * the cut, with no stray `*`: WhatsApp formats a message first and shortens what it shows; the
 * markers at or past the cut, and any style, quote or list left with no text, are dropped. A
 * link keeps its address (its text is cut). Linear in the length of the text; never throws.
 *
 * @example
 * const text = 'Ofa *hadi Ijumaa*'
 * cutFormatting(parseFormatting(text), text, 9)
 * // [{ type: 'text', text: 'Ofa ' }, { type: 'bold', children: [{ type: 'text', text: 'hadi' }] }]
 */
export function cutFormatting(nodes: readonly FormattingNode[], text: string, end: number): FormattingNode[] {
  if (typeof text !== 'string' || !Array.isArray(nodes)) return []
  // How far the source has been read, and whether the cut has been reached.
  let cursor = 0
  let done = false
  // A leaf's text is found in the source from where reading stands: the parser only removes
  // markers between leaves, never inside one, so the leaf is there whole and in order.
  const cutLeaf = (value: string): string => {
    const found = text.indexOf(value, cursor)
    const start = found < 0 ? cursor : found
    if (start + value.length <= end) {
      cursor = start + value.length
      return value
    }
    done = true
    return value.slice(0, Math.max(0, end - start))
  }
  const cutNodes = <T extends FormattingNode | FormattingListItem>(list: readonly T[]): T[] => {
    const kept: T[] = []
    for (const node of list) {
      if (done) break
      const cut = cutNode(node)
      if (cut !== null) kept.push(cut)
    }
    return kept
  }
  const cutNode = <T extends FormattingNode | FormattingListItem>(node: T): T | null => {
    if ('text' in node) {
      const kept = cutLeaf(node.text)
      return kept === '' ? null : { ...node, text: kept }
    }
    if (node.type === 'lineBreak') {
      const lineBreak = nextLineBreak(text, cursor)
      if (lineBreak === undefined || lineBreak.at >= end) {
        done = true
        return null
      }
      cursor = lineBreak.at + lineBreak.length
      return node
    }
    if (node.type === 'list') {
      const items = cutNodes(node.items)
      return items.length === 0 ? null : { ...node, items }
    }
    // A style, quote, link or list item: kept while it keeps some text.
    const children = cutNodes(node.children)
    return children.length === 0 ? null : { ...node, children }
  }
  return cutNodes(nodes)
}
