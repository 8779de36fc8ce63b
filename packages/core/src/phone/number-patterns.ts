import { countryCodeOf } from './national-number-lengths.ts'

// The widest pattern of some countries' national numbers (libphonenumber's `generalDesc` in
// resources/PhoneNumberMetadata.xml): those a number read through a prefix shared with 00 most
// often lands in, as "00971 50 123 4567" dialled in Nigeria could be +7 1501234567 (no +7 number
// begins with 1), "009 86 138 1234 5678" +98 613812345678 (Iran's numbers have at most 10
// digits), "005 712 345 678" dialled in Tanzania +57 12345678 (no Colombian number has 8 digits
// and begins with 1), Colombia's "005 1 212 555 0100" +51 2125550100 (Peru's numbers have 8–9
// digits) and "005 34 612 345 678" +53 4612345678 (Cuba's from 3 or 4 have at most 8), and
// Brazil's "00 21 351 912 345 678" (carrier 21 to Portugal) +213 51912345678 (Algeria's numbers
// have 8–9 digits), as its "00 212 6 12 34 56 78" (Morocco) is no +261 2345678 after carrier 21
// (Madagascar's have 9), nor "00 213 5 51 23 45 67" (Algeria) +355 1234567 (Albania's begin 2–9),
// nor "00 213 7 71 23 45 67" +377 1234567 (Monaco's have 8–9).
//
// Four are narrower, as a reading a pattern lets through is refused as two numbers, or taken as
// a home number where it is one:
// - the NANP's is its plan's NXX-NXX-XXXX (NANPA: area and central office codes begin 2–9, N11
//   is a service code, N9X area codes are kept for expanding the plan, 37X and 96X for needs not
//   yet foreseen), so that "0091 98710 12345" in Nigeria is India's, no +1 987 101…, as is
//   "0091 99123 45678", no +1 991…;
// - Pakistan's is its area codes' fixed lines and UAN (area code, 111, 6 digits), its mobiles
//   (3…), freephone, premium and personal numbers (libphonenumber's PK types; its generalDesc
//   allows any 11 or 12 digits, and 10 after any 2–8), so that "009 254 712 345 678" in Nigeria is
//   Kenya's, no +92 54712345678, as is the number of each country with a 3-digit code and 9-digit
//   numbers, and most of South Africa's ("009 27 82 123 4567": Pakistan has no area code 78);
// - Brazil's is its fixed lines', mobiles' and premium numbers' (libphonenumber's BR; its
//   generalDesc allows any 11 digits, but only a mobile has 11: an area code, 9, 8 digits), with
//   any area code: "0055 1 212 555 0100" in Brazil is New York through carrier 55, no +55 12
//   125550100, and Colombia's "005 52 55 1234 5678" Mexico City, no +55 25512345678.
// - Colombia's is its fixed lines', mobiles', freephone and premium numbers' (libphonenumber's CO;
//   its generalDesc allows any 10 digits from 3 or 9), so that Colombia's "005 7 912 345 67 89"
//   is a Russian mobile through carrier 5 and "005 7 343 123 45 67" Yekaterinburg, not numbers
//   taken for home ones as "0057 310 123 4567" is: no Colombian number begins 91 or 34.
const NATIONAL_NUMBER_PATTERNS: Readonly<Record<string, RegExp>> = {
  '1': /^(?!37|96)[2-9](?:[02-8]\d|1[02-9])[2-9](?:[02-9]\d|1[02-9])\d{4}$/,
  '7': /^(?:8\d{13}|[347-9]\d{9})$/,
  '20': /^(?:[189]\d{8,9}|[24-6]\d{8}|[135]\d{7})$/,
  '41': /^(?:8\d{11}|[2-9]\d{8})$/,
  '44': /^(?:[1-357-9]\d{9}|[18]\d{8}|8\d{6})$/,
  '45': /^[2-9]\d{7}$/,
  '51': /^(?:[14-8]|9\d)\d{7}$/,
  '53': /^(?:[27]\d{6,7}|[34]\d{5,7}|(?:5|8\d\d)\d{7})$/,
  '55': /^(?:[1-9][1-9](?:[2-57]|9\d)\d{7}|[59]00\d{6,7})$/,
  '57': /^(?:(?:46|60\d\d)\d{6}|3(?:0[0-5]|1\d|2[0-4]|3[03]|5[01]|70)\d{7}|9(?:101|408)\d{6}|1[89]\d{9}|901\d{7})$/,
  '61': /^(?:1(?:[0-79]\d{7}(?:\d(?:\d{2})?)?|8[0-24-9]\d{7})|[2-478]\d{8}|1\d{4,7})$/,
  '65': /^(?:(?:(?:1\d|8)\d\d|7000)\d{7}|[3689]\d{7})$/,
  '66': /^(?:(?:001800|[2-57]|[689]\d)\d{7}|1\d{7,9})$/,
  '92': /^(?:(?:2[125]|4[0-246-9]|5[1-35-7]|6[1-8]|7[14]|8[16]|91)(?:[2-9]\d{6,7}|111\d{6})|(?:2(?:3[2358]|4[2-4]|9[2-8])|45[3479]|54[2-467]|60[468]|72[236]|8(?:2[2-689]|3[23578]|4[3478]|5[2356])|9(?:2[2-8]|3[27-9]|4[2-6]|6[3569]|9[25-8]))(?:[2-9]\d{5,6}|111\d{6})|58[126]\d{7}|3\d{9}|[89]00\d{5}|800\d{8}|122\d{6})$/,
  '98': /^(?:[1-9]\d{9}|(?:[1-8]\d\d|9)\d{3,4})$/,
  '212': /^[5-8]\d{8}$/,
  '213': /^(?:[1-4]|[5-79]\d|80)\d{7}$/,
  '216': /^[2-57-9]\d{7}$/,
  '218': /^[2-9]\d{8}$/,
  '254': /^(?:(?:[17]\d\d|900)\d{6}|(?:2|80)0\d{6,7}|[4-6]\d{6,8})$/,
  '255': /^(?:[25-8]\d|41|90)\d{7}$/,
  '256': /^(?:800\d{6}|(?:[29]0|[347]\d)\d{7})$/,
  '261': /^[23]\d{8}$/,
  '355': /^(?:(?:700\d\d|900)\d{3}|8\d{5,7}|(?:[2-5]|6\d)\d{7})$/,
  '377': /^(?:[3489]|6\d)\d{7}$/,
}

// Codes ITU-T has assigned to no country ("List of ITU-T Recommendation E.164 assigned country
// codes"): the +21x where Brazil's most used carrier, Embratel's 21, after 00 lands ("00 21 44 20
// 7946 0958" is London, not +214), the spare +28x, +85x and +89x where Pakistan's and Iran's
// numbers after Nigeria's 009 land ("0092 800 1234 5678" is no +280, "0098 51 3123 4567", Mashhad,
// no +851, "0098 912 345 6789" no +891), and the spare +42x where Argentina's fixed lines after
// Colombia's 005 land ("0054 223 495 1234", Mar del Plata, is no +422).
const UNASSIGNED = /^(?:21[04579]|28|42[24-9]|85[14789]|89)/

/**
 * Whether full number `value` (country code first, trunk prefix dropped) can be a number of its
 * country, as far as the kit knows that country's numbers: `false` only where a country in
 * `NATIONAL_NUMBER_PATTERNS` has no such number. Used to tell the readings of a prefix shared with
 * 00 apart, never to refuse a number typed with `+`.
 */
export function mayBeNumber(value: string): boolean {
  const code = countryCodeOf(value)
  if (UNASSIGNED.test(code)) return false
  return NATIONAL_NUMBER_PATTERNS[code]?.test(value.slice(code.length)) ?? true
}
