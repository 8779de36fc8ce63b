const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u
const LETTER = /\p{L}/u

/**
 * The direction of the last non-empty line of `text` by its first strong (letter) character,
 * as the bidi algorithm decides a paragraph's direction. The preview uses it to move the time
 * onto a line of its own when the last line runs right to left (its end is on the left).
 */
export function lastLineDirection(text: string | undefined): 'rtl' | 'ltr' | undefined {
  if (!text) return undefined
  const lines = text.split('\n')
  for (let i = lines.length - 1; i >= 0; i--) {
    for (const char of lines[i] ?? '') {
      if (RTL.test(char)) return 'rtl'
      if (LETTER.test(char)) return 'ltr'
    }
  }
  return undefined
}
