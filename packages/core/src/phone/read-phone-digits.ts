import type { IssueReason } from '../i18n/issue-reason.ts'
import { LEADING_ZERO_COUNTRY_CODES } from './national-number-lengths.ts'

/** The digits of a typed phone number and whether it began with `+`, or why it cannot be read. */
export type PhoneDigits =
  | { ok: true; digits: string; plus: boolean }
  | { ok: false; reason: IssueReason; character?: string }

const LETTER = /\p{L}/u
const INVISIBLE = /[\p{C}\p{Z}]/u
// Spaces (any kind), dashes (ASCII, Unicode hyphens and dashes, minus sign) and dots.
const SEPARATOR = /^[\s\-.\u2010-\u2015\u2212]$/u

function describeCharacter(char: string): string {
  const code = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')
  return INVISIBLE.test(char) ? `U+${code}` : `"${char}" (U+${code})`
}

/**
 * Reads the digits of a phone number as people type it: spaces, dashes, dots and one pair of
 * parentheses are dropped, a single `+` is allowed at the very start, and the `(0)` of an
 * international number (`+44 (0)20 …`) is left out. Anything else is an
 * error with a reason, so "0712 345 678 ext 4" or "0712#345" is refused, never guessed at.
 */
export function readPhoneDigits(text: string): PhoneDigits {
  if (LETTER.test(text)) return { ok: false, reason: 'phone_letters' }
  let digits = ''
  let plus = false
  let inParentheses = false
  let groupStart = 0
  let index = 0
  for (const char of text) {
    if (char >= '0' && char <= '9') digits += char
    else if (char === '+') {
      if (index !== 0) return { ok: false, reason: 'phone_plus_position' }
      plus = true
    } else if (char === '(') {
      if (inParentheses) return { ok: false, reason: 'phone_parenthesis_nested' }
      inParentheses = true
      groupStart = digits.length
    } else if (char === ')') {
      if (!inParentheses) return { ok: false, reason: 'phone_parenthesis_unopened' }
      inParentheses = false
      // "+44 (0)20 …": a lone 0 in parentheses after the country code is the trunk prefix,
      // written by convention and never dialled.
      // Not in Italy and the like, where the 0 is part of the number ("+39 (0)6 …" is a slip).
      const international = plus || digits.startsWith('00')
      const countryCode = digits.slice(plus ? 0 : 2, groupStart)
      if (international && countryCode !== '' && digits.slice(groupStart) === '0') {
        if (!LEADING_ZERO_COUNTRY_CODES.has(countryCode)) digits = digits.slice(0, groupStart)
      }
    } else if (!SEPARATOR.test(char)) {
      return { ok: false, reason: 'phone_character', character: describeCharacter(char) }
    }
    index += char.length
  }
  if (inParentheses) return { ok: false, reason: 'phone_parenthesis_unclosed' }
  if (digits === '') return { ok: false, reason: 'phone_no_digits' }
  return { ok: true, digits, plus }
}
