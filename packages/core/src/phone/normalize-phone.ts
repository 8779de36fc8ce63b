import type { Exclusive } from '../exclusive.ts'
import { phoneSentencesEn } from '../i18n/en/phone-sentences.ts'
import type { IssueParams, IssueReason } from '../i18n/issue-reason.ts'
import { wordedWith } from '../i18n/worded.ts'
import type { Issue } from '../issue.ts'
import { BRIQ_PHONE_PATTERN, LIMITS } from '../limits.ts'
import {
  countryCodeOf,
  E164_MAX_DIGITS,
  isCountedByLength,
  leavesOutItsZero,
  nationalLengthRangeOf,
  readInternationalNumber,
  withoutTrunkPrefix,
  writtenLengthRangeOf,
} from './national-number-lengths.ts'
import { mayBeNumber } from './number-patterns.ts'
import { readPhoneDigits } from './read-phone-digits.ts'
import { numbersIn } from './several-numbers.ts'
import {
  internationalPrefixOf,
  readingsOf,
  type SharedPrefixReading,
  trunkRuleOf,
  withoutCarrierCode,
} from './trunk-prefixes.ts'

/** Options of `normalizePhone`. */
export interface NormalizePhoneOptions {
  /**
   * Country calling code for numbers typed without one, digits only (1–3, not starting with 0).
   * Default `"255"` (Tanzania).
   */
  defaultCountryCode?: string | undefined
}

/** The number as E.164 digits without `+` (`"255712345678"`), or the reason it is not a number. */
export type NormalizePhoneResult = Exclusive<
  | {
      /** The number could be read. */
      ok: true
      /** E.164 digits without `+`, e.g. `"255712345678"`; always matches `BRIQ_PHONE_PATTERN`. */
      value: string
    }
  | {
      /** The number could not be read. */
      ok: false
      /**
       * Code `invalid_phone`, path `[]`, a `reason` (`phone_letters`, `phone_national_length`, …)
       * and an English message that says what is wrong; `formatIssue` words it in another language.
       */
      issue: Issue
    }
>

/** Briq's pattern needs at least this many digits. */
const E164_MIN_DIGITS = LIMITS.send.to.min
const E164_RANGE = { min: E164_MIN_DIGITS, max: E164_MAX_DIGITS }
const COUNTRY_CODE = /^[1-9]\d{0,2}$/
const BRAZIL_CARRIER_PLACEHOLDER = /^(\(?\s*0\s*)xx/i

function fail(
  reason: IssueReason,
  params?: IssueParams,
  measure?: { limit: number; actual: number },
): NormalizePhoneResult {
  const issue =
    params === undefined
      ? { path: [], code: 'invalid_phone' as const, reason }
      : { path: [], code: 'invalid_phone' as const, reason, params }
  return { ok: false, issue: wordedWith({ ...issue, ...measure }, phoneSentencesEn) }
}

// The lengths a length sentence names: `min` and `max` where the country's numbers have more
// than one (`10–11` for Brazil); the one length is the issue's `limit` otherwise.
function rangeParams([min, max]: readonly [number, number]): IssueParams {
  return min === max ? {} : { min, max }
}

// How `actual` digits miss `range`: the bound they cross is the issue's `limit`.
function lengthMiss(range: readonly [number, number], actual: number): { limit: number; actual: number } {
  return { limit: actual < range[0] ? range[0] : range[1], actual }
}

const within = (length: number, [min, max]: readonly [number, number]): boolean => length >= min && length <= max

// The trunk prefix of `countryCode` as the length sentences name it, where it is not 0 (`8` in
// Russia, `06` in Hungary, `1` in the NANP).
function trunkParams(countryCode: string): IssueParams {
  const { trunk } = trunkRuleOf(countryCode)
  return trunk === '0' ? { countryCode } : { countryCode, trunkPrefix: trunk }
}

// Decides which digits are the full international number, or fails for a national number of the wrong length.
function toInternational(digits: string, plus: boolean, countryCode: string): NormalizePhoneResult {
  if (plus) {
    if (digits.startsWith('00')) return fail('phone_plus_and_00')
    return { ok: true, value: digits }
  }
  // The default country's own international prefix (Kenya's 000, Russia's 810), then 00.
  const exit = internationalPrefixOf(countryCode)
  if (exit !== undefined && digits.startsWith(exit)) return { ok: true, value: digits.slice(exit.length) }
  if (digits.startsWith('00')) {
    const readings = readingsOf(digits, countryCode)
    return readings.length === 0 ? { ok: true, value: digits.slice(2) } : oneReading(digits, readings, countryCode)
  }
  const range = nationalLengthRangeOf(countryCode)
  const national = withoutTrunkPrefix(digits, countryCode)
  if (national === null) return fail('phone_stray_zero', { countryCode })
  if (national !== digits) {
    const written = writtenLengthRangeOf(countryCode, national)
    if (written !== undefined && isCountedByLength(countryCode, national) && !within(national.length, written)) {
      // Brazil's carrier code after the trunk 0: "0 21 11 98765 4321" is 11 98765 4321, as a
      // number of 10–11 digits with a carrier's 2 is 12–13 (libphonenumber's
      // `nationalPrefixForParsing` for BR).
      const carried = withoutCarrierCode(national, countryCode)
      if (carried !== undefined) return { ok: true, value: countryCode + carried }
      // Only a trunk starting with 0 is dropped from a number of another length (`withoutTrunkPrefix`).
      return fail(
        'phone_national_length_after_zero',
        { countryCode, ...rangeParams(written) },
        lengthMiss(written, national.length),
      )
    }
    return { ok: true, value: countryCode + national }
  }
  // A 0 that begins the number where numbers begin with 0 (Italy's 06…), or a number of another
  // length (Belarus's freephone 800…).
  if (!isCountedByLength(countryCode, digits)) return { ok: true, value: countryCode + digits }
  if (range !== undefined) {
    // A number of a national length is national, even when it begins with the country's code
    // (Italy's mobiles 390–393, Brazil's area code 55): with + or 00 it is a full number.
    if (within(digits.length, range)) return { ok: true, value: countryCode + digits }
    if (digits.length < range[0]) {
      return fail(
        'phone_national_too_short',
        { ...trunkParams(countryCode), ...rangeParams(range) },
        lengthMiss(range, digits.length),
      )
    }
    // Longer than a national number: the digits already carry a country code (`254712345678`).
    return { ok: true, value: digits }
  }
  // The default country's length is not known, so only its code tells a full number from a
  // national one: `612 345 678` with `33` is France's, not Australia's +61.
  return { ok: true, value: digits.startsWith(countryCode) ? digits : countryCode + digits }
}

// Digits that begin with a prefix shared with 00 (Nigeria's 009, the 007 Kenya dials for Tanzania,
// Brazil's 00 and a carrier's code) read as 00 and as the prefix: the one reading that is a number is
// taken ("009 44 20 7946 0958" is London, as a +94 number has 9 digits), none is a number as read
// with 00, and two or more that are, "009 45 20 12 34 56" (Sri Lanka's +94 520123456 or Denmark's
// +45 20123456), are refused: a guess either way.
//
// But for a number of the default country itself written with 00 and its code: "0055 31 98765
// 4321" in Brazil is Belo Horizonte's mobile, not the Netherlands' +31 987654321 through carrier
// 55, and "0057 310 123 4567" in Colombia is Colombia's, not +7 310… through carrier 5. Dialled at
// home, 00 and the home country's code reach no number there (a call at home takes the trunk 0),
// so these digits are a home number's international form, as Brazilians write theirs
// (libphonenumber's issue 1979, libphonenumber-for-php's issue 341: such numbers reported as
// misread); the other reading needs a foreign number dialled through one carrier's code (55 is a
// small carrier's, Adyl Net's, by Anatel's act cited in that issue 1979) that happens to fit the
// home country's plan.
function oneReading(
  digits: string,
  readings: readonly SharedPrefixReading[],
  countryCode: string,
): NormalizePhoneResult {
  const viaDoubleZero = digits.slice(2)
  // Each number once, as it is sent, and the digits that read as it.
  const numbers = new Map<string, string>()
  for (const value of [viaDoubleZero, ...readings.map((reading) => reading.value)]) {
    const checked = checkInternational(value)
    if (checked.ok && mayBeNumber(checked.value) && !numbers.has(checked.value)) numbers.set(checked.value, value)
  }
  if (numbers.size > 1) {
    // The 00 reading comes first where it is a number.
    const [home = ''] = numbers.keys()
    const homeNumber = numbers.get(home) === viaDoubleZero && countryCodeOf(home) === countryCode
    if (homeNumber) return { ok: true, value: viaDoubleZero }
    return fail('phone_prefix_ambiguous', { prefix: readings[0]?.prefix ?? '', readings: [...numbers.keys()] })
  }
  const [only = viaDoubleZero] = numbers.values()
  return { ok: true, value: only }
}

// Checks what can be known about a full international number: its country code, and its length.
function checkInternational(digits: string): NormalizePhoneResult {
  if (digits.startsWith('0')) return fail('phone_country_code_zero')
  const { value, countryCode: known, strayZero } = readInternationalNumber(digits)
  if (strayZero) return fail('phone_stray_zero', { countryCode: known })
  const national = value.slice(known.length)
  const range = writtenLengthRangeOf(known, national)
  if (leavesOutItsZero(known, national)) return fail('phone_zero_left_out', { countryCode: known })
  // Italy's fixed lines, which begin with 0, and Belarus's freephone are not counted by its lengths.
  if (range !== undefined && isCountedByLength(known, national) && !within(national.length, range)) {
    const params = { countryCode: known, ...rangeParams(range) }
    return fail('phone_national_length', params, lengthMiss(range, national.length))
  }
  if (value.length < E164_MIN_DIGITS) {
    return fail('phone_length', E164_RANGE, { limit: E164_MIN_DIGITS, actual: value.length })
  }
  if (value.length > E164_MAX_DIGITS) {
    return fail('phone_length', E164_RANGE, { limit: E164_MAX_DIGITS, actual: value.length })
  }
  return BRIQ_PHONE_PATTERN.test(value) ? { ok: true, value } : fail('phone_not_international')
}

/**
 * Turns a phone number as people type it into E.164 digits without `+`, the form Briq asks
 * for: `"0712 345 678"`, `"+255 712-345-678"`, `"(0712) 345678"`, `"00255712345678"` and
 * `"712345678"` all become `"255712345678"`; `"+1 (415) 555-0100"` becomes `"14155550100"`.
 * Never throws for any input; a number it cannot read is an `invalid_phone` issue saying why.
 *
 * Heuristics, in order:
 * 1. Spaces, dashes, dots, slashes (`030/1234567`), invisible direction marks and one pair of
 *    parentheses are dropped; digits of any script are read as ASCII digits, and full-width
 *    punctuation as its ASCII form (`＋８１ ３－１２３４－５６７８`); a slash not after an area code and
 *    followed by no more digits than the group before it writes two numbers (`0803 123 4567/8`)
 *    and is refused (`phone_alternatives`), unless the lengths say it writes one (`0712 345/678`:
 *    `0712 345` is no number); a `+` may only come before the first digit
 *    (`(+255) 712…`). Letters or any other character are refused (no guessing at "ext. 4" or "O"
 *    for 0). Text that is no one number but whose parts each are, two to five of them parted by
 *    a slash, comma, semicolon, line break, "or", … or by spaces alone where they are alike (a
 *    browser's one-line field pastes a line break as a space) or each begun with `+` or `(`, is
 *    refused naming each, `phone_several_numbers` (`0712 345 678 / 0713 345 678`, `0712 345 678
 *    0713 345 678`, `(11) 2345-6789 (11) 98765-4321` in Brazil); the same number written more
 *    than once (`0712 345 678 / 0712 345 678`) is read as that one number.
 * 2. `+` or `00` in front, or the default country's own international prefix (`000` in Kenya,
 *    Tanzania, Uganda and Rwanda, `011` in the NANP, `810` in Russia): the digits after it start with the
 *    country code. A prefix that is also `00` and a country code is read both ways, and the one
 *    reading that is a number taken: Nigeria's `009` (`009 44 20 7946 0958` is London, as +94
 *    numbers have 9 digits), Colombia's `005`, `007` and `009`, the East African codes dialled for
 *    a neighbour's national number (`005 712 345 678` in Tanzania is Kenya's; `007 712 345 678` in
 *    Kenya and Uganda Tanzania's: +7 numbers have 10 digits), and Brazil's 00 and a carrier's code
 *    (`00 14 1 212 555 0100`). Where neither is a number, it is read as `00`; where both are
 *    (`009 45 20 12 34 56` in Nigeria: Sri Lanka's +94 520123456 or Denmark's +45 20123456), it is
 *    refused, `phone_prefix_ambiguous`, unless the 00 reading is a number of the default country
 *    itself, written in its international form (`0055 31 98765 4321` in Brazil, `0057 310 123
 *    4567` in Colombia): that one is taken.
 * 3. The default country's trunk prefix in front (`0` in most countries, `8` in Russia and
 *    Kazakhstan, `06` in Hungary, `8 0` in Belarus, and `8` before its freephone `8 801…`, `1` in
 *    the NANP) is dropped and its country code put in front (`0712345678` → `255712345678`,
 *    `8 912 345 67 89` → `79123456789` with `7`, `8 029 123 45 67` → `375291234567` with `375`,
 *    `8 801 100 1234` → `3758011001234`), and in Brazil a carrier's code after it
 *    (`0 21 11 98765 4321`, `(0xx11) 98765-4321` → `5511987654321`). Where numbers
 *    begin with 0 (Italy, San Marino, Côte d'Ivoire, Benin, Congo, …: `LEADING_ZERO_COUNTRY_CODES`)
 *    the 0 belongs to the number and is kept; where a country has no trunk 0 and no number
 *    begins with 0 (the NANP, Spain, Russia, …) a leading 0 is refused, not guessed at.
 * 4. Digits alone: when the default country's numbers have known lengths
 *    (`NATIONAL_NUMBER_LENGTHS`, e.g. 9 for Tanzania, Kenya and Spain, 10–11 for Brazil), a number
 *    of such a length is national and gets the country code (`712345678`, and Italy's mobile
 *    `393 123 4567` with `39`, though it begins with Italy's code); a shorter one is refused; a
 *    longer one already includes a country code (`254712345678`). For other default countries,
 *    digits that start with its code already include it (`33612345678` with `33`), and any
 *    others are a national number of that country (`612 345 678` → `33612345678`): type `+`
 *    or `00` in front of a number of another country.
 * 5. After the country code (`+255 0712…`, `+234 0803…`, `+44 (0)20…`, `+36 06 30…`) that
 *    country's trunk prefix is dropped by the same rule (`withoutTrunkPrefix`, one table for every
 *    country code). The result must not start with 0, must have a known national length for
 *    that country (unless it begins with 0, as Italy's fixed lines do, or runs other lengths, as
 *    Belarus's freephone 8… does; Kenya's and DR Congo's fixed lines have their own, `+254 45
 *    12345`, `045 12345` with `254`), must keep the 0 Italy's fixed lines keep (`+39 6 1234 5678` is
 *    refused, `phone_zero_left_out`) and must be 7–15 digits
 *    (E.164), which also satisfies `BRIQ_PHONE_PATTERN`.
 *
 * @throws {TypeError} when `defaultCountryCode` is not 1–3 digits starting with 1–9 — a
 *   programming error, not a typing one.
 */
export function normalizePhone(input: string, options?: NormalizePhoneOptions): NormalizePhoneResult {
  const countryCode = options?.defaultCountryCode ?? '255'
  if (typeof countryCode !== 'string' || !COUNTRY_CODE.test(countryCode)) {
    throw new TypeError(
      `defaultCountryCode must be 1–3 digits not starting with 0, like "255"; got ${JSON.stringify(countryCode)}`,
    )
  }
  if (typeof input !== 'string') return fail('phone_not_text')
  const trimmed = input.trim()
  if (trimmed === '') return fail('phone_empty')
  const number = readText(trimmed, countryCode)
  if (number.ok) return number
  // "0712 345 678 / 0713 345 678" is two numbers, not one of 19 digits: named, both.
  // The same number twice (pasted twice, or a list's line copied twice) is that one number.
  const readings = [...new Set(numbersIn(trimmed, (part) => readText(part, countryCode)))]
  if (readings.length === 1 && readings[0] !== undefined) return { ok: true, value: readings[0] }
  return readings.length > 1 ? fail('phone_several_numbers', { readings }) : number
}

function readText(trimmed: string, countryCode: string): NormalizePhoneResult {
  // Brazil's "(0xx11) 2345-6789": xx stands for the carrier code a caller picks.
  const text = countryCode === '55' ? trimmed.replace(BRAZIL_CARRIER_PLACEHOLDER, '$1') : trimmed
  const read = readPhoneDigits(text)
  if (!read.ok && 'digitCount' in read) {
    return fail('phone_length', E164_RANGE, { limit: E164_MAX_DIGITS, actual: read.digitCount })
  }
  if (!read.ok && read.reason === 'phone_alternatives') return readAcrossSlash(text, countryCode)
  if (!read.ok) return fail(read.reason, read.character === undefined ? undefined : { character: read.character })
  return readNumber(read.digits, read.plus, countryCode)
}

function readNumber(digits: string, plus: boolean, countryCode: string): NormalizePhoneResult {
  const international = toInternational(digits, plus, countryCode)
  return international.ok ? checkInternational(international.value) : international
}

const SLASHES = /[/\uff0f]/g

// A slash with no more digits after it than the group before it had writes two numbers ("0712
// 345 670/1") or one number in groups ("0712 345/678"): the lengths tell which, where the text
// read whole is a number and the text before the slash is none ("0712 345" has too few digits
// for a Tanzanian number). Elsewhere both are numbers, or neither, and the slash is refused.
function readAcrossSlash(text: string, countryCode: string): NormalizePhoneResult {
  const refused = fail('phone_alternatives')
  const whole = readPhoneDigits(text.replace(SLASHES, ' '))
  const lastSlash = Math.max(text.lastIndexOf('/'), text.lastIndexOf('\uff0f'))
  const first = readPhoneDigits(text.slice(0, lastSlash))
  if (!whole.ok) return refused
  const number = readNumber(whole.digits, whole.plus, countryCode)
  if (!number.ok || (first.ok && readNumber(first.digits, first.plus, countryCode).ok)) return refused
  return number
}
