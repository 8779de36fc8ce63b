import type { PhoneSentences } from '../core-messages.ts'
import { alternatives, nationalLengths } from '../national-lengths.ts'

/** Swahili sentences for `normalizePhone`'s reasons. */
export const phoneSentencesSw: PhoneSentences = {
  phone_not_text: () => 'Namba ya simu lazima iwe maandishi',
  phone_empty: () => 'Namba ya simu ni tupu',
  phone_letters: () => 'Namba ya simu ina herufi; tumia tarakimu tu',
  phone_character: (i) =>
    `Namba ya simu ina ${i.params?.character}; tumia tarakimu, nafasi, vistari, nukta, mabano na + mwanzoni tu`,
  phone_alternatives: () =>
    'Namba ya simu ina / kabla ya tarakimu zake za mwisho, kama namba mbili zinavyoandikwa (0712 345 670/1); andika namba moja',
  phone_several_numbers: (i) =>
    `Namba ya simu ina namba ${i.params?.readings?.length} (${alternatives(i, 'na')}); andika mojawapo tu`,
  phone_plus_position: () => 'Namba ya simu ina + ambayo haiko mwanzoni',
  phone_parenthesis_nested: () => 'Namba ya simu ina ( ndani ya mabano',
  phone_parenthesis_unopened: () => 'Namba ya simu ina ) bila ( inayolingana nayo',
  phone_parenthesis_unclosed: () => 'Namba ya simu ina ( bila ) inayolingana nayo',
  phone_no_digits: () => 'Namba ya simu haina tarakimu',
  phone_plus_and_00: () => 'Namba ya simu inaanza na + na 00; andika kimoja tu',
  phone_prefix_ambiguous: (i) =>
    `Namba ya simu inayoanza na ${i.params?.prefix} inaweza kuwa zaidi ya namba moja (${alternatives(i, 'au')}); iandike na + na msimbo wa nchi yake`,
  phone_national_length_after_zero: (i) =>
    `Namba ya +${i.params?.countryCode} ina tarakimu ${nationalLengths(i)} baada ya 0 ya mwanzo; hii ina ${i.actual}`,
  phone_national_too_short: (i) => {
    const trunk = i.params?.trunkPrefix ?? '0'
    const withTrunk = trunk === '' ? '' : ` (${nationalLengths(i, trunk.length)} ukiweka ${trunk} mwanzoni)`
    return `Namba ya simu ina tarakimu ${i.actual}; namba ya +${i.params?.countryCode} ina ${nationalLengths(i)}${withTrunk}`
  },
  phone_country_code_zero: () => 'Msimbo wa nchi hauanzi kamwe na 0',
  phone_stray_zero: (i) => `Namba ya +${i.params?.countryCode} haitumii 0 ya mwanzo; ondoa 0 hiyo`,
  phone_zero_left_out: (i) =>
    `Namba ya +${i.params?.countryCode} huweka 0 yake ya mwanzo baada ya msimbo wa nchi; rudisha 0 hiyo`,
  phone_national_length: (i) =>
    `Namba ya +${i.params?.countryCode} ina tarakimu ${nationalLengths(i)} baada ya msimbo wa nchi; hii ina ${i.actual}`,
  phone_length: (i) =>
    `Namba ya simu ina tarakimu ${i.actual}; namba kamili pamoja na msimbo wa nchi ina tarakimu ${i.params?.min}–${i.params?.max}`,
  phone_not_international: () => 'Namba ya simu si namba kamili ya kimataifa kama 255712345678',
}
