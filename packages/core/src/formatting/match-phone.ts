import { E164_MAX_DIGITS, readInternationalNumber } from '../phone/national-number-lengths.ts'
import { codePointAt, codePointBefore, isAsciiDigit, isWordCharacter } from './character-class.ts'
import type { LinkMatch } from './match-link.ts'

// No country code starts with 0 (ITU-T E.164). Fewer than 8 digits is more likely a sum or a
// count than a number someone can call.
export const MIN_PHONE_LINK_DIGITS = 8

// A `+` right after one of these is a sum, a path, an address or an id, not a number to call
// (after `-` or `_` only when a word comes before them: alone they are a list or italics marker).
const NOT_BEFORE = new Set([...'+=&#%$/\\@:.'].map((char) => char.charCodeAt(0)))
const isJoiner = (code: number): boolean => code === 0x2d || code === 0x5f
// Nor is a digit run glued to a word, an address, a path or another number.
const NOT_AFTER = new Set([...'@/+'].map((char) => char.charCodeAt(0)))

/**
 * The phone number starting at the `+` at `index` and ending before `limit`: `+`, a country
 * code (not starting with 0) and 8 to 15 digits in all (as many after the code as that
 * country's numbers have, where all have one length: `NATIONAL_NUMBER_LENGTHS`), in groups joined by one space or one
 * hyphen (`+255 712 345 678`, `+1-202-555-0143`, `+255712345678`), at a word boundary and
 * not followed by a letter, a digit, `@`, `/`, `+`, a decimal part (`.5`, `,50`) or `-`/`_` and
 * a word (`+255712345678-x`; a closing `_` of italics is fine).
 * `href` is `tel:` and the digits (`tel:+255712345678`, RFC 3966's global number), a trunk 0
 * typed after the country code left out (`+255 0712…`).
 *
 * A number without its country code (`0712 345 678`) is not linked: which country it belongs to
 * depends on the reader's phone, and such digit runs are as often order numbers or amounts.
 * Returns `null` when no number starts here; the scan reads at most 32 characters.
 */
export function matchPhone(text: string, index: number, limit: number): LinkMatch | null {
  const before = codePointBefore(text, index)
  if (isWordCharacter(before) || NOT_BEFORE.has(before)) return null
  if (isJoiner(before) && isWordCharacter(codePointBefore(text, index - 1))) return null
  let at = index + 1
  if (at >= limit || !isAsciiDigit(text.charCodeAt(at)) || text.charCodeAt(at) === 0x30) return null
  let digits = '+'
  let end = at
  while (at < limit) {
    const code = text.charCodeAt(at)
    if (isAsciiDigit(code)) {
      digits += text[at]
      if (digits.length > E164_MAX_DIGITS + 1) return null
      end = ++at
    } else if ((code === 0x20 || code === 0x2d) && at + 1 < limit && isAsciiDigit(text.charCodeAt(at + 1))) at++
    else break
  }
  if (digits.length < MIN_PHONE_LINK_DIGITS + 1) return null
  const next = codePointAt(text, end)
  const decimal = (next === 0x2e || next === 0x2c || next === 0x3a) && isAsciiDigit(text.charCodeAt(end + 1))
  const joined = isJoiner(next) && isWordCharacter(codePointAt(text, end + 1))
  if (isWordCharacter(next) || NOT_AFTER.has(next) || decimal || joined) return null
  // Read as normalizePhone reads it: a country whose numbers all have one length takes no other
  // (`+10 000 000` is a sum), and a trunk 0 after the code is not dialled.
  const number = readInternationalNumber(digits.slice(1))
  const { countryCode, nationalLength } = number
  if (countryCode !== undefined && nationalLength !== undefined) {
    if (number.value.length - countryCode.length !== nationalLength) return null
  }
  return { end, href: `tel:+${number.value}` }
}
