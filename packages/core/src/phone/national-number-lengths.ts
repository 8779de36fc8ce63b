/**
 * National significant number lengths (digits after the country code, trunk 0 dropped) for
 * countries where every number has the same length. `normalizePhone` uses them to tell a
 * national number typed without its trunk 0 (`712345678`) from a full international one, and
 * to say precisely what is wrong with a number that is too short or too long. Countries with
 * mixed lengths (Germany, the UK, Nigeria, …) are left out on purpose: their numbers are
 * checked against the E.164 range only. Source: the ITU-T E.164 national numbering plans.
 */
export const NATIONAL_NUMBER_LENGTHS: Readonly<Record<string, number>> = {
  '1': 10, // United States, Canada and the rest of the NANP
  '27': 9, // South Africa
  '91': 10, // India
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
}

/**
 * Country codes whose national numbers themselves begin with 0 (Italy's `06…`, San Marino's
 * `0549…`, Côte d'Ivoire's and Congo's `0…` mobiles): there a leading 0 is part of the number,
 * not a trunk prefix, so it is kept.
 */
export const LEADING_ZERO_COUNTRY_CODES: ReadonlySet<string> = new Set(['39', '225', '242', '378'])

/**
 * The country calling code a full number (`normalizePhone`'s digits, `"254712345678"`) starts
 * with, where the kit knows that country's numbering (all its numbers one length); `undefined`
 * otherwise. Country codes are prefix-free, so at most one matches.
 */
export function knownCountryCodeOf(digits: string): string | undefined {
  for (let length = 1; length <= 3; length++) {
    const code = digits.slice(0, length)
    if (Object.hasOwn(NATIONAL_NUMBER_LENGTHS, code)) return code
  }
  return undefined
}

/**
 * The country calling codes shorter than 3 digits (ITU-T, "List of ITU-T Recommendation E.164
 * assigned country codes"); every other code has 3. Codes are prefix-free, so a full number
 * starting with one of these has its national number right after it. `normalizePhone` uses them
 * to drop a trunk 0 typed after the code (`+44 07911…`, `+49 030…`) in countries whose numbering
 * it does not otherwise know.
 */
export const SHORT_COUNTRY_CODES: ReadonlySet<string> = new Set(
  (
    '1 7 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 ' +
    '60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98'
  ).split(' '),
)

/** ITU-T E.164: a full number, country code included, has at most 15 digits. */
export const E164_MAX_DIGITS = 15

/** A full international number as the kit reads it (see `readInternationalNumber`). */
export interface InternationalNumber {
  /** The digits, country code first, with a trunk 0 typed after the country code left out. */
  value: string
  /** The country code it starts with, when known (a `NATIONAL_NUMBER_LENGTHS` one, or the one given). */
  countryCode?: string
  /** How many digits that country's numbers have after the code, where all have the same. */
  nationalLength?: number
}

/**
 * `digits` (a full number, country code `code` first) without a trunk 0 typed right after the
 * code (`+255 0712…`), which is never dialled, except where 0 belongs to that country's numbers
 * (`LEADING_ZERO_COUNTRY_CODES`).
 */
export const withoutTrunkZero = (digits: string, code: string): string =>
  !LEADING_ZERO_COUNTRY_CODES.has(code) && digits[code.length] === '0' ? code + digits.slice(code.length + 1) : digits

/**
 * Reads the digits of a full international number (country code first), the one way
 * `normalizePhone` and the text's phone links read them: a trunk 0 typed after a known country
 * code (`+255 0712…`, `+44 (0)20…`, with `countryCode` `44`) is never dialled and is left out,
 * as libphonenumber does, except where 0 belongs to the number (`LEADING_ZERO_COUNTRY_CODES`);
 * `nationalLength` says how long the rest must be, where the country's numbers all have one length.
 */
export function readInternationalNumber(digits: string, countryCode?: string): InternationalNumber {
  const known =
    knownCountryCodeOf(digits) ??
    (countryCode !== undefined && digits.startsWith(countryCode) ? countryCode : undefined)
  if (known === undefined) return { value: digits }
  const value = withoutTrunkZero(digits, known)
  const nationalLength = NATIONAL_NUMBER_LENGTHS[known]
  return nationalLength === undefined ? { value, countryCode: known } : { value, countryCode: known, nationalLength }
}
