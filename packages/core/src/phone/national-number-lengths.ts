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

/** The country code from `NATIONAL_NUMBER_LENGTHS` that starts `digits`, if any (country codes are prefix-free). */
export function knownCountryCodeOf(digits: string): string | undefined {
  for (let length = 1; length <= 3; length++) {
    const code = digits.slice(0, length)
    if (Object.hasOwn(NATIONAL_NUMBER_LENGTHS, code)) return code
  }
  return undefined
}
