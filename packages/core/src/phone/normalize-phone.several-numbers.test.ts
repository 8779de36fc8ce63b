import { describe, expect, it } from 'vitest'
import { formatIssue } from '../i18n/format-issue.ts'
import { coreMessagesSw } from '../i18n/messages-sw.ts'
import { type NormalizePhoneResult, normalizePhone } from './normalize-phone.ts'

function issueOf(result: NormalizePhoneResult) {
  if (result.ok) throw new Error(`expected a failure, got ${result.value}`)
  return result.issue
}

const TWO = ['255712345678', '255713345678']

describe('normalizePhone — several numbers in one field', () => {
  it('refuses two numbers pasted with " / ", naming both, in Swahili too', () => {
    const issue = issueOf(normalizePhone('0712 345 678 / 0713 345 678'))
    expect(issue).toMatchObject({
      code: 'invalid_phone',
      reason: 'phone_several_numbers',
      path: [],
      params: { readings: TWO },
    })
    expect(issue.message).toBe('Phone number holds 2 numbers (+255712345678 and +255713345678); write one of them')
    expect(formatIssue(issue, coreMessagesSw)).toBe(
      'Namba ya simu ina namba 2 (+255712345678 na +255713345678); andika mojawapo tu',
    )
  })

  it.each([
    ['/', '0712 345 678/0713 345 678'],
    ['a comma', '0712 345 678, 0713 345 678'],
    ['a semicolon', '0712 345 678; 0713 345 678'],
    ['a bar', '0712 345 678 | 0713 345 678'],
    ['"or"', '0712 345 678 or 0713 345 678'],
    ['"au"', '0712 345 678 au 0713 345 678'],
    ['a spaced dash', '0712 345 678 – 0713 345 678'],
    ['a line break', '0712 345 678\n0713 345 678'],
    ['a Windows line break', '0712 345 678\r\n0713 345 678'],
    ['a tab, as from a spreadsheet', '0712345678\t0713345678'],
    ['an ideographic comma', '0712 345 678、0713 345 678'],
    ['a full-width comma', '０７１２ ３４５ ６７８，０７１３ ３４５ ６７８'],
    ['an Arabic comma', '0712 345 678 ، 0713 345 678'],
  ])('refuses two numbers parted by %s', (_, input) => {
    expect(issueOf(normalizePhone(input))).toMatchObject({
      reason: 'phone_several_numbers',
      params: { readings: TWO },
    })
  })

  // A browser's one-line field turns a pasted line break into a space (Chromium's, Firefox's).
  it.each([
    ['0712 345 678 0713 345 678', '255', TWO],
    ['0712345678 0713345678', '255', TWO],
    ['+255 712 345 678 +255 713 345 678', '255', TWO],
    ['+254 712 345 678 0713 345 678', '255', ['254712345678', '255713345678']],
    ['(0712) 345 678 (0713) 345 678', '255', TWO],
    // The fewest numbers: "0803 123" alone is a Nigerian fixed line, "4567 0803 123 4568" none.
    ['0803 123 4567 0803 123 4568', '234', ['2348031234567', '2348031234568']],
    ['020 7946 0958 020 7946 0959', '44', ['442079460958', '442079460959']],
  ])('refuses %s with %s, numbers parted by spaces only, as %j', (input, defaultCountryCode, readings) => {
    expect(issueOf(normalizePhone(input, { defaultCountryCode }))).toMatchObject({
      reason: 'phone_several_numbers',
      params: { readings },
    })
  })

  // Two lines of a list whose numbers differ in length: a Brazilian fixed line (10 digits) and
  // mobile (11), a New York and a Dar es Salaam number, each begun with "(" or "+", as no group
  // inside one number is.
  it.each([
    ['(11) 2345-6789 (11) 98765-4321', '55', ['551123456789', '5511987654321']],
    ['+55 11 2345 6789 +55 11 98765 4321', '55', ['551123456789', '5511987654321']],
    ['+1 415 555 0100 +255 712 345 678', '255', ['14155550100', '255712345678']],
    ['+234 803 123 4567 +234 1 234 5678', '234', ['2348031234567', '23412345678']],
  ])('refuses %s with %s, numbers of two lengths parted by a space, as %j', (input, defaultCountryCode, readings) => {
    expect(issueOf(normalizePhone(input, { defaultCountryCode }))).toMatchObject({
      reason: 'phone_several_numbers',
      params: { readings },
    })
  })

  it('reads the same number written twice as that one number', () => {
    for (const input of [
      '0712 345 678 / 0712 345 678',
      '0712 345 678 0712 345 678',
      '0712 345 678\n+255 712 345 678',
      '+255712345678, 0712345678',
    ]) {
      expect(normalizePhone(input)).toEqual({ ok: true, value: '255712345678' })
    }
    expect(normalizePhone('(11) 98765-4321 (11) 98765-4321', { defaultCountryCode: '55' })).toEqual({
      ok: true,
      value: '5511987654321',
    })
    // Two numbers, one of them written twice: each named once.
    const issue = issueOf(normalizePhone('0712 345 678, 0713 345 678, 0712 345 678'))
    expect(issue.params?.readings).toEqual(TWO)
    expect(issue.message).toBe('Phone number holds 2 numbers (+255712345678 and +255713345678); write one of them')
  })

  it('takes no number too long for several parted by spaces', () => {
    // A list's numbers are alike; these parts are not, in length or in beginning with 0.
    expect(issueOf(normalizePhone('030 1234 5678 9012', { defaultCountryCode: '49' })).reason).toBe('phone_length')
    expect(issueOf(normalizePhone('0803 123 45678 901', { defaultCountryCode: '234' })).reason).toBe('phone_length')
    expect(issueOf(normalizePhone('0712 345 678 712 345 67')).reason).toBe('phone_national_length_after_zero')
    expect(issueOf(normalizePhone('0712 345 678 9')).reason).toBe('phone_national_length_after_zero')
    // Not begun with "+" or "(" each: lengths that differ leave the text one number too long.
    expect(issueOf(normalizePhone('0803 123 4567 01 234 5678', { defaultCountryCode: '234' })).reason).toBe(
      'phone_length',
    )
    expect(issueOf(normalizePhone('(0712) 345 678 (0713) 345 6789')).reason).toBe('phone_national_length_after_zero')
  })

  it('names each number as it will be sent, whatever its country, and three with a list', () => {
    expect(issueOf(normalizePhone('+254 712 345 678 / 0713 345 678')).params?.readings).toEqual([
      '254712345678',
      '255713345678',
    ])
    const three = issueOf(normalizePhone('0712 345 678, 0713 345 678, 0714 345 678'))
    expect(three.message).toBe(
      'Phone number holds 3 numbers (+255712345678, +255713345678 and +255714345678); write one of them',
    )
    expect(formatIssue(three, coreMessagesSw)).toContain('(+255712345678, +255713345678 na +255714345678)')
  })

  it('keeps the whole text’s reason where a part is no number', () => {
    // One number with a slash in it, or a range, or words that are no separator.
    expect(normalizePhone('0712 345/678')).toEqual({ ok: true, value: '255712345678' })
    expect(normalizePhone('0712 - 345 - 678')).toEqual({ ok: true, value: '255712345678' })
    expect(issueOf(normalizePhone('0712 345 670/1')).reason).toBe('phone_alternatives')
    expect(issueOf(normalizePhone('0712 345 678 ext 4')).reason).toBe('phone_letters')
    expect(issueOf(normalizePhone('0712 345 678,')).reason).toBe('phone_character')
    expect(issueOf(normalizePhone('0712 345 678 / 0713 345 67')).reason).toBe('phone_national_length_after_zero')
  })

  it('leaves a list of more than five numbers, or a long paste, to the whole text’s reason', () => {
    const six = Array.from({ length: 6 }, (_, index) => `071${index} 345 678`).join('\n')
    expect(issueOf(normalizePhone(six)).reason).toBe('phone_length')
    const five = Array.from({ length: 5 }, (_, index) => `071${index} 345 678`).join('\n')
    expect(issueOf(normalizePhone(five)).params?.readings).toHaveLength(5)
    const spaced = `0712 345 678${' '.repeat(400)}/ 0713 345 678`
    expect(issueOf(normalizePhone(spaced)).reason).toBe('phone_national_length_after_zero')
  })
})
