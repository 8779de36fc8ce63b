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

describe('normalizePhone — the trunk prefix after the country code', () => {
  it.each([
    // A trunk 0, whatever the length of the country code.
    ['+255 0712 345 678', '255712345678'],
    ['+254 0722 123 456', '254722123456'],
    ['+256 0772 123 456', '256772123456'],
    ['+234 0803 123 4567', '2348031234567'],
    ['00234 0803 123 4567', '2348031234567'],
    ['+234 (0)803 123 4567', '2348031234567'],
    ['+233 024 123 4567', '233241234567'],
    ['+380 050 123 4567', '380501234567'],
    ['+27 082 123 4567', '27821234567'],
    ['+44 07911 123456', '447911123456'],
    ['+375 029 123 45 67', '375291234567'],
    // Hungary's 06.
    ['+36 06 30 123 4567', '36301234567'],
    ['+36 (06) 1 234 5678', '3612345678'],
    ['+36 30 123 4567', '36301234567'],
    // Russia's and Kazakhstan's 8, only in front of a whole number: 812… is St Petersburg.
    ['+7 8 912 345 67 89', '79123456789'],
    ['+7 8 812 123 45 67', '78121234567'],
    ['+7 812 123 45 67', '78121234567'],
    ['+7 8 701 123 45 67', '77011234567'],
    // Turkmenistan's 8.
    ['+993 8 65 123456', '99365123456'],
    // Belarus dials 8 and the area code's 0; Lithuania's former 8; the NANP's 1.
    ['+375 8 029 123 45 67', '375291234567'],
    ['+375 8 017 123 45 67', '375171234567'],
    // …and 8 alone before its freephone and premium numbers (8…, 902…), which no other begins so.
    ['+375 8 801 100 1234', '3758011001234'],
    ['+375 8 902 123 4567', '3759021234567'],
    ['+375 800 123 45', '37580012345'],
    ['+370 8 612 34567', '37061234567'],
    ['+370 0 612 34567', '37061234567'],
    ['+1 1 415 555 0100', '14155550100'],
    ['001 1 (415) 555-0100', '14155550100'],
    // Where numbers begin with 0, the 0 is the number's own.
    ['+225 07 08 12 34 56', '2250708123456'],
    ['+229 01 97 12 34 56', '2290197123456'],
    ['+242 06 123 4567', '242061234567'],
    ['+241 06 03 12 34', '24106031234'],
    ['+39 06 6982 1234', '390669821234'],
    ['+378 0549 886377', '3780549886377'],
    // No trunk prefix: the digits as typed.
    ['+1 415 555 0100', '14155550100'],
    ['+34 612 345 678', '34612345678'],
    ['+351 912 345 678', '351912345678'],
    ['+30 694 123 4567', '306941234567'],
    ['+47 412 34 567', '4741234567'],
    ['+45 32 12 34 56', '4532123456'],
  ])('%s → %s', (input, expected) => {
    expect(read(input)).toEqual({ ok: true, value: expected })
  })

  it.each([
    ['+34 0612 345 678', '34'],
    ['+1 0415 555 0100', '1'],
    ['+351 0912 345 678', '351'],
    ['+30 0694 123 4567', '30'],
    ['+45 032 12 34 56', '45'],
    ['+7 0912 345 67 89', '7'],
    ['+36 0 30 123 4567', '36'],
    ['0034 0612 345 678', '34'],
  ])('refuses %s: a 0 where +%s numbers have none, neither dropped nor kept', (input, countryCode) => {
    const issue = issueOf(read(input))
    expect(issue).toMatchObject({
      code: 'invalid_phone',
      path: [],
      reason: 'phone_stray_zero',
      params: { countryCode },
    })
    expect(issue.message).toBe(`A +${countryCode} number takes no leading 0; leave the 0 out`)
    expect(formatIssue(issue, coreMessagesSw)).toBe(`Namba ya +${countryCode} haitumii 0 ya mwanzo; ondoa 0 hiyo`)
  })
})

describe('normalizePhone — the default country’s trunk prefix', () => {
  it.each([
    ['0712 345 678', '255', '255712345678'],
    ['0722 123 456', '254', '254722123456'],
    ['0803 123 4567', '234', '2348031234567'],
    ['024 123 4567', '233', '233241234567'],
    ['8 912 345 67 89', '7', '79123456789'],
    ['8 (812) 123-45-67', '7', '78121234567'],
    ['812 123 45 67', '7', '78121234567'],
    ['912 345 67 89', '7', '79123456789'],
    ['06 30 123 4567', '36', '36301234567'],
    ['8 65 123456', '993', '99365123456'],
    ['07 08 12 34 56', '225', '2250708123456'],
    ['01 97 12 34 56', '229', '2290197123456'],
    ['06 123 4567', '242', '242061234567'],
    ['06 6982 1234', '39', '390669821234'],
    ['0549 886377', '378', '3780549886377'],
    ['(415) 555-0100', '1', '14155550100'],
    ['1 415 555 0100', '1', '14155550100'],
    ['1 (415) 555-0100', '1', '14155550100'],
    // Belarus: 8 and the area code with its 0, or the 0 alone; a freephone 801… keeps its 8.
    ['8 029 123 45 67', '375', '375291234567'],
    ['8 (029) 123-45-67', '375', '375291234567'],
    ['8 017 123 45 67', '375', '375171234567'],
    ['029 123 45 67', '375', '375291234567'],
    ['29 123 45 67', '375', '375291234567'],
    ['801 123 4567', '375', '3758011234567'],
    ['8 801 100 1234', '375', '3758011001234'],
    ['8 902 123 4567', '375', '3759021234567'],
    ['8 800 123', '375', '375800123'],
    // Lithuania: 0 today, 8 before; its freephone 800… keeps its 8.
    ['8 612 34567', '370', '37061234567'],
    ['8 (612) 34567', '370', '37061234567'],
    ['0 612 34567', '370', '37061234567'],
    ['612 34567', '370', '37061234567'],
    ['800 12345', '370', '37080012345'],
    ['8 800 12345', '370', '37080012345'],
  ])('%s with %s → %s', (input, defaultCountryCode, expected) => {
    expect(read(input, defaultCountryCode)).toEqual({ ok: true, value: expected })
  })

  it.each([
    ['0612 345 678', '34'],
    ['0415 555 0100', '1'],
    ['0912 345 67 89', '7'],
  ])('refuses %s with %s: that country has no trunk 0', (input, countryCode) => {
    expect(issueOf(read(input, countryCode))).toMatchObject({ reason: 'phone_stray_zero', params: { countryCode } })
  })

  it('counts a short number with the trunk prefix its country dials, or none', () => {
    const russian = issueOf(read('912 345 67', '7'))
    expect(russian.message).toBe('Phone number has 8 digits; a +7 number has 10 (11 with the leading 8)')
    expect(formatIssue(russian, coreMessagesSw)).toBe(
      'Namba ya simu ina tarakimu 8; namba ya +7 ina 10 (11 ukiweka 8 mwanzoni)',
    )
    expect(issueOf(read('415 555 010', '1')).message).toBe(
      'Phone number has 9 digits; a +1 number has 10 (11 with the leading 1)',
    )
    expect(issueOf(read('712 345 67')).message).toBe(
      'Phone number has 8 digits; a +255 number has 9 (10 with the leading 0)',
    )
  })
})

describe('normalizePhone — the default country’s own international prefix', () => {
  it.each([
    ['000 255 712 345 678', '254', '255712345678'],
    ['000 254 722 123 456', '255', '254722123456'],
    ['000 44 20 7946 0958', '256', '442079460958'],
    // Rwanda's, since 2009; 00 is read there too.
    ['000 255 712 345 678', '250', '255712345678'],
    ['00 255 712 345 678', '250', '255712345678'],
    ['011 44 20 7946 0958', '1', '442079460958'],
    ['8 10 44 20 7946 0958', '7', '442079460958'],
    ['810 375 29 123 45 67', '375', '375291234567'],
    // 00 is read everywhere, and a national number is not taken for the prefix.
    ['00 44 20 7946 0958', '234', '442079460958'],
    ['0909 123 4567', '234', '2349091234567'],
    ['8 912 345 67 89', '7', '79123456789'],
  ])('%s with %s → %s', (input, defaultCountryCode, expected) => {
    expect(read(input, defaultCountryCode)).toEqual({ ok: true, value: expected })
  })

  // Nigeria's own 009 is also 00 and a code starting with 9: read as 00 where the 009 reading is
  // no number (+7 1…, +66 5…: Russia, Kazakhstan and Thailand have none), so a Gulf or Turkish
  // number written with 00 is not sent to +7, +66 or refused.
  it.each([
    ['00971 50 123 4567', '971501234567'],
    ['00966 50 123 4567', '966501234567'],
    ['0090 532 123 4567', '905321234567'],
  ])('reads %s with 234 as 00 and the country code', (input, expected) => {
    expect(read(input, '234')).toEqual({ ok: true, value: expected })
  })

  // Where both are numbers the digits are either, and neither is guessed at: Denmark's and
  // Norway's 8 digits after 009 are a 9-digit Sri Lankan number after 0094, India's 10 after 0091
  // the NANP's 10 after 009 1.
  it.each([
    ['009 45 20 12 34 56', '+94520123456 or +4520123456'],
    ['009 47 412 34 567', '+94741234567 or +4741234567'],
    ['009 1 415 555 0100', '+914155550100 or +14155550100'],
    ['0091 98765 43210', '+919876543210 or +19876543210'],
    ['0094 77 123 4567', '+94771234567 or +4771234567'],
  ])('refuses %s with 234, which can be %s', (input, numbers) => {
    const issue = issueOf(read(input, '234'))
    expect(issue).toMatchObject({ code: 'invalid_phone', reason: 'phone_prefix_ambiguous', path: [] })
    expect(issue.message).toBe(
      `Phone number starting 009 can be more than one number (${numbers}); write it with + and its country code`,
    )
  })

  it('words an ambiguous prefix in Swahili, and lists three numbers', () => {
    expect(formatIssue(issueOf(read('009 45 20 12 34 56', '234')), coreMessagesSw)).toBe(
      'Namba ya simu inayoanza na 009 inaweza kuwa zaidi ya namba moja (+94520123456 au +4520123456); iandike na + na msimbo wa nchi yake',
    )
    const three = { ...issueOf(read('009 45 20 12 34 56', '234')) }
    three.params = { ...three.params, readings: ['1', '2', '3'] }
    expect(formatIssue(three)).toContain('(+1, +2 or +3)')
    expect(formatIssue(three, coreMessagesSw)).toContain('(+1, +2 au +3)')
  })

  // …but where 00 and a +9x code is no number, 009 is Nigeria's own prefix: a Nigerian dialling
  // London, Berlin or Paris went to Sri Lanka (+94) or Afghanistan (+93), whose numbers have 9 digits.
  it.each([
    ['009 44 20 7946 0958', '442079460958'],
    ['009 49 30 1234567', '49301234567'],
    ['009 33 6 12 34 56 78', '33612345678'],
    ['009 39 06 1234 5678', '390612345678'],
    ['0093 70 123 4567', '93701234567'],
    // Beijing, Tokyo, Seoul, Dhaka, Accra and Yaoundé: no number of Iran (+98) or Pakistan (+92)
    // has these digits.
    ['009 86 138 1234 5678', '8613812345678'],
    ['009 81 90 1234 5678', '819012345678'],
    ['009 82 10 1234 5678', '821012345678'],
    ['009 880 1712 345678', '8801712345678'],
    ['009 233 24 123 4567', '233241234567'],
    ['009 237 6 71 23 45 67', '237671234567'],
    ['0092 300 1234567', '923001234567'],
    // India's mobiles no NANP number can be after 009 1: an exchange beginning 0 or 1, an N11,
    // N9X or 96X area code (NANPA's plan). And Iran's after 009 8: +89 is a spare code.
    ['0091 98710 12345', '919871012345'],
    ['0091 98751 12345', '919875112345'],
    ['0091 99123 45678', '919912345678'],
    ['0091 91123 45678', '919112345678'],
    ['0091 96123 45678', '919612345678'],
    ['0098 912 345 6789', '989123456789'],
    // Mashhad and Bojnurd: +851 and +858 are spare codes.
    ['0098 51 3123 4567', '985131234567'],
    ['0098 58 1234 5678', '985812345678'],
    // Pakistan's 11 and 12 digits from 2 to 8 are UAN (111 after the area code) and freephone 800
    // numbers only: Nairobi, Dar es Salaam, Abidjan after 009 are no +92 numbers, and +28 is spare.
    ['009 254 712 345 678', '254712345678'],
    ['009 255 712 345 678', '255712345678'],
    ['009 225 07 08 12 34 56', '2250708123456'],
    ['0092 800 1234 5678', '9280012345678'],
    // Johannesburg, Cape Town, a South African and a Beninese mobile: no Pakistani number begins
    // 711, 721, 78 or 299 (its area codes and the 2–9 after them, libphonenumber's PK).
    ['009 27 11 234 5678', '27112345678'],
    ['009 27 21 123 4567', '27211234567'],
    ['009 27 82 123 4567', '27821234567'],
    ['009 229 97 12 34 56', '22997123456'],
    // Islamabad and Multan stay Pakistan's.
    ['0092 51 234 5678', '92512345678'],
    ['0092 61 451 2345', '92614512345'],
  ])('reads %s with 234 by the reading that is a number', (input, expected) => {
    expect(read(input, '234')).toEqual({ ok: true, value: expected })
  })

  it('reads the 007 Kenya and Uganda dial for Tanzania, which no +7 number can be', () => {
    expect(read('007 712 345 678', '256')).toEqual({ ok: true, value: '255712345678' })
    expect(read('007 222 123 456', '254')).toEqual({ ok: true, value: '255222123456' })
    // A Russian number written with 00 is still one, and Tanzania's own 007 is nothing.
    expect(read('007 912 345 67 89', '256')).toEqual({ ok: true, value: '79123456789' })
    expect(issueOf(read('007 712 345 678', '255')).reason).toBe('phone_national_length')
    // Neither reading a number: the 00 one's reason.
    expect(issueOf(read('007 712 345 67', '256')).message).toBe(
      'A +7 number has 10 digits after the country code; this one has 8',
    )
  })

  // Tanzania's 005 and 006 (Kenya, Uganda) and Kenya's 006: a number written with 00 went there
  // ("005 712 345 678" to +57 12345678, "006 772 123 456" to the Solomon Islands' +677).
  it.each([
    ['005 712 345 678', '255', '254712345678'],
    ['0065 9123 4567', '255', '6591234567'],
    ['0057 321 123 4567', '255', '573211234567'],
    ['0066 81 234 5678', '254', '66812345678'],
  ])('reads the East African %s with %s by the reading that is a number', (input, defaultCountryCode, expected) => {
    expect(read(input, defaultCountryCode)).toEqual({ ok: true, value: expected })
  })

  it.each([
    // A Kenyan 011… after 005, or a Lima number (+51 1…) written with 00.
    ['005 110 123 456', '255', '+5110123456 or +254110123456'],
    // A Ugandan 77… after 006, or a Solomon Islands number (+677) written with 00.
    ['006 772 123 456', '254', '+6772123456 or +256772123456'],
  ])('refuses %s with %s, which can be %s', (input, defaultCountryCode, numbers) => {
    expect(issueOf(read(input, defaultCountryCode)).message).toContain(`(${numbers})`)
  })

  // Colombia dials 00 and a carrier's 5, 7 or 9: "009 44…" is London, not +94 4…
  it.each([
    ['009 44 20 7946 0958', '442079460958'],
    ['007 1 212 555 0100', '12125550100'],
    ['00456 44 20 7946 0958', '442079460958'],
    // Madrid through carrier 5: no Cuban number (+53) has 10 digits; Mexico City, Caracas: no
    // Brazilian (+55) number of 11 digits has no 9 after its area code.
    ['005 34 612 345 678', '34612345678'],
    ['005 52 55 1234 5678', '525512345678'],
    ['005 58 412 123 4567', '584121234567'],
    ['0044 20 7946 0958', '442079460958'],
    // Mar del Plata and Mendoza: no +422 or +426 through carrier 5, both spare codes.
    ['0054 223 495 1234', '542234951234'],
    ['0054 261 423 4567', '542614234567'],
    // Colombia's own mobile and Bogotá's fixed line written with 0057, no +7 310… or +7 601…
    // through carrier 5: 00 and Colombia's code reach nothing dialled in Colombia.
    ['0057 310 123 4567', '573101234567'],
    ['0057 601 234 5678', '576012345678'],
  ])('reads Colombia’s %s with 57 → %s', (input, expected) => {
    expect(read(input, '57')).toEqual({ ok: true, value: expected })
  })

  // Colombia's "005 7 …": a Colombian number written with 00 and 57, or Russia's +7 through
  // carrier 5. A mobile from 3 (Colombia's 310, 321, 350) reads as home; a Russian mobile (9…) or
  // a fixed line no Colombian number begins like (Moscow 495, Yekaterinburg 343) reads as Russia's.
  it.each([
    ['005 7 310 123 4567', '573101234567'],
    ['005 7 321 123 4567', '573211234567'],
    ['005 7 350 123 4567', '573501234567'],
    ['005 7 601 234 5678', '576012345678'],
    ['005 7 912 345 67 89', '79123456789'],
    ['005 7 495 123 45 67', '74951234567'],
    ['005 7 343 123 45 67', '73431234567'],
  ])('reads Colombia’s %s with 57 → %s', (input, expected) => {
    expect(read(input, '57')).toEqual({ ok: true, value: expected })
  })

  // Not also a Peruvian number written with 00: Peru's numbers have 8 or 9 digits.
  it('reads Colombia’s 005 1 212 555 0100 as New York’s', () => {
    expect(read('005 1 212 555 0100', '57')).toEqual({ ok: true, value: '12125550100' })
  })

  it('reads another country’s international prefix as digits, not as a prefix', () => {
    expect(issueOf(read('000 255 712 345 678', '39')).reason).toBe('phone_country_code_zero')
  })
})
