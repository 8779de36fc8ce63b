import { type FormattingNode, parseFormatting, parseLinks } from '@briq-interactive/core'

const MAX_ENTRIES = 256
// Every keystroke in a long text is a new entry of its length, tree and all (about 15 bytes a
// character): typing into a pasted 20 000-character article kept some 100 MB per parser.
const MAX_CHARACTERS = 128 * 1024

/**
 * `parse` with a small least-recently-used cache keyed by the text: at most 256 texts and 128 K
 * characters (the newest text is kept whatever its length). While a person types, every other
 * field (header, footer, rows, buttons) keeps its text, so each update only parses the field
 * that changed. `null` when the parser throws (the text is then shown as is).
 */
export function cachedParser(
  parse: (text: string) => FormattingNode[],
): (text: string) => readonly FormattingNode[] | null {
  const cache = new Map<string, readonly FormattingNode[] | null>()
  let characters = 0
  return (text) => {
    const hit = cache.get(text)
    if (hit !== undefined) {
      cache.delete(text)
      cache.set(text, hit)
      return hit
    }
    let tree: readonly FormattingNode[] | null
    try {
      tree = parse(text)
    } catch {
      tree = null
    }
    cache.set(text, tree)
    characters += text.length
    for (const oldest of cache.keys()) {
      if (cache.size === 1 || (cache.size <= MAX_ENTRIES && characters <= MAX_CHARACTERS)) break
      cache.delete(oldest)
      characters -= oldest.length
    }
    return tree
  }
}

/** `parseFormatting`, cached. */
export const parseFormattingCached = cachedParser(parseFormatting)

/**
 * `parseFormatting` without blocks or inline code, cached: styles, monospace and links, as
 * WhatsApp formats an interactive message's footer and a list message's title.
 */
export const parseInlineFormattingCached = cachedParser((text) =>
  parseFormatting(text, { blocks: false, inlineCode: false }),
)

/** The message-text parsers for one reader's country: all formats, and styles, monospace and links only. */
export interface CountryParsers {
  full: (text: string) => readonly FormattingNode[] | null
  inline: (text: string) => readonly FormattingNode[] | null
}

const NO_COUNTRY: CountryParsers = { full: parseFormattingCached, inline: parseInlineFormattingCached }
const MAX_COUNTRIES = 8
const byCountry = new Map<string, CountryParsers>()

/**
 * The cached parsers that link numbers written without a country code as numbers of
 * `countryCode` (core's `parseFormatting` option); without one, `parseFormattingCached` and
 * `parseInlineFormattingCached`. A few countries are kept; pages show one or two.
 */
export function parsersFor(countryCode: string | undefined): CountryParsers {
  if (countryCode === undefined) return NO_COUNTRY
  let parsers = byCountry.get(countryCode)
  if (parsers === undefined) {
    parsers = {
      full: cachedParser((text) => parseFormatting(text, { countryCode })),
      inline: cachedParser((text) => parseFormatting(text, { blocks: false, inlineCode: false, countryCode })),
    }
    byCountry.set(countryCode, parsers)
    for (const oldest of byCountry.keys()) {
      if (byCountry.size <= MAX_COUNTRIES) break
      byCountry.delete(oldest)
    }
  }
  return parsers
}

/** `parseLinks` (URLs, e-mail addresses and phone numbers), cached. */
export const parseLinksCached = cachedParser((text) => parseLinks(text))

/** `parseLinks` without phone numbers, cached. */
export const parseUrlsCached = cachedParser((text) => parseLinks(text, { phoneNumbers: false }))
