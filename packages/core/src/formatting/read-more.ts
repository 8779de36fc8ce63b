import { overflowIndex } from '../text-length.ts'
import { formattingToText } from './formatting-to-text.ts'
import { parseLinks } from './parse-links.ts'

/** Options of {@link readMoreIndex}. */
export interface ReadMoreOptions {
  /**
   * The reader's country calling code, as `parseFormatting`'s option: a number written without
   * its country code is a link in that country, so the cut keeps it whole too.
   */
  countryCode?: string | undefined
}

/**
 * How WhatsApp Web shortens a long message text (its ExpandableText, with the message getters'
 * initial page size): it shows the first `shown` characters (code points), an ellipsis and
 * "Read more" when the text runs more than `slack` of that past them, so 845 characters or more;
 * up to 844 it shows the text whole.
 */
export const READ_MORE = { shown: 768, slack: 0.1 } as const

// The end of a link (URL, e-mail address, phone number) that `cut` would split, else `cut`. Cut
// short, a link's text reads as another address (`https://bri` for `https://briq.tz/ofa`) and
// would be linked there; WhatsApp keeps the address of a link it shortens, so the preview shows
// such a link whole rather than send a tap elsewhere. parseLinks' nodes hold the text as written.
function pastLink(text: string, cut: number, countryCode: string | undefined): number {
  let at = 0
  for (const node of parseLinks(text, { countryCode })) {
    const end = at + formattingToText([node]).length
    if (node.type === 'link' && at < cut && cut < end) return end
    if (end >= cut) break
    at = end
  }
  return cut
}

/**
 * Where WhatsApp Web cuts `text` behind "Read more": the UTF-16 index after its first 768
 * characters, moved back to the start of a character the cut would split (an emoji sequence, a
 * letter with its marks), or -1 when it shows the text whole. A link the cut would split is kept
 * whole (the cut moves to its end), so no shortened address is linked; -1 if that reaches the end.
 * With `countryCode`, so is a number written without its country code (`0712 345 678`).
 * `cutFormatting` keeps the formatting of the text shown before the cut.
 *
 * @example
 * readMoreIndex('a'.repeat(844)) // -1
 * readMoreIndex('a'.repeat(845)) // 768
 */
export function readMoreIndex(text: string, options: ReadMoreOptions = {}): number {
  const longest = Math.floor(READ_MORE.shown * (1 + READ_MORE.slack))
  if (typeof text !== 'string' || overflowIndex(text, longest) < 0) return -1
  const cut = pastLink(text, overflowIndex(text, READ_MORE.shown), options.countryCode)
  return cut < text.length ? cut : -1
}
