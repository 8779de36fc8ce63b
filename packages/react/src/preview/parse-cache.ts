import { type FormattingNode, parseFormatting, parseLinks } from '@briq-interactive/core'

const MAX_ENTRIES = 256

/**
 * `parse` with a small least-recently-used cache keyed by the text. While a person types, every
 * other field (header, footer, rows, buttons) keeps its text, so each update only parses the
 * field that changed. `null` when the parser throws (the text is then shown as is).
 */
function cachedParser(parse: (text: string) => FormattingNode[]): (text: string) => readonly FormattingNode[] | null {
  const cache = new Map<string, readonly FormattingNode[] | null>()
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
    if (cache.size > MAX_ENTRIES) {
      const oldest = cache.keys().next()
      if (!oldest.done) cache.delete(oldest.value)
    }
    return tree
  }
}

/** `parseFormatting`, cached. */
export const parseFormattingCached = cachedParser(parseFormatting)

/** `parseLinks` (URLs, e-mail addresses and phone numbers), cached. */
export const parseLinksCached = cachedParser((text) => parseLinks(text))

/** `parseLinks` without phone numbers, cached. */
export const parseUrlsCached = cachedParser((text) => parseLinks(text, { phoneNumbers: false }))
