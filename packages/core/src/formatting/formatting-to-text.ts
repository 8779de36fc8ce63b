import type { FormattingNode } from './formatting-node.ts'

/**
 * The visible text of a formatting tree: markers removed, `lineBreak` as `"\n"`, list items
 * joined by `"\n"` without their `* ` / `- ` / `• ` / `1. ` markers, quotes without `> `. For a tree
 * from `parseFormatting(text)` this is `text` minus exactly the markers that were consumed, so
 * it is what a character counter or a screen reader should see.
 */
export function formattingToText(nodes: readonly FormattingNode[]): string {
  let text = ''
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'code':
      case 'mono':
        text += node.text
        break
      case 'lineBreak':
        text += '\n'
        break
      case 'list':
        text += node.items.map((item) => formattingToText(item.children)).join('\n')
        break
      default:
        text += formattingToText(node.children)
    }
  }
  return text
}
