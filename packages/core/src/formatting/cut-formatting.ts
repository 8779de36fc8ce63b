import { nextLineBreak } from '../text-length.ts'
import type { FormattingListItem, FormattingNode } from './formatting-node.ts'

/** How far the source has been read, and whether the cut has been reached. */
interface Reading {
  source: string
  end: number
  cursor: number
  done: boolean
}

// A leaf's text is found in the source from where reading stands: the parser only removes
// markers between leaves, never inside one, so the leaf is there whole and in order.
function cutLeaf(value: string, reading: Reading): string {
  const found = reading.source.indexOf(value, reading.cursor)
  const start = found < 0 ? reading.cursor : found
  if (start + value.length <= reading.end) {
    reading.cursor = start + value.length
    return value
  }
  reading.done = true
  return value.slice(0, Math.max(0, reading.end - start))
}

function cutNodes(nodes: readonly FormattingNode[], reading: Reading): FormattingNode[] {
  const kept: FormattingNode[] = []
  for (const node of nodes) {
    if (reading.done) break
    const cut = cutNode(node, reading)
    if (cut !== null) kept.push(cut)
  }
  return kept
}

function cutItems(items: readonly FormattingListItem[], reading: Reading): FormattingListItem[] {
  const kept: FormattingListItem[] = []
  for (const item of items) {
    if (reading.done) break
    const children = cutNodes(item.children, reading)
    if (children.length > 0) kept.push({ ...item, children })
  }
  return kept
}

function cutNode(node: FormattingNode, reading: Reading): FormattingNode | null {
  switch (node.type) {
    case 'text':
    case 'code':
    case 'mono': {
      const text = cutLeaf(node.text, reading)
      return text === '' ? null : { ...node, text }
    }
    case 'lineBreak': {
      const lineBreak = nextLineBreak(reading.source, reading.cursor)
      if (lineBreak === undefined || lineBreak.at >= reading.end) {
        reading.done = true
        return null
      }
      reading.cursor = lineBreak.at + lineBreak.length
      return node
    }
    case 'list': {
      const items = cutItems(node.items, reading)
      return items.length === 0 ? null : { ...node, items }
    }
    default: {
      const children = cutNodes(node.children, reading)
      return children.length === 0 ? null : { ...node, children }
    }
  }
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
  return cutNodes(nodes, { source: text, end, cursor: 0, done: false })
}
