/** The longest client value an error sentence quotes; a longer one is cut, with an ellipsis. */
export const MAX_QUOTED_CHARACTERS = 80

/**
 * A value as an error sentence quotes it: JSON text, cut to `MAX_QUOTED_CHARACTERS`. A path
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
  return text.length <= MAX_QUOTED_CHARACTERS ? text : `${text.slice(0, MAX_QUOTED_CHARACTERS)}…`
}
