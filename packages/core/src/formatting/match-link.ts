import { codePointAt, codePointBefore, isWhitespace, isWordCharacter } from './character-class.ts'

/** A URL found at a position of the text. */
export interface LinkMatch {
  /** Index just past the link text. */
  end: number
  /**
   * The http(s) address the link points to, or `null` when the text has the shape of a URL but
   * no browser could open it (`https://a^b`, `www.1`, `https://x@`): it stays plain text, and
   * the scan skips to `end` so the same run is not examined again.
   */
  href: string | null
}

// Only what `new URL` accepts as an http(s) address with a host is linked, so a renderer can put
// `href` straight into a link (or hand it to `new URL`) without a check of its own.
function isOpenableUrl(href: string): boolean {
  try {
    const url = new URL(href)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== ''
  } catch {
    return false
  }
}

// Characters that end a URL outright: they never appear unescaped in one someone types.
const STOP = new Set(['<', '>', '"', '`'])
// Trailing characters that belong to the sentence (or to formatting around the link), not to the URL:
// ASCII punctuation, the typographic closing quotes and ellipsis a phone keyboard types for them
// (“https://x.example” must not link to …x.example%E2%80%9D), and full-width (CJK) punctuation.
const TRAILING = new Set([
  '.',
  ',',
  ':',
  ';',
  '!',
  '?',
  "'",
  '*',
  '_',
  '~',
  '\u2019', // ’
  '\u201D', // ”
  '\u00BB', // »
  '\u203A', // ›
  '\u2026', // …
  '\u3001', // 、
  '\u3002', // 。
  '\uFF01', // ！
  '\uFF09', // ）
  '\uFF0C', // ，
  '\uFF0E', // ．
  '\uFF1A', // ：
  '\uFF1B', // ；
  '\uFF1F', // ？
])
// A URL glued to one of these is part of something else (an e-mail, a path, a longer URL).
const GLUE = new Set(['@', '.', '/', ':'])

function schemeLength(text: string, index: number): number {
  const head = text.slice(index, index + 8).toLowerCase()
  if (head.startsWith('https://')) return 8
  if (head.startsWith('http://')) return 7
  if (head.startsWith('www.')) return 4
  return 0
}

/**
 * The URL starting at `index` and ending before `limit`, the way WhatsApp auto-links:
 * `http://…`, `https://…` or `www.…` (case-insensitive) at a word boundary, followed by a letter
 * or digit, running to the next whitespace. Trailing punctuation (`.` `,` `:` `;` `!` `?` `'`,
 * their typographic and full-width forms such as `”` `’` `»` `…` `。`, and the formatting markers
 * `*` `_` `~`) is left out, and so is a closing `)` or `]` with no
 * opening partner inside the URL, so `(see https://x.example/a_(b))` links `…/a_(b)`.
 *
 * Returns `null` when no URL starts here, in constant time, so scanning stays linear; a match
 * whose address does not parse has `href: null` (see {@link LinkMatch.href}).
 */
export function matchLink(text: string, index: number, limit: number): LinkMatch | null {
  const before = codePointBefore(text, index)
  if (isWordCharacter(before) || (before >= 0 && GLUE.has(String.fromCodePoint(before)))) return null
  const scheme = schemeLength(text, index)
  if (scheme === 0 || index + scheme >= limit || !isWordCharacter(codePointAt(text, index + scheme))) return null

  let end = index + scheme
  let parens = 0
  let brackets = 0
  while (end < limit) {
    const code = text.charCodeAt(end)
    if (code < 0x20 || isWhitespace(codePointAt(text, end)) || STOP.has(text[end] as string)) break
    if (code === 0x28) parens++
    else if (code === 0x29) parens--
    else if (code === 0x5b) brackets++
    else if (code === 0x5d) brackets--
    end++
  }
  for (;;) {
    const last = text[end - 1] as string
    if (TRAILING.has(last)) end--
    else if (last === ')' && parens < 0) {
      parens++
      end--
    } else if (last === ']' && brackets < 0) {
      brackets++
      end--
    } else break
  }

  const written = text.slice(index, end)
  const href = scheme === 4 ? `https://${written}` : written.slice(0, scheme).toLowerCase() + written.slice(scheme)
  return { end, href: isOpenableUrl(href) ? href : null }
}
