import { isAsciiDigit } from '../formatting/character-class.ts'
import { describeCharacter } from '../i18n/character-label.ts'
import type { IssueReason } from '../i18n/issue-reason.ts'
import { LIMITS } from '../limits.ts'
import { LEADING_ZERO_COUNTRY_CODES } from './trunk-prefixes.ts'

/**
 * The most digits a typed phone number can have and still be one: Briq's longest `to`
 * (`LIMITS.send.to`), plus the `00`, the `(0)` and the trunk 0 people type and the number drops.
 */
export const MAX_PHONE_DIGITS = LIMITS.send.to.max + 4

/** The digits of a typed phone number and whether it began with `+`, or why it cannot be read. */
export type PhoneDigits =
  | { ok: true; digits: string; plus: boolean }
  | { ok: false; reason: IssueReason; character?: string }
  | { ok: false; reason: 'phone_length'; digitCount: number }

// Letters, but for the katakana prolonged sound mark ー (U+30FC), which a Japanese keyboard types
// for a dash (libphonenumber's PhoneNumberUtil counts it among a number's punctuation).
const LETTER = /[^\P{L}\u30fc]/u
// Spaces (any kind, the ideographic space U+3000 too), dashes (ASCII, Unicode hyphens and dashes,
// minus sign), ー, and the invisible marks a number copied from WhatsApp or a phone's contacts
// brings along (direction marks and embeddings around it, Unicode's Bidi_Control characters:
// U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069; zero-width spaces and joiners,
// U+200B–U+200D, U+2060, U+FEFF). The ASCII ones, and dots and slashes, are `isAsciiSeparator`'s.
const SEPARATOR = /^[\s\-\u2010-\u2015\u2212\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\u30fc]$/u
const DIGIT = /^\p{Nd}$/u

// The value of a decimal digit of any script (Arabic-Indic ٣, Devanagari ३, full-width ３), as
// libphonenumber's normalizeDigits reads it: Unicode puts each script's digits in a row from 0.
function digitValue(code: number): number {
  let zero = code
  while (DIGIT.test(String.fromCodePoint(zero - 1))) zero--
  return (code - zero) % 10
}

// The ASCII separators (space, tab, line breaks, -, . and /) without a regular expression: a paste
// of them would otherwise cost a match per character.
const isAsciiSeparator = (code: number) =>
  code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x2d && code <= 0x2f)

// The full-width forms of ( ) * + , - . / (U+FF08–U+FF0F) a Chinese or Japanese keyboard types, as
// their ASCII ones, so they are read or refused (* and ,) alike: full-width forms sit 0xFEE0 above
// ASCII.
const asciiOf = (code: number) => (code >= 0xff08 && code <= 0xff0f ? code - 0xfee0 : code)

const SLASH = 0x2f

const NOT_A_DIGIT = /\P{Nd}/gu

// Digits of every script: ASCII ones by a plain loop, and where the text has other characters, by
// one native pass, so a long paste of Arabic-Indic or mathematical digits is bounded too.
function digitCount(text: string): number {
  let count = 0
  let other = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (isAsciiDigit(code)) count++
    else if (code > 0x7f) other = true
  }
  if (!other) return count
  const digits = text.replace(NOT_A_DIGIT, '')
  // Mathematical digits (𝟎) are two UTF-16 units each: count code points.
  let pairs = 0
  for (let index = 0; index < digits.length; index++) {
    const code = digits.charCodeAt(index)
    if (code >= 0xdc00 && code <= 0xdfff) pairs++
  }
  return digits.length - pairs
}

/**
 * Reads the digits of a phone number as people type it: spaces, dashes, dots, slashes, invisible
 * direction marks and one pair of parentheses are dropped, digits of any script are read as their
 * ASCII digits (`٠٧١٢` as `0712`), full-width punctuation as its ASCII form (`＋８１ ３－１２３４`),
 * a single `+` is allowed before the first digit (`+255 …`,
 * `(+255) …`), and the `(0)` of an international number (`+44 (0)20 …`) is left out. Anything else is an
 * error with a reason, so "0712 345 678 ext 4", "0712#345" or two numbers ("0712 345 670/1") is
 * refused, never guessed at.
 * Text with letters, or with more than `MAX_PHONE_DIGITS` digits of any script (`phone_length`,
 * with their count), is refused before it is read.
 */
export function readPhoneDigits(text: string): PhoneDigits {
  if (LETTER.test(text)) return { ok: false, reason: 'phone_letters' }
  // Counted before anything is read, so a long paste costs one quick pass, not a parse.
  const count = digitCount(text)
  if (count > MAX_PHONE_DIGITS) return { ok: false, reason: 'phone_length', digitCount: count }
  let digits = ''
  let plus = false
  let inParentheses = false
  let groupStart = 0
  // The digit groups begun, the digits of the one being typed, and where the last slash was and
  // how many digits the group before it had ("0803 123 4567/8" is two numbers: …4567 and …4568),
  // or none where that group is an area code ("035434/1234": the number's first group, or its
  // second after a country code, of at most 6 digits).
  let groups = 0
  let groupDigits = 0
  let slashAt = -1
  let beforeSlash = 0
  // By code point, as `for…of` reads a string (a surrogate pair is one character), without its
  // iterator's cost per character.
  for (let index = 0; index < text.length; ) {
    const code = asciiOf(text.codePointAt(index) ?? 0)
    const size = code > 0xffff ? 2 : 1
    if (isAsciiDigit(code)) {
      digits += text[index]
      if (groupDigits++ === 0) groups++
      index++
      continue
    }
    if (code === SLASH) {
      const international = groups === 2 && (plus || digits.startsWith('00'))
      const areaCode = groupDigits <= 6 && (groups === 1 || international)
      slashAt = digits.length
      beforeSlash = areaCode ? 0 : groupDigits
    }
    const group = groupDigits
    groupDigits = 0
    if (code === 0x2b) {
      // +, before any digit: "+255 …", or "(+255) 712 …" as numbers are often written.
      if (digits !== '' || plus) return { ok: false, reason: 'phone_plus_position' }
      plus = true
    } else if (code === 0x28) {
      // (
      if (inParentheses) return { ok: false, reason: 'phone_parenthesis_nested' }
      inParentheses = true
      groupStart = digits.length
    } else if (code === 0x29) {
      // )
      if (!inParentheses) return { ok: false, reason: 'phone_parenthesis_unopened' }
      inParentheses = false
      // "+44 (0)20 …": a lone 0 in parentheses after the country code is the trunk prefix,
      // written by convention and never dialled.
      // Not in Italy and the like, where the 0 is part of the number ("+39 (0)6 …" is a slip).
      const international = plus || digits.startsWith('00')
      const countryCode = digits.slice(plus ? 0 : 2, groupStart)
      if (international && countryCode !== '' && digits.slice(groupStart) === '0') {
        if (!LEADING_ZERO_COUNTRY_CODES.has(countryCode)) {
          digits = digits.slice(0, groupStart)
          // Nor is it a group: "+49 (0)35434/1234" has its area code second, after the country code.
          groups--
        }
      }
    } else if (!isAsciiSeparator(code)) {
      const char = text.slice(index, index + size)
      if (DIGIT.test(char)) {
        digits += digitValue(code)
        if (group === 0) groups++
        groupDigits = group + 1
      } else if (!SEPARATOR.test(char)) {
        return { ok: false, reason: 'phone_character', character: describeCharacter(char) }
      }
    }
    index += size
  }
  if (inParentheses) return { ok: false, reason: 'phone_parenthesis_unclosed' }
  if (digits === '') return { ok: false, reason: 'phone_no_digits' }
  // A slash after an area code (Germany's "030/1234567", "035434/1234", Austria's "01/234 56 78")
  // parts it from the number; elsewhere more digits follow than the group before it had ("0712/
  // 345 678"), as many or fewer end the number again, as a second number or a range is written
  // ("0712 345 670/1", "98765 43210/11"): a guess either way.
  const afterSlash = digits.length - slashAt
  if (slashAt >= 0 && afterSlash > 0 && afterSlash <= beforeSlash) return { ok: false, reason: 'phone_alternatives' }
  return { ok: true, digits, plus }
}
