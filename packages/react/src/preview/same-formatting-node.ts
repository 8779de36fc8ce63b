import type { FormattingNode } from '@briq-interactive/core'
import { equalData } from './equal-data.ts'

const sameNodes = (a: readonly FormattingNode[], b: readonly FormattingNode[]): boolean => {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (!sameFormattingNode(a[i] as FormattingNode, b[i])) return false
  return true
}

/**
 * Whether two nodes of core's `parseFormatting` are equal: `equalData` for formatting nodes,
 * field by field. A long body's every top-level node is compared with the last render's on each
 * keystroke, and `equalData`'s generic walk (two key lists per object) cost as much as the parse.
 */
export function sameFormattingNode(a: FormattingNode, b: FormattingNode | undefined): boolean {
  if (a === b) return true
  if (b === undefined || a.type !== b.type) return false
  switch (a.type) {
    case 'text':
    case 'code':
    case 'mono':
      return a.text === (b as typeof a).text
    case 'lineBreak':
      return true
    case 'bold':
    case 'italic':
    case 'strike':
    case 'quote':
      return sameNodes(a.children, (b as typeof a).children)
    case 'link':
      return a.href === (b as typeof a).href && sameNodes(a.children, (b as typeof a).children)
    case 'list': {
      const other = b as typeof a
      if (a.ordered !== other.ordered || a.start !== other.start || a.items.length !== other.items.length) return false
      return a.items.every((item, i) => {
        const otherItem = other.items[i] as typeof item
        return item.number === otherItem.number && sameNodes(item.children, otherItem.children)
      })
    }
    default:
      return equalData(a, b)
  }
}
