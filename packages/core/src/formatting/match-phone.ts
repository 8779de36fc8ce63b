import {
  E164_MAX_DIGITS,
  type InternationalNumber,
  nationalLengthOf,
  readInternationalNumber,
  withoutTrunkPrefix,
} from '../phone/national-number-lengths.ts'
import { LEADING_ZERO_COUNTRY_CODES } from '../phone/trunk-prefixes.ts'
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
// One of these between two digit groups: a space, a hyphen or a dot.
const SEPARATORS = new Set([0x20, 0x2d, 0x2e])

// Where a group in parentheses that starts at `open`, `(202)`, closes: the index of its `)`, or
// -1 when `open` holds no `(`, the group holds no digits or anything but digits, or is not closed.
function groupEnd(text: string, open: number, limit: number): number {
  if (text.charCodeAt(open) !== 0x28) return -1
  let at = open + 1
  while (at < limit && at <= open + E164_MAX_DIGITS && isAsciiDigit(text.charCodeAt(at))) at++
  return at > open + 1 && at < limit && text.charCodeAt(at) === 0x29 ? at : -1
}

// Whether a number has as many digits after its country code as that country's numbers all
// have; `undefined` where they have more than one length (or the country is not known).
function hasNationalLength({ value, countryCode, nationalLength }: InternationalNumber): boolean | undefined {
  if (nationalLength === undefined) return undefined
  return value.length - countryCode.length === nationalLength
}

/**
 * The full number (country code first) a number written without its country code stands for,
 * read in the reader's country as WhatsApp Web's phone finder reads it: its trunk prefix dropped
 * (`withoutTrunkPrefix`: 0 in most countries, 8 in Russia), then
 * either the national number (`712345678` → `255712345678`) or the number already starting with
 * the reader's own code (`255712345678`). Only where that country's numbers all have one length
 * (`nationalLengthOf`); `undefined` otherwise.
 */
function readNationalNumber(digits: string, written: string): string | undefined {
  // A code written as dialled (`+255`) is the same country.
  const countryCode = written.startsWith('+') ? written.slice(1) : written
  const length = nationalLengthOf(countryCode)
  if (length === undefined) return undefined
  const national = withoutTrunkPrefix(digits, countryCode)
  if (national !== null && national.length === length && !national.startsWith('0')) return countryCode + national
  if (digits.length === countryCode.length + length && digits.startsWith(countryCode)) return digits
  return undefined
}

/**
 * The phone number starting at the `+` (or `00`) at `index` and ending before `limit`: `+`, a country
 * code (not starting with 0) and 8 to 15 digits in all (as many after the code as that
 * country's numbers have, where all have one length: `nationalLengthOf`), in groups joined by one space, one
 * hyphen or one dot, a group may be in parentheses (`+255 712 345 678`, `+1-202-555-0143`,
 * `+1 (202) 555-0143`, `+255.712.345.678`, `+255712345678`), as WhatsApp Web's phone finder
 * reads them; a space ends a number that is already whole for its country (`+255 712 345 678 2`
 * links the first four groups). At a word boundary and not followed by a letter, a digit, `@`,
 * `/`, `+`, a decimal part (`,50`) or `-`/`_` and a word (`+255712345678-x`; a closing `_` of
 * italics is fine).
 * `00`, the international prefix, may stand for the `+` (`00255 712 345 678`, `00 255 …`), as
 * WhatsApp Web's finder reads two leading zeros.
 * `href` is `tel:` and the digits (`tel:+255712345678`, RFC 3966's global number).
 *
 * A trunk prefix kept after the country code (`+255 0712…`, `+234 0803…`, `+44 (0)20…`), or a 0
 * where that country's numbers have none (`+34 0612…`), leaves the number unlinked: WhatsApp
 * Web's finder counts it as a digit of the national number (`WAWebPhoneUtils.isPotentiallyValid`
 * compares the count of the digits as written with the country's lengths), so the number is one
 * digit too long, except in a country whose numbers begin with 0 (`LEADING_ZERO_COUNTRY_CODES`).
 * A number without its country code (`0712 345 678`, `712 345 678`, `255712345678`) is linked
 * only with `countryCode`, the reader's own: WhatsApp reads such a number in the reader's country
 * (`WAWebHelpersFindPhoneNumbers`), so a reader in Tanzania (`255`) gets `tel:+255712345678`
 * for each of them; see `readNationalNumber`. Without it, such digit runs stay text.
 * Such a number may open with a group in parentheses, and the link then starts at the `(`
 * (`(0712) 345 678`, `(202) 555-0143`), as WhatsApp Web's finder starts a number at a `(`.
 * Returns `null` when no number starts here; the scan reads at most about 50 characters.
 */
export function matchPhone(text: string, index: number, limit: number, countryCode?: string): LinkMatch | null {
  const before = codePointBefore(text, index)
  if (isWordCharacter(before) || NOT_BEFORE.has(before)) return null
  if (isJoiner(before) && isWordCharacter(codePointBefore(text, index - 1))) return null
  const plus = text.charCodeAt(index) === 0x2b
  const international = plus || text.startsWith('00', index)
  // A number without its country code may open with a group in parentheses (`(0712) 345 678`),
  // which the loop below reads.
  const opensGroup = !international && groupEnd(text, index, limit) >= 0
  if (!international && (countryCode === undefined || !(isAsciiDigit(text.charCodeAt(index)) || opensGroup)))
    return null
  let at = index + (plus ? 1 : international ? 2 : 0)
  // One separator may follow `00`, as between two digit groups (`00 255 712 345 678`).
  if (international && !plus && SEPARATORS.has(text.charCodeAt(at))) at++
  if (
    !opensGroup &&
    (at >= limit || !isAsciiDigit(text.charCodeAt(at)) || (international && text.charCodeAt(at) === 0x30))
  )
    return null
  const whole = (written: string): boolean =>
    international
      ? hasNationalLength(readInternationalNumber(written.slice(1))) === true
      : readNationalNumber(written.slice(1), countryCode as string) !== undefined
  let digits = '+'
  let end = at
  let zeroGroup = false
  while (at < limit) {
    const code = text.charCodeAt(at)
    if (isAsciiDigit(code)) {
      digits += text[at]
      if (digits.length > E164_MAX_DIGITS + 1) return null
      end = ++at
      continue
    }
    // A number already whole for its country ends at a space; the digits after it are text.
    if (code === 0x20 && whole(digits)) break
    if (SEPARATORS.has(code) && at + 1 < limit) {
      const next = text.charCodeAt(at + 1)
      if (!isAsciiDigit(next) && groupEnd(text, at + 1, limit) < 0) break
      at++
      continue
    }
    const close = groupEnd(text, at, limit)
    if (close < 0) break
    const group = text.slice(at + 1, close)
    zeroGroup ||= /^0+$/.test(group)
    digits += group
    if (digits.length > E164_MAX_DIGITS + 1) return null
    end = at = close + 1
  }
  if (digits.length < MIN_PHONE_LINK_DIGITS + 1) return null
  const next = codePointAt(text, end)
  // A dot and a digit were read as a separator and a group.
  const decimal = (next === 0x2c || next === 0x3a) && isAsciiDigit(text.charCodeAt(end + 1))
  const joined = isJoiner(next) && isWordCharacter(codePointAt(text, end + 1))
  if (isWordCharacter(next) || NOT_AFTER.has(next) || decimal || joined) return null
  if (!international) {
    const full = readNationalNumber(digits.slice(1), countryCode as string)
    return full === undefined ? null : { end, href: `tel:+${full}` }
  }
  // A country whose numbers all have one length takes no other (`+10 000 000` is a sum), and a
  // trunk 0 after the code counts as a digit: a known country's reading drops it, and a `(0)`
  // group is one outside the countries whose numbers begin with 0 (Italy's 2-digit code among them).
  const number = readInternationalNumber(digits.slice(1))
  if (number.strayZero || hasNationalLength(number) === false || number.value !== digits.slice(1)) return null
  if (zeroGroup && !LEADING_ZERO_COUNTRY_CODES.has(number.countryCode)) return null
  return { end, href: `tel:${digits}` }
}
