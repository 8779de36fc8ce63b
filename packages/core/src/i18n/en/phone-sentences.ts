import type { PhoneSentences } from '../core-messages.ts'
import { alternatives, nationalLengths } from '../national-lengths.ts'

/** English sentences for `normalizePhone`'s reasons. */
export const phoneSentencesEn: PhoneSentences = {
  phone_not_text: () => 'Phone number must be text',
  phone_empty: () => 'Phone number is empty',
  phone_letters: () => 'Phone number contains letters; use digits only',
  phone_character: (i) =>
    `Phone number contains ${i.params?.character}; use only digits, spaces, dashes, dots, parentheses and a leading +`,
  phone_alternatives: () =>
    'Phone number has a / before its last digits, as two numbers are written (0712 345 670/1); write one number',
  phone_several_numbers: (i) =>
    `Phone number holds ${i.params?.readings?.length} numbers (${alternatives(i, 'and')}); write one of them`,
  phone_plus_position: () => 'Phone number has a + that is not at the start',
  phone_parenthesis_nested: () => 'Phone number has a ( inside parentheses',
  phone_parenthesis_unopened: () => 'Phone number has a ) without a matching (',
  phone_parenthesis_unclosed: () => 'Phone number has a ( without a matching )',
  phone_no_digits: () => 'Phone number has no digits',
  phone_plus_and_00: () => 'Phone number starts with both + and 00; write only one of them',
  phone_prefix_ambiguous: (i) =>
    `Phone number starting ${i.params?.prefix} can be more than one number (${alternatives(i, 'or')}); write it with + and its country code`,
  phone_national_length_after_zero: (i) =>
    `A +${i.params?.countryCode} number has ${nationalLengths(i)} digits after the leading 0; this one has ${i.actual}`,
  phone_national_too_short: (i) => {
    const trunk = i.params?.trunkPrefix ?? '0'
    const withTrunk = trunk === '' ? '' : ` (${nationalLengths(i, trunk.length)} with the leading ${trunk})`
    return `Phone number has ${i.actual} digits; a +${i.params?.countryCode} number has ${nationalLengths(i)}${withTrunk}`
  },
  phone_country_code_zero: () => 'A country code never starts with 0',
  phone_stray_zero: (i) => `A +${i.params?.countryCode} number takes no leading 0; leave the 0 out`,
  phone_zero_left_out: (i) =>
    `A +${i.params?.countryCode} number keeps its leading 0 after the country code; put the 0 back`,
  phone_national_length: (i) =>
    `A +${i.params?.countryCode} number has ${nationalLengths(i)} digits after the country code; this one has ${i.actual}`,
  phone_length: (i) =>
    `Phone number has ${i.actual} digits; a full number with its country code has ${i.params?.min}–${i.params?.max}`,
  phone_not_international: () => 'Phone number is not a full international number like 255712345678',
}
