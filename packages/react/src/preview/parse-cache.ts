import { type FormattingNode, parseFormatting } from '@briq-interactive/core'

const MAX_ENTRIES = 256
const cache = new Map<string, readonly FormattingNode[] | null>()

/**
 * `parseFormatting` with a small least-recently-used cache keyed by the text. While a person
 * types, every other field (header, footer, rows, buttons) keeps its text, so each update only
 * parses the field that changed. `null` when the parser throws (the text is then shown as is).
 */
export function parseFormattingCached(text: string): readonly FormattingNode[] | null {
  const hit = cache.get(text)
  if (hit !== undefined) {
    cache.delete(text)
    cache.set(text, hit)
    return hit
  }
  let tree: readonly FormattingNode[] | null
  try {
    tree = parseFormatting(text)
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
