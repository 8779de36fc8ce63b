import { overflowIndex } from '../text-length.ts'

/**
 * How WhatsApp Web shortens a long message text (its ExpandableText, with the message getters'
 * initial page size): it shows the first `shown` characters (code points), an ellipsis and
 * "Read more" when the text runs more than `slack` of that past them, so 845 characters or more;
 * up to 844 it shows the text whole.
 */
export const READ_MORE = { shown: 768, slack: 0.1 } as const

/**
 * Where WhatsApp Web cuts `text` behind "Read more": the UTF-16 index after its first 768
 * characters, moved back to the start of a character the cut would split (an emoji sequence, a
 * letter with its marks), or -1 when it shows the text whole.
 *
 * @example
 * readMoreIndex('a'.repeat(844)) // -1
 * readMoreIndex('a'.repeat(845)) // 768
 */
export function readMoreIndex(text: string): number {
  const longest = Math.floor(READ_MORE.shown * (1 + READ_MORE.slack))
  if (typeof text !== 'string' || overflowIndex(text, longest) < 0) return -1
  return overflowIndex(text, READ_MORE.shown)
}
