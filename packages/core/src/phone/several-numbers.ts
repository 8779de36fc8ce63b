// What parts the numbers of a paste: a slash, comma, semicolon, bar, tab or line break (of any
// script: the Arabic and ideographic commas, the full-width ones), or a word or a dash between
// spaces ("0712 345 678 or 0713 345 678", "… au …", "… – …").
const BETWEEN_NUMBERS =
  /\s*[/,;|\t\n\v\f\r\u0085\u2028\u2029\u060c\u061b\u3001\uff0c\uff0f\uff1b]\s*|\s+(?:\p{L}+|[-\u2010-\u2015\u2212])\s+/u
const SPACES = /\s+/
// A number written in full: with +, 00 or a trunk 0 (of any script's digits, in a parenthesis).
const BEGINS_IN_FULL = /^\(?[+0\uff0b\uff10]/
// A start no group inside one number has: + or an opening parenthesis (ASCII or full-width).
const BEGINS_MARKED = /^[+(\uff0b\uff08]/
// A paste past five numbers, or past 64 characters a number (spaces, dashes and invisible marks
// and all), is a list, not a slip, and its own error says enough; nor is a long text split.
const MOST_NUMBERS_NAMED = 5
const LONGEST_PASTE = MOST_NUMBERS_NAMED * 64
const MOST_GROUPS = 24

/** How a text reads as one number: the number (E.164 digits) or not. */
export type ReadOne = (text: string) => { ok: true; value: string } | { ok: false }

/**
 * The numbers in `text`, a text that is no one number, where each of its parts is one: two to
 * five, as `read` reads them (E.164 digits), in the order written; none where any part is no
 * number ("0712 345 670/1": 1 is none), so the whole text's reason stands. Parts are parted by
 * a slash, comma, semicolon, bar, tab, line break, or a word or dash between spaces
 * ("0712 345 678 / 0713 345 678", "… or …"), or by spaces alone where the numbers are alike.
 */
export function numbersIn(text: string, read: ReadOne): string[] {
  if (text.length > LONGEST_PASTE) return []
  const parts = text.split(BETWEEN_NUMBERS).filter((part) => part !== '')
  const readings = parts.length > 1 ? numbersOf(parts, read) : spacedNumbers(text, read)
  return readings.length > 1 && readings.length <= MOST_NUMBERS_NAMED ? readings : []
}

// Each part as the number it reads as; none where one is no number.
function numbersOf(parts: readonly string[], read: ReadOne): string[] {
  const readings: string[] = []
  for (const part of parts) {
    const number = read(part)
    if (!number.ok) return []
    readings.push(number.value)
  }
  return readings
}

// Numbers parted by spaces only, as a browser's one-line field has them: a line break pasted into
// it becomes a space (Chromium's, Firefox's), so two lines copied from a list are "0712 345 678
// 0713 345 678". The groups are read as the fewest numbers they can be, as where lengths vary a
// number's first groups can be one too ("0803 123" is a Nigerian fixed line). None where a group
// is left over, or where the numbers are not alike, as a list's are, in length and in beginning
// with +, 00 or 0 or not: the groups of one number too long part into numbers of any kind
// ("030 1234 5678 9012" is no "030 1234" and "5678 9012"). Numbers each begun with + or "(" are
// taken whatever their lengths: no group inside one number begins so. At most `MOST_GROUPS` groups, as
// each way of parting them is read.
function spacedNumbers(text: string, read: ReadOne): string[] {
  const groups = text.split(SPACES)
  if (groups.length > MOST_GROUPS) return []
  // fewest[start]: the fewest numbers the groups from `start` on read as, each with how it is written.
  const fewest: (readonly (readonly [string, string])[] | undefined)[] = []
  fewest[groups.length] = []
  for (let start = groups.length - 1; start >= 0; start--) {
    for (let end = start + 1; end <= groups.length; end++) {
      const rest = fewest[end]
      const best = fewest[start]
      if (rest === undefined || (best !== undefined && best.length <= rest.length + 1)) continue
      const written = groups.slice(start, end).join(' ')
      const number = read(written)
      if (number.ok) fewest[start] = [[number.value, written], ...rest]
    }
  }
  const numbers = fewest[0] ?? []
  const [[first, firstWritten] = ['', ''], ...others] = numbers
  const full = BEGINS_IN_FULL.test(firstWritten)
  const alike = others.every(
    ([value, written]) => value.length === first.length && BEGINS_IN_FULL.test(written) === full,
  )
  // Each begun with + or a parenthesis, where one number has neither past its start: two lines
  // of a Brazilian list, "(11) 2345-6789" and "(11) 98765-4321", are two numbers of any lengths.
  const marked = numbers.every(([, written]) => BEGINS_MARKED.test(written))
  return alike || marked ? numbers.map(([value]) => value) : []
}
