const WHITESPACE = /^\s$/u
const WORD = /^[\p{L}\p{N}\p{M}]$/u

/** Whether the UTF-16 code unit (or code point) is an ASCII digit, 0 to 9. */
export const isAsciiDigit = (code: number): boolean => code >= 0x30 && code <= 0x39

/** Whether the UTF-16 code unit (or code point) is an ASCII letter or digit. */
export const isAsciiAlnum = (code: number): boolean =>
  isAsciiDigit(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)

/** The code point that ends just before `index`, or `-1` at the start of the text. */
export function codePointBefore(text: string, index: number): number {
  if (index <= 0) return -1
  const low = text.charCodeAt(index - 1)
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2)
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000
  }
  return low
}

/** The code point that starts at `index`, or `-1` at the end of the text. */
export function codePointAt(text: string, index: number): number {
  return index < text.length ? (text.codePointAt(index) ?? -1) : -1
}

/** Whether the code point is whitespace (a newline included). `-1` (no character) is not. */
export function isWhitespace(codePoint: number): boolean {
  if (codePoint < 0) return false
  if (codePoint === 0x20 || codePoint === 0x0a || codePoint === 0x09) return true
  return codePoint > 0x7f && WHITESPACE.test(String.fromCodePoint(codePoint))
}

/**
 * Whether the code point is part of a word: a letter, digit or combining mark in any script.
 * Everything else (whitespace, punctuation, symbols, emoji, lone surrogates) is a boundary
 * where a formatting marker may open or close. The variation selectors (U+FE00–U+FE0F) and the
 * keycap's enclosing mark (U+20E3) are marks too, but they choose how a symbol is drawn (✔️ ⭐️
 * ❤️ 1️⃣, Unicode UTS #51): they belong to the emoji, a boundary, never to a word.
 */
export function isWordCharacter(codePoint: number): boolean {
  if (codePoint < 0) return false
  if (codePoint < 0x80) return isAsciiAlnum(codePoint)
  // Lone surrogates are not scalar values; the regex would see U+FFFD-like junk, so decide here.
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return false
  if ((codePoint >= 0xfe00 && codePoint <= 0xfe0f) || codePoint === 0x20e3) return false
  return WORD.test(String.fromCodePoint(codePoint))
}
