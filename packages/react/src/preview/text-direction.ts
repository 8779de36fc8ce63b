import { nextLineBreak } from '@briq-interactive/core'

const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u
const LETTER = /\p{L}/u
// The direction marks are strong characters too (UAX #9): RLM and ALM right to left, LRM left to right.
const RTL_MARK = /[\u200F\u061C]/
const LTR_MARK = '\u200E'

/** `text`'s lines, split at every break the preview ends a line at (core's `nextLineBreak`). */
function linesOf(text: string): string[] {
  const lines: string[] = []
  let from = 0
  for (let found = nextLineBreak(text, 0); found; found = nextLineBreak(text, from)) {
    lines.push(text.slice(from, found.at))
    from = found.at + found.length
  }
  lines.push(text.slice(from))
  return lines
}

/**
 * The direction of the last non-empty line of `text` by its first strong character (a letter
 * or a direction mark), as the bidi algorithm decides a paragraph's direction. The preview uses
 * it to move the time onto a line of its own when the last line runs right to left (its end is
 * on the left). A line without letters takes the text's direction, so an earlier line decides;
 * with `ownLines` (a text whose every line takes its own, `unicode-bidi: plaintext`) the last
 * line with any text decides alone, and one without letters (digits, emoji) gives undefined,
 * which such a line lays out left to right.
 */
export function lastLineDirection(
  text: string | undefined,
  { ownLines = false }: { ownLines?: boolean } = {},
): 'rtl' | 'ltr' | undefined {
  if (!text) return undefined
  const lines = linesOf(text)
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? ''
    const direction = firstStrongDirection(line)
    if (direction !== undefined || (ownLines && line.trim() !== '')) return direction
  }
  return undefined
}

/**
 * The direction of `text` by its first strong character (a letter or a direction mark), as
 * `dir="auto"` reads it; undefined when it has none (empty, digits, emoji), where `dir="auto"`
 * would say left to right and the text should rather keep its page's direction.
 */
export function firstStrongDirection(text: string): 'rtl' | 'ltr' | undefined {
  for (const char of text) {
    if (RTL.test(char) || RTL_MARK.test(char)) return 'rtl'
    if (char === LTR_MARK || LETTER.test(char)) return 'ltr'
  }
  return undefined
}

/**
 * `text` wrapped in a first-strong isolate (U+2068 … U+2069) when it holds right-to-left letters,
 * for a name set into a sentence or an option, where no element can carry `dir="auto"`. Without
 * it, Unicode's bidirectional algorithm (UAX #9: rule W2 makes digits after Arabic letters Arabic
 * numbers) runs the digits that follow into the name's direction: "أحمد · +255 713 000 009" read
 * "009 000 713 +255". Isolates (UAX #9, X5a–X5c) keep the name's direction to itself. Text without
 * right-to-left letters is returned unchanged.
 */
export function isolateDirection(text: string): string {
  return RTL.test(text) ? `\u2068${text}\u2069` : text
}
