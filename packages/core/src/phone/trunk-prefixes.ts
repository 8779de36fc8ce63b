/**
 * The national (trunk) prefix of each country calling code, where it is not 0, the prefix most
 * countries use. Sources: ITU-T, "Dialling procedures (international prefix, national (trunk)
 * prefix and national (significant) number)" (the Annex to the ITU Operational Bulletin,
 * T-SP-E.164C); libphonenumber's resources/PhoneNumberMetadata.xml (`nationalPrefix`, and the
 * national number patterns for which numbers can begin with 0); Wikipedia, "Trunk prefix" and
 * "Telephone numbers in Hungary" (06), "Telephone numbers in Belarus" (8 0…), "Telephone numbers in
 * Lithuania" (8, then 0), "North American Numbering Plan" (1); ARTCI, Côte d'Ivoire's ten-digit numbers (01, 05, 07…)
 * since 31 January 2021; ARCEP Bénin, ten-digit numbers beginning with 01 since 30 November 2024.
 * Codes are numbers, not strings, to keep the table small in a bundle.
 */

// Countries whose numbers themselves may begin with 0, so that a 0 after the country code is
// part of the number and kept: Italy and the Vatican's 06 698… (39), Norway's 0… service
// numbers (47), Côte d'Ivoire (225), Burkina Faso (226), Niger (227), Benin (229), Gabon (241),
// Congo (242), Ascension (247), Botswana's and Eswatini's 0800… (267, 268), San Marino's 0549…
// (378), Belize (501), Panama (507), Tonga (676), Fiji (679), New Caledonia (687), the
// international freephone 800, Macau (853), the satellite 881 and 888, Qatar (974), Tajikistan (992).
const ZERO_IN_NUMBER = [
  39, 47, 225, 226, 227, 229, 241, 242, 247, 267, 268, 378, 501, 507, 676, 679, 687, 800, 853, 881, 888, 974, 992,
]

// Countries with no trunk 0 whose numbers never begin with 0 (no trunk prefix at all, as the
// NANP's 1 is the country code again, Spain, Portugal, Greece, Denmark, Poland, Mexico, Singapore,
// Hong Kong, much of West Africa…, or a trunk prefix other than 0): a 0 after their code is a
// slip, and reading it either way would make up a number.
const NO_ZERO = [
  1, 7, 30, 34, 36, 45, 48, 52, 56, 65, 216, 220, 221, 222, 223, 224, 228, 230, 235, 236, 237, 238, 239, 240, 244, 245,
  246, 248, 253, 257, 258, 266, 269, 290, 297, 298, 299, 350, 351, 352, 354, 356, 357, 371, 372, 376, 420, 500, 502,
  503, 504, 505, 506, 509, 592, 597, 599, 670, 672, 673, 674, 675, 677, 678, 680, 681, 682, 683, 685, 688, 689, 690,
  691, 692, 808, 852, 870, 878, 882, 883, 960, 965, 968, 973, 975, 979, 993, 998,
]

// Trunk prefixes other than a lone 0, in the order tried. One that numbers can themselves begin
// with (Russia's 8: 812… is St Petersburg; Belarus's freephone 801…) is dropped only in front of a
// number of the `length` given, or of the `lead` given. Russia and Kazakhstan (7) and
// Turkmenistan (993) dial 8, Hungary 06, the NANP 1 (its numbers never begin with 1), Lithuania 0
// and its former 8, Belarus 8 and its area code's 0 ("8 029 …", or the 0 alone), and 8 alone
// before its freephone and premium numbers ("8 801 100 1234"), which begin with 8 or 902 where
// no other Belarusian number does: libphonenumber's `nationalPrefixForParsing` for BY, `0|80?`.
/** How Belarus's numbers of other lengths than 9 begin: freephone 8… and premium 902… (libphonenumber's BY). */
export const BELARUS_OTHER_LENGTHS = /^(?:8|902)/
const OTHER_TRUNKS: Readonly<Record<number, readonly TrunkPrefix[]>> = {
  1: [{ prefix: '1', length: 10 }],
  7: [{ prefix: '8', length: 10 }],
  36: [{ prefix: '06' }],
  370: [{ prefix: '0' }, { prefix: '8', length: 8 }],
  375: [{ prefix: '0' }, { prefix: '80', length: 9 }, { prefix: '8', lead: BELARUS_OTHER_LENGTHS }],
  993: [{ prefix: '8', length: 8 }],
}

// International (exit) prefixes other than 00, dialled before a country code (ITU-T's dialling
// procedures; libphonenumber's `internationalPrefix`): the NANP's 011, Russia's, Kazakhstan's,
// Belarus's and Turkmenistan's 8~10, Kenya's 000, and Tanzania's and Uganda's 000; Rwanda's 000
// since its renumbering of 1 February 2009 (wtng.info, "Rwanda +250"; libphonenumber still has
// 00). No national number there begins with them. One that is also 00 and a country code is in
// `PREFIXES_SHARED_WITH_00` instead, as 00 is how numbers are written everywhere.
const INTERNATIONAL_PREFIXES: Readonly<Record<number, string>> = {
  1: '011',
  7: '810',
  250: '000',
  254: '000',
  255: '000',
  256: '000',
  375: '810',
  993: '810',
}

/** One reading of a prefix dialled in a country that is also 00 and a country code. */
interface SharedPrefix {
  /** The digits dialled (`"009"`). */
  prefix: string
  /**
   * The country code the prefix stands for where it is a regional code (`"255"`: the 007 Kenya
   * dials for Tanzania); `""` where a country code follows it, as it follows any international prefix.
   */
  countryCode: string
}

const international = (prefix: string): SharedPrefix => ({ prefix, countryCode: '' })
const regional = (prefix: string, countryCode: string): SharedPrefix => ({ prefix, countryCode })

// Brazil's carrier selection codes, dialled after 00 (international: "00 14 1 212 555 0100") or
// the trunk 0 (long distance: "0 21 11 98765 4321", carrier 21, area 11), as libphonenumber lists
// them (`internationalPrefix` and `nationalPrefixForParsing` for BR); Anatel assigns more.
const BRAZIL_CARRIERS = '12 14 15 21 22 23 25 31 41 43 55 65 99'.split(' ')

// Prefixes dialled in a country that also read as 00 and a country code (`readingsOf`):
// international prefixes, as libphonenumber's `internationalPrefix` lists them (Nigeria's 009;
// Colombia's 00 and a carrier's 5, 7, 9, 414, 444 or 456; Brazil's 00 and a carrier's code), and
// the East African regional codes dialled for a neighbour's national number, with no country code
// (Wikipedia, "Telephone numbers in Tanzania"; wtng.info, "Kenya +254"): Tanzania dials 005 for
// Kenya and 006 for Uganda, Kenya 006 for Uganda and 007 for Tanzania, Uganda 007 for Tanzania.
// (libphonenumber lists Tanzania's 005 and 006 and Uganda's 005 and 007 as international
// prefixes, followed by a country code; the national sources do not.)
const PREFIXES_SHARED_WITH_00: Readonly<Record<number, readonly SharedPrefix[]>> = {
  55: BRAZIL_CARRIERS.map((carrier) => international(`00${carrier}`)),
  57: ['005', '007', '009', '00414', '00444', '00456'].map(international),
  234: [international('009')],
  254: [regional('006', '256'), regional('007', '255')],
  255: [regional('005', '254'), regional('006', '256')],
  256: [regional('007', '255')],
}

/** A number the digits typed can stand for through a prefix shared with 00 (`readingsOf`). */
export interface SharedPrefixReading {
  /** The prefix read (`"009"`, `"0014"`). */
  prefix: string
  /** The full number it stands for, country code first. */
  value: string
}

/**
 * The numbers `digits`, dialled in country `code`, stand for through a prefix that is also 00 and
 * a country code (Nigeria's `009`, the `007` Kenya and Uganda dial for Tanzania, Brazil's 00 and a
 * carrier's code: see `PREFIXES_SHARED_WITH_00`), country code first; none where the digits do not
 * begin with such a prefix. The reading as 00 is not among them.
 */
export function readingsOf(digits: string, code: string): SharedPrefixReading[] {
  const shared = PREFIXES_SHARED_WITH_00[Number(code)] ?? []
  return shared
    .filter(({ prefix }) => digits.startsWith(prefix))
    .map(({ prefix, countryCode }) => ({ prefix, value: countryCode + digits.slice(prefix.length) }))
}

// What follows a carrier's code in a Brazilian long-distance number: an area code (11–99, none
// ending in 0), then a mobile (9 and 8 digits) or a fixed line (8 digits from 2–5), as
// libphonenumber's BR patterns have them; so a mobile with a digit too many ("0 21 98765 43210")
// is not taken for a carrier's code and a number. Its 10-digit radio mobiles (7…) are left out
// for that reason: "98 7654 3210" would be one.
const BRAZIL_NUMBER = /^[1-9][1-9](?:9\d{8}|[2-5]\d{7})$/

/**
 * A Brazilian national number typed after the trunk 0 with a carrier's code in front
 * (`21 11 98765 4321`, from `0 21 11 98765 4321`), without that code; `undefined` where
 * `code` is not Brazil's or `national` is not a carrier's code and a number.
 */
export function withoutCarrierCode(national: string, code: string): string | undefined {
  const number = national.slice(2)
  return code === '55' && BRAZIL_CARRIERS.includes(national.slice(0, 2)) && BRAZIL_NUMBER.test(number)
    ? number
    : undefined
}

/**
 * The international prefix dialled in country `code` before another country's code, where it is
 * not 00 (`"011"` in the NANP, `"810"` in Russia, `"000"` in Kenya); 00 is read everywhere.
 */
export function internationalPrefixOf(code: string): string | undefined {
  return INTERNATIONAL_PREFIXES[Number(code)]
}

/**
 * Country codes whose national numbers may themselves begin with 0 (Italy's `06…`, San Marino's
 * `0549…`, Côte d'Ivoire's, Benin's and Congo's `0…` mobiles): there a 0 after the code is part of
 * the number, not a trunk prefix, so it is kept.
 */
export const LEADING_ZERO_COUNTRY_CODES: ReadonlySet<string> = new Set(ZERO_IN_NUMBER.map(String))

const NO_ZERO_CODES: ReadonlySet<string> = new Set(NO_ZERO.map(String))

/** A trunk prefix and, where numbers can begin with it too, the length of the number it stands in front of. */
export interface TrunkPrefix {
  /** The digits dialled before a national number (`"0"`, `"8"`, `"06"`). */
  prefix: string
  /** Dropped only in front of a number of this many digits (`10` for Russia's 8). */
  length?: number
  /** Dropped only in front of a number that begins so (Belarus's 8 before its freephone `8…`). */
  lead?: RegExp
}

/** What a country's numbers do with a 0 or a trunk prefix typed in front of them. */
export interface TrunkRule {
  /** The trunk prefix dialled today before a national number, as sentences name it; `''` where there is none. */
  trunk: string
  /** Every trunk prefix left out in front of a national number, today's first (Lithuania's 0, then its old 8). */
  trunks: readonly TrunkPrefix[]
  /** A 0 in front of the national number is a slip there: no number begins with it and it is not the trunk prefix. */
  zeroRefused: boolean
}

const ZERO_TRUNK: readonly TrunkPrefix[] = [{ prefix: '0' }]

function trunksOf(code: string): readonly TrunkPrefix[] {
  if (LEADING_ZERO_COUNTRY_CODES.has(code)) return []
  return OTHER_TRUNKS[Number(code)] ?? (NO_ZERO_CODES.has(code) ? [] : ZERO_TRUNK)
}

/** The trunk rule of country calling code `code` (`"255"`): trunk 0 unless the table says otherwise. */
export function trunkRuleOf(code: string): TrunkRule {
  const trunks = trunksOf(code)
  return { trunk: trunks[0]?.prefix ?? '', trunks, zeroRefused: NO_ZERO_CODES.has(code) }
}
