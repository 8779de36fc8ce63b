/**
 * Quotes a string as one POSIX shell word: inside single quotes nothing is special, and a
 * single quote itself is written `'\''` (close, escaped quote, reopen). Safe for any content —
 * `$`, backticks, `!`, newlines, emoji.
 */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`
}
