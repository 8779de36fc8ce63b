// What draws nothing a reader could point at: controls, format characters (zero-width space,
// direction marks, U+FEFF), unassigned and private-use code points, and every kind of space
// (no-break, thin, ideographic, line and paragraph separators): Unicode categories C and Z.
const INVISIBLE = /[\p{C}\p{Z}]/u

/** A character's (first) code point as Unicode writes it: `U+00A0`. */
export const codePoint = (char: string): string =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`

/** One character named for a sentence: `"x" (U+0078)`, or only `U+00A0` where it draws nothing. */
export function describeCharacter(char: string): string {
  return INVISIBLE.test(char) ? codePoint(char) : `"${char}" (${codePoint(char)})`
}

/**
 * Text quoted for a sentence (`"tru"`, `"}"`), or, when it is one character that draws nothing,
 * its code point (`U+00A0`): a no-break space pasted from a web page or U+FEFF in quotes would
 * read as `""` or `" "`, naming nothing the person can find.
 */
export function quotedCharacters(text: string): string {
  const [first, second] = text
  return first !== undefined && second === undefined && INVISIBLE.test(first) ? codePoint(first) : `"${text}"`
}
