import { BELARUS_OTHER_LENGTHS, trunkRuleOf } from './trunk-prefixes.ts'

/**
 * National significant number lengths (digits after the country code, trunk prefix dropped).
 * A number where every number of the country has that length; a pair, the shortest and the
 * longest, where they differ by kind (Italy's mobiles and Brazil's area codes with fixed or mobile
 * numbers). `normalizePhone` uses them to tell a national number typed without its trunk prefix
 * (`712345678`, `393 123 4567` in Italy) from a full international one, and to say precisely what
 * is wrong with a number that is too short or too long. Countries whose lengths run wider
 * (Germany, the UK, Nigeria, …) are left out on purpose: their numbers are checked against the
 * E.164 range only. Sources: the ITU-T E.164 national numbering plans, libphonenumber's
 * resources/PhoneNumberMetadata.xml (`possibleLengths`).
 */
export const NATIONAL_NUMBER_LENGTHS: Readonly<Record<string, number | readonly [number, number]>> = {
  '1': 10, // United States, Canada and the rest of the NANP
  '7': 10, // Russia and Kazakhstan
  '27': 9, // South Africa
  '34': 9, // Spain
  // Italy's numbers that do not begin with 0: mobiles 3… (9–10), freephone 803… (6) and 800… (9),
  // 55… (10); its fixed lines begin with 0 and are told by it.
  '39': [6, 10],
  '55': [10, 11], // Brazil: a 2-digit area code, then 8 digits (fixed lines) or 9 (mobiles)
  '91': 10, // India
  '93': 9, // Afghanistan
  '94': 9, // Sri Lanka
  '211': 9, // South Sudan
  '233': 9, // Ghana
  '243': 9, // DR Congo
  '250': 9, // Rwanda
  '251': 9, // Ethiopia
  '254': 9, // Kenya
  '255': 9, // Tanzania
  '256': 9, // Uganda
  '257': 8, // Burundi
  '260': 9, // Zambia
  '351': 9, // Portugal
  '370': 8, // Lithuania
  // Belarus: fixed lines, mobiles and VoIP; its freephone and premium numbers are told by how
  // they begin (`OTHER_LENGTH_LEADS`).
  '375': 9,
  '993': 8, // Turkmenistan
}

// Numbers of a country in the table above that run other lengths, told by how they begin:
// Belarus's freephone 800…, 801…, 803…, 820… (6–11 digits) and premium 902… (10), as
// libphonenumber's BY tollFree and premiumRate have them. Like every number that begins with 0
// (Italy's fixed lines), they are not counted.
const OTHER_LENGTH_LEADS: Readonly<Record<string, RegExp>> = {
  '375': BELARUS_OTHER_LENGTHS,
}

/**
 * Whether national number `national` of country code `code` must have one of that country's
 * lengths (`nationalLengthRangeOf`): not where it begins with 0 (Italy's fixed lines) or is one
 * of the country's numbers of other lengths (Belarus's freephone 8…).
 */
export function isCountedByLength(code: string, national: string): boolean {
  if (national.startsWith('0')) return false
  return !(Object.hasOwn(OTHER_LENGTH_LEADS, code) && OTHER_LENGTH_LEADS[code]?.test(national))
}

/**
 * Whether national number `national` of country code `code` is a number of that country with the
 * 0 it keeps left out: Italy's numbers that do not begin with 0 are mobiles (31–39, 43), VoIP
 * (55), freephone (800, 803), shared-cost (84), premium (89, 144, 163, 164, 166) and personal
 * numbers (178, 199) (libphonenumber's number types for IT; 43 and 55 numbers have 10 digits), so
 * `+39 6 1234 5678` is Rome's 06, `+39 81…` Naples' 081, `+39 11…` Turin's 011 and
 * `+39 55 123 4567` Florence's 055 without the 0, dropped as other countries' trunk 0 is, and
 * numbers nobody has.
 */
export function leavesOutItsZero(code: string, national: string): boolean {
  return code === '39' && !/^(?:0|1(?:44|6[346]|78|99)|3[1-9]|(?:43|55)\d{8}|80[03]|84|89)/.test(national)
}

// Fixed lines of a country in the table above that run other lengths, told by how they begin, as
// libphonenumber's fixedLine patterns have them: Kenya's Nairobi 20…, 40… and 66… (8–9 digits) and
// its older lines elsewhere, 45…, 51…, 64… (7–9: "045 12345"); DR Congo's fixed lines 1…–6… (7–10)
// and 88… mobiles (7; and 9, as its other mobiles, where libphonenumber has none). Read where the number is written after the trunk 0 or the country code:
// digits alone keep the country's length, as a short run of them is as likely a local number
// typed without its area code.
const FIXED_LINE_LENGTHS: Readonly<Record<string, readonly (readonly [RegExp, number, number])[]>> = {
  '243': [
    [/^[1-6]/, 7, 10],
    [/^88/, 7, 9],
  ],
  '254': [
    [/^(?:[24]0|66)/, 8, 9],
    [/^(?:4[245]|5[1-79]|6[01457-9])/, 7, 9],
  ],
}

/**
 * The shortest and longest national number `national` of country code `code` can be, written after
 * the trunk prefix or the country code: its kind's where the kit tells it by how it begins (Kenya's
 * fixed lines, `FIXED_LINE_LENGTHS`), the country's otherwise (`nationalLengthRangeOf`).
 */
export function writtenLengthRangeOf(code: string, national: string): readonly [number, number] | undefined {
  const fixed = Object.hasOwn(FIXED_LINE_LENGTHS, code) ? FIXED_LINE_LENGTHS[code] : undefined
  const kind = fixed?.find(([lead]) => lead.test(national))
  return kind === undefined ? nationalLengthRangeOf(code) : [kind[1], kind[2]]
}

/** The shortest and longest national number of country code `code`, where the kit knows them. */
export function nationalLengthRangeOf(code: string): readonly [number, number] | undefined {
  // Own keys only: a reader's country code comes from the host (`"constructor"` is no country).
  const lengths = Object.hasOwn(NATIONAL_NUMBER_LENGTHS, code) ? NATIONAL_NUMBER_LENGTHS[code] : undefined
  return typeof lengths === 'number' ? [lengths, lengths] : lengths
}

/** The length every national number of country code `code` has, where all have one. */
export function nationalLengthOf(code: string): number | undefined {
  if (Object.hasOwn(OTHER_LENGTH_LEADS, code)) return undefined
  const lengths = nationalLengthRangeOf(code)
  return lengths?.[0] === lengths?.[1] ? lengths?.[0] : undefined
}

/**
 * The country calling code a full number (`normalizePhone`'s digits, `"254712345678"`) starts
 * with, where the kit knows that country's numbering (all its numbers one length); `undefined`
 * otherwise. Country codes are prefix-free, so at most one matches.
 */
export function knownCountryCodeOf(digits: string): string | undefined {
  for (let length = 1; length <= 3; length++) {
    const code = digits.slice(0, length)
    if (nationalLengthOf(code) !== undefined) return code
  }
  return undefined
}

/**
 * The country calling codes shorter than 3 digits (ITU-T, "List of ITU-T Recommendation E.164
 * assigned country codes"); every other code has 3. Codes are prefix-free, so a full number
 * starting with one of these has its national number right after it (`countryCodeOf`), where a
 * trunk prefix typed after the code (`+44 07911…`, `+49 030…`) is found.
 */
export const SHORT_COUNTRY_CODES: ReadonlySet<string> = new Set(
  (
    '1 7 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 ' +
    '60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98'
  ).split(' '),
)

/** ITU-T E.164: a full number, country code included, has at most 15 digits. */
export const E164_MAX_DIGITS = 15

/**
 * The country calling code a full number (`"255712345678"`) starts with: one of
 * `SHORT_COUNTRY_CODES`, else its first 3 digits, as every other code has 3 and codes are
 * prefix-free.
 */
export function countryCodeOf(digits: string): string {
  for (const length of [1, 2]) {
    const code = digits.slice(0, length)
    if (SHORT_COUNTRY_CODES.has(code)) return code
  }
  return digits.slice(0, 3)
}

/**
 * The one rule for a trunk prefix: `national` (the digits after country code `code`, or a
 * number typed without its code) without the trunk prefix typed in front of it, which is never
 * dialled from abroad (`0712…` → `712…` in Tanzania, `8 912…` in Russia, `06 30…` in Hungary,
 * `8 029…` in Belarus, `1 415…` in the NANP; see `trunkRuleOf`). Kept as typed where the country has no trunk prefix or its numbers begin with 0
 * (Italy's `06…`, Côte d'Ivoire's `07…`); `null` for a 0 that is a slip there (`+34 0612…`: Spain
 * has no trunk prefix and no number beginning with 0).
 */
export function withoutTrunkPrefix(national: string, code: string): string | null {
  const { trunks, zeroRefused } = trunkRuleOf(code)
  for (const { prefix, length, lead } of trunks) {
    const rest = national.slice(prefix.length)
    if (national.startsWith(prefix) && (length ?? rest.length) === rest.length && (lead?.test(rest) ?? true)) {
      return rest
    }
  }
  return zeroRefused && national.startsWith('0') ? null : national
}

/** A full international number as the kit reads it (see `readInternationalNumber`). */
export interface InternationalNumber {
  /** The digits, country code first, with a trunk prefix typed after the country code left out. */
  value: string
  /** The country code it starts with. */
  countryCode: string
  /** How many digits that country's numbers have after the code, where all have the same. */
  nationalLength?: number
  /** A 0 follows the code where no number has one (`+34 0612…`); `value` keeps it, as typed. */
  strayZero?: true
}

/**
 * Reads the digits of a full international number (country code first), the one way
 * `normalizePhone` and the text's phone links read them: a trunk prefix typed after the country
 * code (`+255 0712…`, `+44 (0)20…`, `+7 8 912…`) is never dialled and is left out, as
 * libphonenumber does (`withoutTrunkPrefix`); `nationalLength` says how long the rest must be,
 * where the country's numbers all have one length.
 */
export function readInternationalNumber(digits: string): InternationalNumber {
  const countryCode = countryCodeOf(digits)
  const national = withoutTrunkPrefix(digits.slice(countryCode.length), countryCode)
  const number: InternationalNumber =
    national === null ? { value: digits, countryCode, strayZero: true } : { value: countryCode + national, countryCode }
  const nationalLength = nationalLengthOf(countryCode)
  if (nationalLength !== undefined) number.nationalLength = nationalLength
  return number
}
