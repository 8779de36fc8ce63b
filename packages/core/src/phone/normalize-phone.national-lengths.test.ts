import { describe, expect, it } from 'vitest'
import { formatIssue } from '../i18n/format-issue.ts'
import { coreMessagesSw } from '../i18n/messages-sw.ts'
import { type NormalizePhoneResult, normalizePhone } from './normalize-phone.ts'

const read = (input: string, defaultCountryCode?: string): NormalizePhoneResult =>
  normalizePhone(input, defaultCountryCode === undefined ? {} : { defaultCountryCode })

function issueOf(result: NormalizePhoneResult) {
  if (result.ok) throw new Error(`expected a failure, got ${result.value}`)
  return result.issue
}

describe('normalizePhone — digits alone, by the default country’s national lengths', () => {
  it.each([
    // Italy's mobiles 390–393 begin with its code: at a national length (9–10) they are national.
    ['393 123 4567', '39', '393931234567'],
    ['390 123 4567', '39', '393901234567'],
    ['392 123 456', '39', '39392123456'],
    ['333 123 4567', '39', '393331234567'],
    ['803 123', '39', '39803123'],
    ['800 123 456', '39', '39800123456'],
    // Longer, they carry the code.
    ['39 393 123 4567', '39', '393931234567'],
    ['39 312 345 678', '39', '39312345678'],
    ['0039 393 123 4567', '39', '393931234567'],
    ['+39 393 123 4567', '255', '393931234567'],
    // Spain and Portugal: 9 digits are national, whatever they begin with.
    ['612 345 678', '34', '34612345678'],
    ['341 234 567', '34', '34341234567'],
    ['34 612 345 678', '34', '34612345678'],
    ['912 345 678', '351', '351912345678'],
    ['351 234 567', '351', '351351234567'],
    ['351 912 345 678', '351', '351912345678'],
    // More digits than a national number: another country's, written without + (Germany's +49).
    ['49 151 2345 6789', '34', '4915123456789'],
    // Brazil: area code and 9-digit mobile (11) or 8-digit fixed line (10); 55 is also an area code.
    ['(55) 98765-4321', '55', '5555987654321'],
    ['(11) 98765-4321', '55', '5511987654321'],
    ['(11) 3456-7890', '55', '551134567890'],
    // A mobile written before the 9th digit was added is still 10 digits; WhatsApp reads both.
    ['(11) 8765-4321', '55', '551187654321'],
    ['0 11 98765 4321', '55', '5511987654321'],
    ['55 11 98765 4321', '55', '5511987654321'],
    ['0800 123 4567', '55', '558001234567'],
    // Lithuania: 8 digits.
    ['612 34567', '370', '37061234567'],
    ['370 612 34567', '370', '37061234567'],
  ])('%s with %s → %s', (input, defaultCountryCode, expected) => {
    expect(read(input, defaultCountryCode)).toEqual({ ok: true, value: expected })
  })

  it('names the lengths of a country whose numbers have more than one, in English and Swahili', () => {
    const brazilian = issueOf(read('98765-4321', '55'))
    expect(brazilian).toMatchObject({
      reason: 'phone_national_too_short',
      params: { countryCode: '55', min: 10, max: 11 },
      limit: 10,
      actual: 9,
    })
    expect(brazilian.message).toBe('Phone number has 9 digits; a +55 number has 10–11 (11–12 with the leading 0)')
    expect(formatIssue(brazilian, coreMessagesSw)).toBe(
      'Namba ya simu ina tarakimu 9; namba ya +55 ina 10–11 (11–12 ukiweka 0 mwanzoni)',
    )
    const italian = issueOf(read('80312', '39'))
    expect(italian.message).toBe('Phone number has 5 digits; a +39 number has 6–10')
  })

  it.each([
    ['+55 98765 4321', '55', 9, 'A +55 number has 10–11 digits after the country code; this one has 9'],
    ['+55 11 98765 43210', '55', 12, 'A +55 number has 10–11 digits after the country code; this one has 12'],
    ['+39 393 123 45678', '39', 11, 'A +39 number has 6–10 digits after the country code; this one has 11'],
    ['+34 612 345 67', '34', 8, 'A +34 number has 9 digits after the country code; this one has 8'],
    ['+351 912 345 6789', '351', 10, 'A +351 number has 9 digits after the country code; this one has 10'],
    ['+370 612 3456', '370', 7, 'A +370 number has 8 digits after the country code; this one has 7'],
    ['+375 29 123 45 6', '375', 8, 'A +375 number has 9 digits after the country code; this one has 8'],
    ['+375 29 123 45 678', '375', 10, 'A +375 number has 9 digits after the country code; this one has 10'],
  ])('refuses %s: not a length of +%s numbers', (input, countryCode, actual, message) => {
    const issue = issueOf(read(input))
    expect(issue).toMatchObject({ reason: 'phone_national_length', params: { countryCode }, actual })
    expect(issue.message).toBe(message)
  })

  it('counts Belarus’s freephone and premium numbers, which run other lengths, by the E.164 range only', () => {
    expect(read('+375 800 123 45')).toEqual({ ok: true, value: '37580012345' })
    expect(read('+375 801 123 4567')).toEqual({ ok: true, value: '3758011234567' })
    expect(read('+375 902 123 4567')).toEqual({ ok: true, value: '3759021234567' })
    expect(read('800 123 45', '375')).toEqual({ ok: true, value: '37580012345' })
    expect(issueOf(read('29 123 45 6', '375')).message).toBe(
      'Phone number has 8 digits; a +375 number has 9 (10 with the leading 0)',
    )
  })

  it.each([
    // Kenya's fixed lines outside Nairobi run 7–9 digits, Nairobi's 8–9; DR Congo's 7–10.
    ['+254 45 12345', '255', '2544512345'],
    ['045 12345', '254', '2544512345'],
    ['+254 51 123 456', '255', '25451123456'],
    ['020 123 456', '254', '25420123456'],
    ['+254 20 123 4567', '255', '254201234567'],
    ['+243 12 34567', '255', '2431234567'],
    ['01 234 567', '243', '2431234567'],
    ['+243 88 12345', '255', '2438812345'],
    ['+243 573 123 4567', '255', '2435731234567'],
  ])('reads the fixed line %s with %s, shorter than a mobile: %s', (input, defaultCountryCode, expected) => {
    expect(read(input, defaultCountryCode)).toEqual({ ok: true, value: expected })
  })

  it('keeps a mobile’s length for a Kenyan mobile, and names a fixed line’s own lengths', () => {
    expect(issueOf(read('+254 712 34567')).message).toBe(
      'A +254 number has 9 digits after the country code; this one has 8',
    )
    expect(issueOf(read('0712 34567', '254')).message).toBe(
      'A +254 number has 9 digits after the leading 0; this one has 8',
    )
    expect(issueOf(read('+254 20 12345')).message).toBe(
      'A +254 number has 8–9 digits after the country code; this one has 7',
    )
    expect(issueOf(read('045 1234', '254')).message).toBe(
      'A +254 number has 7–9 digits after the leading 0; this one has 6',
    )
    // Digits alone keep the country's length: "4512345" may be a local number without its area code.
    expect(issueOf(read('4512345', '254')).reason).toBe('phone_national_too_short')
  })

  it('refuses an Italian fixed line with its 0 left out, in English and Swahili', () => {
    // Rome's 06 and Milan's 02 written as other countries' numbers are, without the 0.
    for (const [input, defaultCountryCode] of [
      ['+39 6 1234 5678', '255'],
      ['+39 2 1234 5678', '255'],
      ['0039 91 123 4567', '255'],
      // Naples' 081, Turin's 011, Genoa's 010, Bari's 080, Brescia's 030: no Italian number
      // without 0 begins so.
      ['+39 81 123 4567', '255'],
      ['+39 11 123 4567', '255'],
      ['+39 10 123 4567', '255'],
      ['+39 80 512 3456', '255'],
      ['+39 30 123 4567', '255'],
      // Florence's 055 and Belluno's 0437: numbers beginning with 55 or 43 have 10 digits.
      ['+39 55 123 4567', '255'],
      ['+39 437 123 456', '255'],
      ['6 1234 5678', '39'],
      ['39 6 1234 5678', '39'],
    ] as const) {
      const issue = issueOf(read(input, defaultCountryCode))
      expect([input, issue.reason, issue.params]).toEqual([input, 'phone_zero_left_out', { countryCode: '39' }])
    }
    const issue = issueOf(read('+39 6 1234 5678'))
    expect(issue.message).toBe('A +39 number keeps its leading 0 after the country code; put the 0 back')
    expect(formatIssue(issue, coreMessagesSw)).toBe(
      'Namba ya +39 huweka 0 yake ya mwanzo baada ya msimbo wa nchi; rudisha 0 hiyo',
    )
    // Italy's numbers that do not begin with 0: mobiles, freephone, VoIP, shared-cost, premium, personal.
    for (const input of [
      '+39 312 345 6789',
      '+39 800 123 456',
      '+39 55 1234 5678',
      '+39 43 1234 5678',
      '+39 199 123 456',
      '+39 803 123',
      '+39 178 123 4567',
      '+39 840 123 456',
      '+39 892 123',
      '+39 166 123 456',
    ]) {
      expect([input, read(input).ok]).toEqual([input, true])
    }
  })

  it('counts an Italian fixed line, which begins with 0, by the E.164 range only', () => {
    expect(read('+39 0471 123 4567')).toEqual({ ok: true, value: '3904711234567' })
    expect(read('02 1234 5678', '39')).toEqual({ ok: true, value: '390212345678' })
  })

  it.each([
    // A carrier's code after the trunk 0 (21 Embratel, 15 Vivo, 41 TIM), or xx in its place.
    ['0 21 11 98765 4321', '5511987654321'],
    ['0 15 21 2345 6789', '552123456789'],
    ['041 (61) 3456-7890', '556134567890'],
    ['(0xx11) 98765-4321', '5511987654321'],
    ['(0XX21) 2345-6789', '552123456789'],
    ['0 xx 11 98765 4321', '5511987654321'],
    // 00 and a carrier, where 00 and a code is no number.
    ['00 14 1 212 555 0100', '12125550100'],
    ['0055 351 912 345 678', '351912345678'],
    ['00 21 1 212 555 0100', '12125550100'],
    // Embratel's 21 after 00: no +213 number has 11 digits, and +214 is no country's code.
    ['00 21 351 912 345 678', '351912345678'],
    ['00 21 44 20 7946 0958', '442079460958'],
    ['00 21 49 30 1234567', '49301234567'],
    // 00 and a code that is a number is read so, where the carrier's reading is none (+44 668 1800,
    // +20 1234567, +61 234567 are too short).
    ['0041 44 668 1800', '41446681800'],
    ['0031 20 123 4567', '31201234567'],
    ['0065 6123 4567', '6561234567'],
    ['0055 11 98765 4321', '5511987654321'],
    // Morocco and Algeria with 00, whose reading through carrier 21 is too short for Madagascar
    // (+261 2345678), Albania (+355 1234567) and Monaco (+377 1234567).
    ['00 212 6 12 34 56 78', '212612345678'],
    ['00 213 5 51 23 45 67', '213551234567'],
    ['00 213 7 71 23 45 67', '213771234567'],
    // Brazil's own numbers written with 0055, where carrier 55 and the rest may be another
    // country's number too (+31 Netherlands, +51 Peru, +81 Japan, +41 Switzerland, +7 Russia…):
    // 00 and Brazil's code reach nothing dialled in Brazil, so the digits are the number's
    // international form.
    ['0055 85 98765 4321', '5585987654321'],
    ['0055 42 98765 4321', '5542987654321'],
    ['0055 31 98765 4321', '5531987654321'],
    ['0055 51 98765 4321', '5551987654321'],
    ['0055 81 98765 4321', '5581987654321'],
    ['0055 41 99876 5432', '5541998765432'],
    ['0055 47 98765 4321', '5547987654321'],
    ['0055 48 98765 4321', '5548987654321'],
    ['0055 27 98765 4321', '5527987654321'],
    ['0055 62 98765 4321', '5562987654321'],
    ['0055 73 98765 4321', '5573987654321'],
    ['0055 75 98765 4321', '5575987654321'],
    ['0055 77 98765 4321', '5577987654321'],
    ['0055 31 3456 7890', '553134567890'],
    ['0055 22 2345 6789', '552223456789'],
  ])('reads Brazil’s %s with 55 → %s', (input, expected) => {
    expect(read(input, '55')).toEqual({ ok: true, value: expected })
  })

  // Only a mobile has 11 digits, with 9 after its area code: +55 12 125550100 is none.
  it('reads 0055 1 212 555 0100 as New York through carrier 55', () => {
    expect(read('0055 1 212 555 0100', '55')).toEqual({ ok: true, value: '12125550100' })
  })

  it('refuses 0043 664 123 4567, a Vienna mobile or a Thai number through carrier 43', () => {
    expect(issueOf(read('0043 664 123 4567', '55')).message).toBe(
      'Phone number starting 0043 can be more than one number (+436641234567 or +6641234567); write it with + and its country code',
    )
  })

  it('takes no carrier code where the rest is no Brazilian number, nor xx elsewhere', () => {
    // A Rio mobile with a digit too many; 20 is no carrier; 2-digit area code 10 is none.
    expect(issueOf(read('0 21 98765 43210', '55')).reason).toBe('phone_national_length_after_zero')
    expect(issueOf(read('0 20 11 98765 4321', '55')).reason).toBe('phone_national_length_after_zero')
    expect(issueOf(read('0 21 10 98765 4321', '55')).reason).toBe('phone_national_length_after_zero')
    expect(issueOf(read('(0xx11) 98765-4321', '255')).reason).toBe('phone_letters')
    expect(issueOf(read('(011) 98765-43xx', '55')).reason).toBe('phone_letters')
  })

  it('refuses a Brazilian number too long after its trunk 0, in Swahili too', () => {
    const issue = issueOf(read('0 11 98765 43210', '55'))
    expect(issue.message).toBe('A +55 number has 10–11 digits after the leading 0; this one has 12')
    expect(formatIssue(issue, coreMessagesSw)).toBe('Namba ya +55 ina tarakimu 10–11 baada ya 0 ya mwanzo; hii ina 12')
  })
})
