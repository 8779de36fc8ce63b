import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatIssue } from '../i18n/format-issue.ts'
import { coreMessagesSw } from '../i18n/messages-sw.ts'
import { BRIQ_PHONE_PATTERN } from '../limits.ts'
import { anyCodePoint } from '../test-support/any-code-point.ts'
import { type NormalizePhoneResult, normalizePhone } from './normalize-phone.ts'

function messageOf(result: NormalizePhoneResult): string {
  if (result.ok) throw new Error(`expected a failure, got ${result.value}`)
  expect(result.issue.code).toBe('invalid_phone')
  expect(result.issue.path).toEqual([])
  return result.issue.message
}

function issueOf(result: NormalizePhoneResult) {
  if (result.ok) throw new Error(`expected a failure, got ${result.value}`)
  return result.issue
}

describe('normalizePhone — accepted forms', () => {
  it.each([
    ['0712 345 678', '255712345678'],
    ['+255 712-345-678', '255712345678'],
    ['712345678', '255712345678'],
    ['00255712345678', '255712345678'],
    ['(0712) 345678', '255712345678'],
    ['255712345678', '255712345678'],
    ['+255712345678', '255712345678'],
    ['  0712.345.678\t', '255712345678'],
    ['0712\u00a0345\u2013678', '255712345678'],
    ['+1 (415) 555-0100', '14155550100'],
    ['+44 20 7946 0958', '442079460958'],
    ['254712345678', '254712345678'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePhone(input)).toEqual({ ok: true, value: expected })
  })

  it('uses another default country code', () => {
    expect(normalizePhone('0712 345 678', { defaultCountryCode: '254' })).toEqual({ ok: true, value: '254712345678' })
    expect(normalizePhone('712345678', { defaultCountryCode: '254' })).toEqual({ ok: true, value: '254712345678' })
    expect(normalizePhone('(415) 555-0100', { defaultCountryCode: '1' })).toEqual({ ok: true, value: '14155550100' })
  })

  it.each([
    ['+254 712 345 678', undefined, '254712345678'],
    ['0712 345 678', '254', '254712345678'],
    ['0110 123 456', '254', '254110123456'],
    ['+256 772 123456', undefined, '256772123456'],
    ['0772 123456', '256', '256772123456'],
    ['772123456', '256', '256772123456'],
    ['+250 788 123 456', undefined, '250788123456'],
    ['0788-123-456', '250', '250788123456'],
    ['256772123456', undefined, '256772123456'],
  ])('reads East African numbers: %s (default %s) → %s', (input, defaultCountryCode, expected) => {
    const options = defaultCountryCode === undefined ? {} : { defaultCountryCode }
    expect(normalizePhone(input, options)).toEqual({ ok: true, value: expected })
  })

  it('refuses East African numbers of the wrong length with the country in the reason', () => {
    expect(messageOf(normalizePhone('+256 772 12345'))).toBe(
      'A +256 number has 9 digits after the country code; this one has 8',
    )
    expect(messageOf(normalizePhone('0788 123 45', { defaultCountryCode: '250' }))).toBe(
      'A +250 number has 9 digits after the leading 0; this one has 8',
    )
  })

  it('drops a trunk 0 for a default country without a known length', () => {
    expect(normalizePhone('07911 123456', { defaultCountryCode: '44' })).toEqual({ ok: true, value: '447911123456' })
  })

  it.each([
    ['+255 0712 345 678', '255712345678'],
    ['+255 (0)712 345 678', '255712345678'],
    ['2550712345678', '255712345678'],
    ['00255 0712 345 678', '255712345678'],
    ['+254 (0)712 345 678', '254712345678'],
    ['+44 (0)20 7946 0958', '442079460958'],
    ['0044 (0)20 7946 0958', '442079460958'],
    ['+41 (0)44 668 18 00', '41446681800'],
  ])('drops a trunk 0 typed after the country code: %s → %s', (input, expected) => {
    expect(normalizePhone(input)).toEqual({ ok: true, value: expected })
  })

  it.each([
    ['+44 07911 123456', '447911123456'],
    ['0044 07911 123456', '447911123456'],
    ['+49 030 1234567', '49301234567'],
    ['+33 06 12 34 56 78', '33612345678'],
    ['4407911123456', '447911123456'],
  ])('drops a trunk 0 typed after a 1- or 2-digit country code: %s → %s', (input, expected) => {
    expect(normalizePhone(input)).toEqual({ ok: true, value: expected })
  })

  it('keeps the leading 0 where it belongs to the number (Italy)', () => {
    expect(normalizePhone('06 6982 1234', { defaultCountryCode: '39' })).toEqual({ ok: true, value: '390669821234' })
    expect(normalizePhone('+39 06 6982 1234')).toEqual({ ok: true, value: '390669821234' })
    expect(normalizePhone('+39 (0)6 6982 1234')).toEqual({ ok: true, value: '390669821234' })
  })

  it('takes digits longer than a national number to include their country code', () => {
    expect(normalizePhone('447911123456')).toEqual({ ok: true, value: '447911123456' })
  })

  it.each([
    ['612 345 678', '33', '33612345678'],
    ['33 612 345 678', '33', '33612345678'],
    ['7911 123456', '44', '447911123456'],
    ['447911123456', '44', '447911123456'],
    ['6 12 34 56 78', '33', '33612345678'],
    ['138 1234 5678', '86', '8613812345678'],
    ['+61 412 345 678', '34', '61412345678'],
    ['0061 412 345 678', '34', '61412345678'],
  ])(
    'reads digits alone as national unless they start with the default code: %s (default %s) → %s',
    (input, defaultCountryCode, expected) => {
      expect(normalizePhone(input, { defaultCountryCode })).toEqual({ ok: true, value: expected })
    },
  )
})

describe('normalizePhone — refused, with a reason', () => {
  it('refuses an empty or blank number', () => {
    expect(messageOf(normalizePhone(''))).toBe('Phone number is empty')
    expect(messageOf(normalizePhone('   '))).toBe('Phone number is empty')
  })

  it('refuses letters, including an extension or O for 0', () => {
    expect(messageOf(normalizePhone('0712 345 678 ext 4'))).toBe('Phone number contains letters; use digits only')
    expect(messageOf(normalizePhone('O712345678'))).toBe('Phone number contains letters; use digits only')
  })

  it('names any other character', () => {
    expect(messageOf(normalizePhone('0712#345678'))).toBe(
      'Phone number contains "#" (U+0023); use only digits, spaces, dashes, dots, parentheses and a leading +',
    )
    expect(messageOf(normalizePhone('0712\u00ad345678'))).toMatch(/^Phone number contains U\+00AD;/)
    expect(messageOf(normalizePhone('٠٧١٢٫٣٤٥٦٧٨'))).toMatch(/^Phone number contains "٫" \(U\+066B\)/)
  })

  it('refuses two numbers written as one with a slash, where no length tells them apart, in Swahili too', () => {
    // Nigeria's and the UK's lengths vary, so "…4567/8" read whole was a number nobody has.
    const issue = issueOf(normalizePhone('0803 123 4567/8', { defaultCountryCode: '234' }))
    expect(issue).toMatchObject({ code: 'invalid_phone', reason: 'phone_alternatives' })
    expect(issue.message).toBe(
      'Phone number has a / before its last digits, as two numbers are written (0712 345 670/1); write one number',
    )
    expect(formatIssue(issue, coreMessagesSw)).toBe(
      'Namba ya simu ina / kabla ya tarakimu zake za mwisho, kama namba mbili zinavyoandikwa (0712 345 670/1); andika namba moja',
    )
    expect(issueOf(normalizePhone('+44 20 7946 0958/9')).reason).toBe('phone_alternatives')
    expect(normalizePhone('+43 1/234 56 78')).toEqual({ ok: true, value: '4312345678' })
  })

  it.each([
    // "(0)" is no group: the area code after it is the number's second, as after "+49".
    ['+49 (0)35434/1234', '49', '49354341234'],
    ['+44 (0)20/7946 0958', '255', '442079460958'],
    // Groups of 3 and 3: "0712 345" alone has too few digits for a Tanzanian or Kenyan number.
    ['0712 345/678', '255', '255712345678'],
    ['0722 123/456', '254', '254722123456'],
    ['712 345/678', '255', '255712345678'],
    ['０７１２ ３４５／６７８', '255', '255712345678'],
  ])('reads %s with %s as one number: its slash writes no second one', (input, defaultCountryCode, expected) => {
    expect(normalizePhone(input, { defaultCountryCode })).toEqual({ ok: true, value: expected })
  })

  it('refuses a slash where the lengths read it as two numbers, or tell nothing', () => {
    // "0712 345 670" is a whole Tanzanian number, and "0712 345 6701" none.
    for (const [input, defaultCountryCode] of [
      ['0712 345 670/1', '255'],
      ['022 2110 811/2', '255'],
      ['030 1234567/8', '49'],
    ] as const) {
      expect([input, issueOf(normalizePhone(input, { defaultCountryCode })).reason]).toEqual([
        input,
        'phone_alternatives',
      ])
    }
    // Two whole numbers either side: refused naming both.
    expect(issueOf(normalizePhone('0712345678/0754123456'))).toMatchObject({
      reason: 'phone_several_numbers',
      params: { readings: ['255712345678', '255754123456'] },
    })
  })

  it.each([
    // Copied from WhatsApp or a phone's contacts: direction marks around the number.
    ['\u202a+255 712 345 678\u202c', '255', '255712345678'],
    ['\u2066+234 803 123 4567\u2069', '255', '2348031234567'],
    ['\u200e0712 345 678\u200e', '255', '255712345678'],
    // The country code in parentheses with its +.
    ['(+255) 712 345 678', '255', '255712345678'],
    ['(+234) 0803 123 4567', '255', '2348031234567'],
    ['(+91) 98765-43210', '255', '919876543210'],
    // Digits of another script: Arabic-Indic, Devanagari, Bengali, full-width.
    ['٠٧١٢ ٣٤٥ ٦٧٨', '255', '255712345678'],
    ['+٢٥٥ ٧١٢ ٣٤٥ ٦٧٨', '255', '255712345678'],
    ['९८७६५ ४३२१०', '91', '919876543210'],
    ['०९८७६ ५४३२१ ०', '91', '919876543210'],
    ['+৯১ ৯৮৭৬৫ ৪৩২১০', '255', '919876543210'],
    ['０７１２ ３４５ ６７８', '255', '255712345678'],
    // Full-width punctuation, as a Chinese or Japanese keyboard types it, and the ideographic space.
    ['＋８１\u3000３－１２３４－５６７８', '255', '81312345678'],
    ['（０３）１２３４－５６７８', '81', '81312345678'],
    ['＋８６ １３８．１２３４．５６７８', '255', '8613812345678'],
    ['（＋２５５）７１２／３４５６７８', '34', '255712345678'],
    // ー, the katakana long-vowel mark a Japanese keyboard types for a dash.
    ['０９０ー１２３４ー５６７８', '81', '819012345678'],
    // A slash between area code and number, as Germany writes them.
    ['030/1234567', '49', '49301234567'],
    ['+49 (0)30/1234567', '255', '49301234567'],
    ['0171/1234567', '49', '491711234567'],
  ])('reads %s (default %s) as a clerk typed or pasted it → %s', (input, defaultCountryCode, expected) => {
    expect(normalizePhone(input, { defaultCountryCode })).toEqual({ ok: true, value: expected })
  })

  it('refuses a + anywhere but first, and + with 00', () => {
    expect(messageOf(normalizePhone('255+712345678'))).toBe('Phone number has a + that is not at the start')
    expect(messageOf(normalizePhone('++255712345678'))).toBe('Phone number has a + that is not at the start')
    expect(messageOf(normalizePhone('+00255712345678'))).toBe(
      'Phone number starts with both + and 00; write only one of them',
    )
  })

  it('refuses unbalanced or nested parentheses', () => {
    expect(messageOf(normalizePhone('(0712 345678'))).toBe('Phone number has a ( without a matching )')
    expect(messageOf(normalizePhone('0712) 345678'))).toBe('Phone number has a ) without a matching (')
    expect(messageOf(normalizePhone('((0712)) 345678'))).toBe('Phone number has a ( inside parentheses')
  })

  it('refuses separators without digits', () => {
    expect(messageOf(normalizePhone('+ - ()'))).toBe('Phone number has no digits')
  })

  it('refuses a national number of the wrong length', () => {
    const result = normalizePhone('0712 345 67')
    expect(messageOf(result)).toBe('A +255 number has 9 digits after the leading 0; this one has 8')
    expect(result.ok || result.issue).toMatchObject({ limit: 9, actual: 8 })
    expect(messageOf(normalizePhone('0712 345 6789'))).toBe(
      'A +255 number has 9 digits after the leading 0; this one has 10',
    )
    expect(messageOf(normalizePhone('71234567'))).toBe(
      'Phone number has 8 digits; a +255 number has 9 (10 with the leading 0)',
    )
  })

  it('refuses a known country number of the wrong length', () => {
    expect(messageOf(normalizePhone('+255 712 345 67'))).toBe(
      'A +255 number has 9 digits after the country code; this one has 8',
    )
    expect(messageOf(normalizePhone('+1 415 555 010'))).toBe(
      'A +1 number has 10 digits after the country code; this one has 9',
    )
  })

  it('refuses a national number of the wrong length after a trunk 0 typed behind the country code', () => {
    expect(messageOf(normalizePhone('+255 0712 345 6789'))).toBe(
      'A +255 number has 9 digits after the country code; this one has 10',
    )
  })

  it('refuses a country code starting with 0', () => {
    expect(messageOf(normalizePhone('+0712345678'))).toBe('A country code never starts with 0')
    expect(messageOf(normalizePhone('000712345678', { defaultCountryCode: '44' }))).toBe(
      'A country code never starts with 0',
    )
    // Where 000 is the international prefix (Tanzania's), the digits after it are the number.
    expect(messageOf(normalizePhone('0000712345678'))).toBe('A country code never starts with 0')
  })

  it('refuses too few or too many digits for E.164', () => {
    const short = normalizePhone('+359 12')
    expect(messageOf(short)).toBe('Phone number has 5 digits; a full number with its country code has 7–15')
    expect(short.ok || short.issue).toMatchObject({ limit: 7, actual: 5 })
    const long = normalizePhone('+44 1234 5678 9012 34')
    expect(messageOf(long)).toBe('Phone number has 16 digits; a full number with its country code has 7–15')
    expect(long.ok || long.issue).toMatchObject({ limit: 15, actual: 16 })
  })

  it('refuses a non-string without throwing', () => {
    expect(messageOf(normalizePhone(undefined as unknown as string))).toBe('Phone number must be text')
  })

  it('takes null options as none, as it takes undefined', () => {
    // A JavaScript caller's "no options" was a TypeError from reading null.
    expect(normalizePhone('0712 345 678', null as unknown as undefined)).toEqual({ ok: true, value: '255712345678' })
  })

  it('throws on an invalid default country code, a programming error', () => {
    expect(() => normalizePhone('0712345678', { defaultCountryCode: '+255' })).toThrow(TypeError)
    expect(() => normalizePhone('0712345678', { defaultCountryCode: '0' })).toThrow(/1–3 digits/)
    expect(() => normalizePhone('0712345678', { defaultCountryCode: '2555' })).toThrow(/got "2555"/)
  })
})

describe('normalizePhone — properties', () => {
  it('never throws, and every value it returns is E.164 digits Briq accepts', () => {
    const typed = fc.string({
      unit: fc.constantFrom('0', '1', '2', '5', '7', '9', '+', ' ', '-', '.', '(', ')', 'a', '#', '\u00a0'),
    })
    fc.assert(
      // Plain checks, not expect(): 3000 runs of three expect() calls took 1.2 s (over 5 s on a
      // loaded machine), 25 times the property's own work; fast-check reports a false return
      // with its counterexample all the same.
      fc.property(fc.oneof(typed, fc.string({ unit: anyCodePoint })), (input) => {
        const result = normalizePhone(input)
        if (!result.ok) return result.issue.message.length > 0
        return /^[1-9]\d{6,14}$/.test(result.value) && BRIQ_PHONE_PATTERN.test(result.value)
      }),
      { numRuns: 3000 },
    )
  })

  it('is idempotent and ignores formatting around the same digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{8}$/), fc.constantFrom(' ', '-', '.', ''), (national, separator) => {
        const spaced = `0${national.slice(0, 3)}${separator}${national.slice(3, 6)}${separator}${national.slice(6)}`
        const result = normalizePhone(spaced)
        expect(result).toEqual({ ok: true, value: `255${national}` })
        if (result.ok) expect(normalizePhone(result.value)).toEqual(result)
        expect(normalizePhone(`+255 ${national}`)).toEqual(result)
      }),
    )
  })
})

describe('normalizePhone — a long paste', () => {
  it('refuses more digits than any number has with the digit count, without reading them', () => {
    // A 10 MB paste took 0.9 s to read digit by digit before it was refused.
    const result = normalizePhone('0712 345 678'.repeat(1_000_000))
    expect(result).toEqual({
      ok: false,
      issue: expect.objectContaining({
        code: 'invalid_phone',
        reason: 'phone_length',
        limit: 15,
        actual: 10_000_000,
        message: 'Phone number has 10000000 digits; a full number with its country code has 7–15',
      }),
    })
  })
})
