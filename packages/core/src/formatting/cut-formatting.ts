import { nextLineBreak } from '../text-length.ts'
import type { FormattingListItem, FormattingNode } from './formatting-node.ts'

// What the parser removes before and after a node's text.
const MARKERS: Partial<Record<string, string>> = {
  bold: '*',
  italic: '_',
  strike: '~',
  code: '`',
  mono: '```',
}

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
  // Past the marker the parser removed at the cursor, where it is written there: a leaf starting
  // with the same characters (a `~` left unpaired right after a `~strike~`) is then found where
  // it stands, not in the marker.
  const skip = (marker = ''): void => {
    if (!done && text.startsWith(marker, cursor)) cursor += marker.length
  }
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
  // Past the next line break, if it comes before the cut.
  const pastLineBreak = (): boolean => {
    const lineBreak = nextLineBreak(text, cursor)
    done = lineBreak === undefined || lineBreak.at >= end
    if (lineBreak && !done) cursor = lineBreak.at + lineBreak.length
    return !done
  }
  // `parent`: the type of the node these are the children (or items) of.
  const cutNodes = <T extends FormattingNode | FormattingListItem>(list: readonly T[], parent?: string): T[] => {
    const kept: T[] = []
    for (let index = 0; index < list.length && !done; index++) {
      if (parent === 'list') {
        // Items are one a line, the break between two implicit; a marker (`* `, `12. `) ends at its space.
        if (index > 0 && !pastLineBreak()) break
        cursor = text.indexOf(' ', cursor) + 1
      } else if (parent === 'quote' && (index === 0 || list[index - 1]?.type === 'lineBreak')) {
        // Past a quoted line's `> ` (or `>` and a tab).
        cursor += 2
      }
      const cut = cutNode(list[index] as T)
      if (cut !== null) kept.push(cut)
    }
    return kept
  }
  const cutNode = <T extends FormattingNode | FormattingListItem>(node: T): T | null => {
    if (node.type === 'lineBreak') return pastLineBreak() ? node : null
    if (node.type === 'list') {
      const items = cutNodes(node.items, 'list')
      return items.length === 0 ? null : { ...node, items }
    }
    const marker = MARKERS[node.type]
    skip(marker)
    let cut: T | null
    if ('text' in node) {
      const kept = cutLeaf(node.text)
      cut = kept === '' ? null : { ...node, text: kept }
    } else {
      // A style, quote, link or list item: kept while it keeps some text.
      const children = cutNodes(node.children, node.type)
      cut = children.length === 0 ? null : { ...node, children }
    }
    skip(marker)
    return cut
  }
  return cutNodes(nodes)
}
