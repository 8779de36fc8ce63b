import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anyCodePoint } from '../test-support/any-code-point.ts'
import { MAX_PHONE_DIGITS, type PhoneDigits, readPhoneDigits } from './read-phone-digits.ts'
import { LEADING_ZERO_COUNTRY_CODES } from './trunk-prefixes.ts'

/**
 * `readPhoneDigits` as it was before its work was bounded (0.9 s for a 10 MB paste), kept as
 * the reference: within the bound it must answer exactly the same.
 */
function readPhoneDigitsBeforeTheBound(text: string): PhoneDigits {
  const SEPARATOR = /^[\s\-./\u2010-\u2015\u2212\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\u30fc]$/u
  // Full-width punctuation as its ASCII form.
  const ascii = (char: string) =>
    /[（-／]/u.test(char) ? String.fromCodePoint((char.codePointAt(0) ?? 0) - 0xfee0) : char
  const DIGIT = /^\p{Nd}$/u
  // A digit's value: how far it is from the start of its script's run of digits, by tens.
  const digitOf = (char: string) => {
    const code = char.codePointAt(0) ?? 0
    let start = code
    for (; DIGIT.test(String.fromCodePoint(start - 1)); start--);
    return (code - start) % 10
  }
  const INVISIBLE = /[\p{C}\p{Z}]/u
  const describeCharacter = (char: string) => {
    const code = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')
    return INVISIBLE.test(char) ? `U+${code}` : `"${char}" (U+${code})`
  }
  if (/\p{L}/u.test(text.replaceAll('ー', ''))) return { ok: false, reason: 'phone_letters' }
  let digits = ''
  let plus = false
  let inParentheses = false
  let groupStart = 0
  let group = ''
  let groups = 0
  let slash: { at: number; before: number } | undefined
  for (const typed of text) {
    const char = ascii(typed)
    if (DIGIT.test(char)) {
      if (group === '') groups++
      group += char
    } else {
      // The first group, or the second after a country code, of at most 6 digits: an area code.
      const areaCode = [...group].length <= 6 && (groups === 1 || (groups === 2 && (plus || digits.startsWith('00'))))
      if (char === '/') slash = { at: digits.length, before: areaCode ? 0 : [...group].length }
      group = ''
    }
    if (char >= '0' && char <= '9') digits += char
    else if (DIGIT.test(char)) digits += digitOf(char)
    else if (char === '+') {
      if (digits !== '' || plus) return { ok: false, reason: 'phone_plus_position' }
      plus = true
    } else if (char === '(') {
      if (inParentheses) return { ok: false, reason: 'phone_parenthesis_nested' }
      inParentheses = true
      groupStart = digits.length
    } else if (char === ')') {
      if (!inParentheses) return { ok: false, reason: 'phone_parenthesis_unopened' }
      inParentheses = false
      const international = plus || digits.startsWith('00')
      const countryCode = digits.slice(plus ? 0 : 2, groupStart)
      if (international && countryCode !== '' && digits.slice(groupStart) === '0') {
        if (!LEADING_ZERO_COUNTRY_CODES.has(countryCode)) {
          digits = digits.slice(0, groupStart)
          groups--
        }
      }
    } else if (!SEPARATOR.test(char)) {
      return { ok: false, reason: 'phone_character', character: describeCharacter(typed) }
    }
  }
  if (inParentheses) return { ok: false, reason: 'phone_parenthesis_unclosed' }
  if (digits === '') return { ok: false, reason: 'phone_no_digits' }
  const after = slash === undefined ? 0 : digits.length - slash.at
  if (slash !== undefined && after > 0 && after <= slash.before) return { ok: false, reason: 'phone_alternatives' }
  return { ok: true, digits, plus }
}

const digitsOfAnyScript = (text: string) => [...text.replace(/\P{Nd}/gu, '')].length

describe('readPhoneDigits', () => {
  it('reads no number past MAX_PHONE_DIGITS digits: it counts them and stops', () => {
    // Briq's longest `to`, plus the 00, (0) and trunk 0 people type and the number drops.
    expect(MAX_PHONE_DIGITS).toBe(22)
    const paste = `+${'1 '.repeat(5_000_000)}#`
    expect(readPhoneDigits(paste)).toEqual({ ok: false, reason: 'phone_length', digitCount: 5_000_000 })
    // Digits of other scripts count too: a paste of them was read whole (2 s for 4 MB of 𝟽).
    for (const digit of ['٧', '７', '𝟽']) {
      expect(readPhoneDigits(`${digit} `.repeat(200_000))).toEqual({
        ok: false,
        reason: 'phone_length',
        digitCount: 200_000,
      })
    }
    expect(readPhoneDigits(`+${'٧'.repeat(MAX_PHONE_DIGITS)}`)).toMatchObject({ ok: true })
    expect(readPhoneDigits(`+${'1'.repeat(MAX_PHONE_DIGITS)}٧`)).toEqual({
      ok: false,
      reason: 'phone_length',
      digitCount: MAX_PHONE_DIGITS + 1,
    })
    expect(readPhoneDigits('9'.repeat(MAX_PHONE_DIGITS + 1))).toEqual({
      ok: false,
      reason: 'phone_length',
      digitCount: MAX_PHONE_DIGITS + 1,
    })
    expect(readPhoneDigits('9'.repeat(MAX_PHONE_DIGITS))).toEqual({
      ok: true,
      digits: '9'.repeat(MAX_PHONE_DIGITS),
      plus: false,
    })
  })

  it('reads the digits of every script as ASCII digits', () => {
    for (const [text, digits] of [
      ['٠٧١٢ ٣٤٥ ٦٧٨', '0712345678'], // Arabic-Indic
      ['۰۷۱۲ ۳۴۵ ۶۷۸', '0712345678'], // Extended Arabic-Indic (Persian, Urdu)
      ['०९८७६ ५४३२१', '0987654321'], // Devanagari
      ['০৯৮৭৬ ৫৪৩২১', '0987654321'], // Bengali
      ['０７１２ ３４５ ６７８', '0712345678'], // full-width
      ['𝟎𝟕𝟏𝟐 𝟑𝟒𝟓 𝟔𝟕𝟖', '0712345678'], // mathematical bold, the first of five rows of ten
      ['𝟶𝟽𝟷𝟸 𝟹𝟺𝟻 𝟼𝟽𝟾', '0712345678'], // mathematical monospace, the last of them
    ] as const) {
      expect([text, readPhoneDigits(text)]).toEqual([text, { ok: true, digits, plus: false }])
    }
  })

  it('reads full-width punctuation as its ASCII form, and a slash as a separator', () => {
    for (const [text, digits, plus] of [
      ['＋２５５\u3000７１２－３４５－６７８', '255712345678', true],
      ['（＋２５５）７１２．３４５．６７８', '255712345678', true],
      ['（０３）１２３４ー５６７８', '0312345678', false],
      ['＋４４ （０）２０／７９４６ ０９５８', '442079460958', true],
      ['030/1234567', '0301234567', false],
    ] as const) {
      expect([text, readPhoneDigits(text)]).toEqual([text, { ok: true, digits, plus }])
    }
    // Half-width katakana's ｰ (U+FF70) is a letter like the rest of them; full-width ～ is no separator.
    expect(readPhoneDigits('03ｰ1234ｰ5678')).toEqual({ ok: false, reason: 'phone_letters' })
    expect(readPhoneDigits('03～1234')).toMatchObject({ ok: false, reason: 'phone_character' })
    expect(readPhoneDigits('＋＋255')).toEqual({ ok: false, reason: 'phone_plus_position' })
    expect(readPhoneDigits('（（255')).toEqual({ ok: false, reason: 'phone_parenthesis_nested' })
  })

  it('refuses a slash that ends the number again, as two numbers or a range are written', () => {
    // What follows the slash replaces the end of the group before it: "…4567/8" is …4567 and …4568.
    for (const text of [
      '0803 123 4567/8',
      '+44 20 7946 0958/9',
      '98765 43210/11',
      '022 2110 811/812',
      '0712345678/0754123456',
      '０７１２ ３４５ ６７０／１',
      '٠٧١٢ ٣٤٥ ٦٧٠/١',
    ]) {
      expect([text, readPhoneDigits(text)]).toEqual([text, { ok: false, reason: 'phone_alternatives' }])
    }
    // Between an area code and the number more digits follow than came before.
    for (const [text, digits] of [
      ['01/234 56 78', '012345678'],
      ['+43 1/234 56 78', '4312345678'],
      ['089/12345-678', '08912345678'],
      ['044/668 18 00', '0446681800'],
      // A small German town's 5-digit area code, and its number of 4.
      ['035434/1234', '0354341234'],
      ['+49 35434/1234', '49354341234'],
      ['0049 35434/123', '004935434123'],
      ['٠٣٠/١٢٣٤٥٦٧', '0301234567'],
    ] as const) {
      expect([text, readPhoneDigits(text)]).toMatchObject([text, { ok: true, digits }])
    }
  })

  it('drops the invisible marks a number copied from WhatsApp or contacts carries', () => {
    for (const text of [
      '\u202a+255 712 345 678\u202c',
      '\u200e+255\u00a0712\u00a0345\u00a0678\u200e',
      '\u2066+255 712 345 678\u2069',
      '\ufeff+255712345678\u200b',
      // The Arabic letter mark: a direction mark of Arabic text, as U+200E is of Latin.
      '\u061c+255 712 345 678\u061c',
    ]) {
      expect([text, readPhoneDigits(text)]).toEqual([text, { ok: true, digits: '255712345678', plus: true }])
    }
  })

  it('takes a + before the first digit only, in parentheses too', () => {
    expect(readPhoneDigits('(+255) 712 345 678')).toEqual({ ok: true, digits: '255712345678', plus: true })
    expect(readPhoneDigits('(+234) (0)803 123 4567')).toEqual({ ok: true, digits: '2348031234567', plus: true })
    expect(readPhoneDigits('((+234) 803')).toEqual({ ok: false, reason: 'phone_parenthesis_nested' })
    expect(readPhoneDigits('255 +712')).toEqual({ ok: false, reason: 'phone_plus_position' })
    expect(readPhoneDigits('++255 712')).toEqual({ ok: false, reason: 'phone_plus_position' })
    expect(readPhoneDigits('(+)255 712')).toEqual({ ok: true, digits: '255712', plus: true })
  })

  it('still refuses letters anywhere first', () => {
    expect(readPhoneDigits(`${'1'.repeat(1_000_000)}x`)).toEqual({ ok: false, reason: 'phone_letters' })
  })

  it('answers as before for any text of at most MAX_PHONE_DIGITS digits', () => {
    const typed = fc.string({
      unit: fc.constantFrom(
        ...['0', '1', '2', '4', '5', '9', '+', ' ', '-', '.', '(', ')', '#', '\t', '\u00a0', '\u2212', '\u2013'],
        ...['\u200b', '\u200e', '\u202a', '\u202c', '\u2069', '\u0663', '\u0969', '\uff10', '\ud83d', '\ude00'],
        ...['😀', 'a', '/', '＋', '（', '）', '－', '．', '／', 'ー', 'ｰ', '\u3000', '～', '，'],
      ),
      maxLength: 40,
    })
    const anything = fc.string({ unit: anyCodePoint, maxLength: 30 })
    // International numbers with a (0) group, the one place digits are dropped while reading.
    const withTrunkGroup = fc
      .tuple(fc.constantFrom('+', '00', ''), fc.stringMatching(/^[0-9]{0,3}$/), fc.stringMatching(/^[0-9 ]{0,14}$/))
      .map(([prefix, code, rest]) => `${prefix}${code} (0)${rest}`)
    fc.assert(
      fc.property(fc.oneof(typed, anything, withTrunkGroup), (text) => {
        fc.pre(digitsOfAnyScript(text) <= MAX_PHONE_DIGITS)
        expect(readPhoneDigits(text)).toEqual(readPhoneDigitsBeforeTheBound(text))
      }),
      { numRuns: 3000 },
    )
  })
})
