import { overflowIndex } from './text-length.ts'

/**
 * The longest client value an error sentence quotes, in code points; a longer one is cut, with
 * an ellipsis.
 */
export const MAX_QUOTED_CHARACTERS = 80

/**
 * A value as an error sentence quotes it: JSON text, cut to `MAX_QUOTED_CHARACTERS` at the
 * start of a grapheme cluster (an emoji, a flag, a letter with its accent stay whole). A path
 * segment may be 16 KB and a body field a megabyte; echoing them whole made the error as large
 * as the request, and the point of the quote is only to show which value was meant.
 */
export function quoted(value: unknown): string {
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    text = '(an unreadable value)'
  }
  return clipped(text, MAX_QUOTED_CHARACTERS)
}

/**
 * `text` cut to at most `max` code points, with an ellipsis, where a character the reader sees
 * starts (the grapheme cluster, UAX #29): cut by UTF-16 length, half an emoji would show as
 * U+FFFD and a flag or a family would fall apart. Only the head is read (a code point is at most
 * two units), so a megabyte value is not segmented whole.
 */
export function clipped(text: string, max: number): string {
  const cut = overflowIndex(text.slice(0, max * 4), max)
  return cut < 0 ? text : `${text.slice(0, cut)}…`
}

/** A field name as an issue's sentence names it (its path holds it whole): at most 40 code points. */
export const shortKey = (key: string): string => clipped(key, 40)
