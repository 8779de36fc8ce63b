import { describe, expect, it } from 'vitest'
import type { FormattingNode } from './formatting-node.ts'
import { parseFormatting } from './parse-formatting.ts'

const hrefs = (nodes: FormattingNode[]): string[] =>
  nodes.flatMap((node) => (node.type === 'link' ? [`${node.href} ${JSON.stringify(node.children)}`] : []))
const links = (text: string, countryCode?: string): string[] =>
  parseFormatting(text, { countryCode })
    .filter((node) => node.type === 'link')
    .map((node) => (node.type === 'link' ? node.href : ''))

// WhatsApp Web's phone finder (WAWebHelpersFindPhoneNumbers) reads a number written without
// `+` or `00` in the reader's own country: a trunk 0 dropped, the national number's length
// checked (WAWebPhoneUtils.isPotentiallyValid), or the number already starting with that code.
describe('parseFormatting — numbers without a country code, read in the reader’s country', () => {
  it('links a national number in the reader’s country, with or without its trunk 0', () => {
    expect(links('Piga 0712 345 678 au 712-345-678 au 255712345678.', '255')).toEqual([
      'tel:+255712345678',
      'tel:+255712345678',
      'tel:+255712345678',
    ])
    expect(links('Call 202-555-0143', '1')).toEqual(['tel:+12025550143'])
    expect(links('Piga 0712 345 678', '+255')).toEqual(['tel:+255712345678'])
    expect(hrefs(parseFormatting('Piga 0712 345 678 sasa', { countryCode: '255' }))).toEqual([
      'tel:+255712345678 [{"type":"text","text":"0712 345 678"}]',
    ])
  })

  it('drops the trunk prefix the reader’s country dials, and only that one', () => {
    // Russia's 8, only in front of a whole number: 812… is St Petersburg.
    expect(links('Звоните 8 912 345-67-89 или 8 (812) 123-45-67 или 812 123 45 67', '7')).toEqual([
      'tel:+79123456789',
      'tel:+78121234567',
      'tel:+78121234567',
    ])
    // No number begins with 0 in the NANP: a 0 there is no trunk prefix.
    expect(links('Call 0202-555-0143', '1')).toEqual([])
    // Lithuania's 0 and its former 8 (its freephone 800… keeps its 8); Spain's and Portugal's
    // 9 digits, whatever they begin with.
    expect(links('Skambinkite 8 612 34567, 0 612 34567 arba 800 12345', '370')).toEqual([
      'tel:+37061234567',
      'tel:+37061234567',
      'tel:+37080012345',
    ])
    expect(links('Llame al 612 345 678 o al 341 234 567', '34')).toEqual(['tel:+34612345678', 'tel:+34341234567'])
    expect(links('Ligue 912 345 678', '351')).toEqual(['tel:+351912345678'])
  })

  // The finder starts a number at a `(` as at a digit, so an area code or a whole national
  // number in parentheses starts the link; a `+` inside them ends it there (only the digits
  // after the `)` can still be a number of the reader's country).
  it('links a number that starts with a group in parentheses, from the `(`', () => {
    expect(hrefs(parseFormatting('Piga (0712) 345 678 sasa', { countryCode: '255' }))).toEqual([
      'tel:+255712345678 [{"type":"text","text":"(0712) 345 678"}]',
    ])
    expect(hrefs(parseFormatting('Call (202) 555-0143.', { countryCode: '1' }))).toEqual([
      'tel:+12025550143 [{"type":"text","text":"(202) 555-0143"}]',
    ])
    expect(links('(255)712345678 au (0)712 345 678 au (0712)345678', '255')).toEqual([
      'tel:+255712345678',
      'tel:+255712345678',
      'tel:+255712345678',
    ])
    expect(hrefs(parseFormatting('(+255) 712 345 678', { countryCode: '255' }))).toEqual([
      'tel:+255712345678 [{"type":"text","text":"712 345 678"}]',
    ])
    expect(links('(+255) 712 345 678')).toEqual([])
    expect(links('(0712) 345 678')).toEqual([])
    for (const text of ['((0712)) 345 678', 'A(0712) 345 678', '(0712) 345 6789']) {
      expect([text, links(text, '255')]).toEqual([text, []])
    }
  })

  it('leaves them as text without a country, or when the length does not fit it', () => {
    expect(links('Piga 0712 345 678')).toEqual([])
    expect(links('Oda 4821, kiasi 12345678, simu 0712 345 6789', '255')).toEqual([])
    // A country whose numbers have more than one length is not guessed at.
    expect(links('Ring 020 7946 0958', '44')).toEqual([])
    expect(links('Piga 0712 345 678', 'abc')).toEqual([])
    expect(links('Piga 0712 345 678', 'constructor')).toEqual([])
  })

  it('keeps the rules of a whole number: no glue to words, ids or decimals', () => {
    expect(links('TZ-0712345678 A0712345678 0712345678/2 0712345678,50 0712345678x', '255')).toEqual([])
    expect(links('0712345678@briq.tz', '255')).toEqual(['mailto:0712345678@briq.tz'])
    expect(links('*0712 345 678* _712345678_', '255')).toEqual([])
    expect(
      parseFormatting('*0712 345 678*', { countryCode: '255' }).flatMap((node) =>
        node.type === 'bold' ? node.children.map((child) => child.type) : [],
      ),
    ).toEqual(['link'])
  })

  it('still links international numbers as before, whatever the reader’s country', () => {
    expect(links('+254 712 345 678 na 00255 712 345 678', '255')).toEqual(['tel:+254712345678', 'tel:+255712345678'])
  })
})
