import { describe, expect, it } from 'vitest'
import { READ_MORE, readMoreIndex } from './read-more.ts'

describe('readMoreIndex', () => {
  it('shows a text of up to 844 characters whole, cuts one of 845 after 768', () => {
    expect(READ_MORE.shown).toBe(768)
    expect(readMoreIndex('a'.repeat(768))).toBe(-1)
    expect(readMoreIndex('a'.repeat(844))).toBe(-1)
    expect(readMoreIndex('a'.repeat(845))).toBe(768)
    expect(readMoreIndex('a'.repeat(1024))).toBe(768)
  })

  it('counts characters (code points), not UTF-16 units', () => {
    // 844 emoji are 1688 UTF-16 units, still shown whole; 845 are cut after the 768th emoji.
    expect(readMoreIndex('😀'.repeat(844))).toBe(-1)
    expect(readMoreIndex('😀'.repeat(845))).toBe(768 * 2)
  })

  it('never cuts inside a character the reader sees as one', () => {
    const family = '👨‍👩‍👧‍👦' // 7 code points joined by zero-width joiners
    const text = `${'a'.repeat(765)}${family}${'b'.repeat(100)}`
    expect(readMoreIndex(text)).toBe(765)
    const accented = `${'a'.repeat(767)}e\u0301${'b'.repeat(100)}`
    expect(readMoreIndex(accented)).toBe(767)
  })

  it('answers -1 for what is not a string', () => {
    expect(readMoreIndex(undefined as unknown as string)).toBe(-1)
  })
})

describe('readMoreIndex and links', () => {
  const before = 'a '.repeat(376)
  const after = ` na punguzo ${'b'.repeat(100)}`

  it('keeps a link the cut would split whole, so no shortened address is linked', () => {
    const url = 'https://briq.tz/ofa/wiki-hii-tu'
    const text = `${before}Soma ${url}${after}`
    expect(text.indexOf(url)).toBeLessThan(768)
    expect(readMoreIndex(text)).toBe(text.indexOf(url) + url.length)
    const mail = `${before}Andika mauzo@duka.co.tz${after}`
    expect(readMoreIndex(mail)).toBe(mail.indexOf(' na punguzo'))
    const phone = `${before}Piga +255 712 345 678${after}`
    expect(readMoreIndex(phone)).toBe(phone.indexOf(' na punguzo'))
  })

  it('cuts after 768 characters where no link crosses the cut', () => {
    const link = `${'a '.repeat(300)}https://briq.tz ${'c'.repeat(400)} https://briq.tz`
    expect(readMoreIndex(link)).toBe(768)
    // Marker-looking text is not a link: the cut stays.
    expect(readMoreIndex(`${'a '.repeat(380)}*punguzo* ${'d'.repeat(200)}`)).toBe(768)
  })

  it('shows the text whole when a split link runs to its end', () => {
    expect(readMoreIndex(`${'a '.repeat(380)}https://briq.tz/${'x'.repeat(200)}`)).toBe(-1)
  })
})

describe('readMoreIndex and the reader’s country', () => {
  const before = 'a '.repeat(380)
  const text = `${before}Piga 0712 345 678 leo ${'b'.repeat(100)}`

  it('keeps a number written without its country code whole where the reader’s country links it', () => {
    expect(text.indexOf('0712')).toBeLessThan(768)
    expect(text.indexOf(' leo')).toBeGreaterThan(768)
    expect(readMoreIndex(text, { countryCode: '255' })).toBe(text.indexOf(' leo'))
    expect(readMoreIndex(text.replace('0712', '(0712)'), { countryCode: '+255' })).toBe(text.indexOf(' leo') + 2)
  })

  it('cuts such a number where no country links it', () => {
    expect(readMoreIndex(text)).toBe(768)
  })
})
