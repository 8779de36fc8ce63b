import { isAsciiAlnum } from './character-class.ts'
import type { FormattingNode } from './formatting-node.ts'
import { matchLink } from './match-link.ts'
import { appendText } from './parse-inline.ts'

/** Options of {@link parseLinks}. */
export interface ParseLinksOptions {
  /** Whether phone numbers are linked too (default `true`). */
  phoneNumbers?: boolean | undefined
  /**
   * The reader's country calling code, as `parseFormatting`'s option: a number written without
   * its country code (`0712 345 678`) is linked as a number of that country. Unset, it stays text.
   */
  countryCode?: string | undefined
}

/**
 * What WhatsApp makes tappable in a text it does not format, as `parseFormatting` finds it:
 * URLs, e-mail addresses and (unless `phoneNumbers: false`) phone numbers become `link` nodes,
 * and everything else, formatting markers included, stays text. WhatsApp Web shows an
 * interactive message's text header this way (its `HeaderAndFooter` format configuration links
 * URLs and nothing else); a list message's title it formats (`parseFormatting` with `blocks` and
 * `inlineCode` off). Never throws; linear in the length of the text.
 *
 * @example
 * parseLinks('*Ofa* briq.tz')
 * // [{ type: 'text', text: '*Ofa* ' }, { type: 'link', href: 'https://briq.tz', children: [{ type: 'text', text: 'briq.tz' }] }]
 */
export function parseLinks(text: string, options: ParseLinksOptions = {}): FormattingNode[] {
  if (typeof text !== 'string') return []
  const phoneNumbers = options.phoneNumbers ?? true
  const countryCode = options.countryCode
  const nodes: FormattingNode[] = []
  let textStart = 0
  let index = 0
  while (index < text.length) {
    const code = text.charCodeAt(index)
    // As in parseFormatting: a link starts at a `+`, at the first ASCII letter or digit of a word,
    // or (a number without its country code, `(0712) 345 678`) at a `(`.
    const starts =
      code === 0x2b ||
      (code === 0x28 && countryCode !== undefined) ||
      (isAsciiAlnum(code) && !isAsciiAlnum(text.charCodeAt(index - 1)))
    const found = starts ? matchLink(text, index, text.length, countryCode) : null
    if (found === null) {
      index++
      continue
    }
    if (found.href === null || (!phoneNumbers && found.href.startsWith('tel:'))) {
      index = found.end
      continue
    }
    appendText(nodes, text.slice(textStart, index))
    nodes.push({ type: 'link', href: found.href, children: [{ type: 'text', text: text.slice(index, found.end) }] })
    index = textStart = found.end
  }
  appendText(nodes, text.slice(textStart))
  return nodes
}
