import { describe, expect, it } from 'vitest'
import type { FormattingNode } from './formatting-node.ts'
import { formattingToText } from './formatting-to-text.ts'
import { parseFormatting } from './parse-formatting.ts'
import { parseLinks } from './parse-links.ts'

const t = (text: string): FormattingNode => ({ type: 'text', text })
const link = (href: string, text: string): FormattingNode => ({ type: 'link', href, children: [t(text)] })

describe('parseLinks', () => {
  it('links URLs, e-mail addresses and phone numbers as parseFormatting does', () => {
    expect(parseLinks('Ofa: https://duka.co.tz/ofa leo')).toEqual([
      t('Ofa: '),
      link('https://duka.co.tz/ofa', 'https://duka.co.tz/ofa'),
      t(' leo'),
    ])
    expect(parseLinks('Andika msaada@briq.tz au piga +255 712 345 678.')).toEqual([
      t('Andika '),
      link('mailto:msaada@briq.tz', 'msaada@briq.tz'),
      t(' au piga '),
      link('tel:+255712345678', '+255 712 345 678'),
      t('.'),
    ])
  })

  it('leaves formatting markers as the text they are', () => {
    expect(parseLinks('*Ofa* ya _wiki_: www.duka.co.tz')).toEqual([
      t('*Ofa* ya _wiki_: '),
      link('https://www.duka.co.tz', 'www.duka.co.tz'),
    ])
    expect(parseLinks('`wa.me/255712345678`')).toEqual([
      t('`'),
      link('https://wa.me/255712345678', 'wa.me/255712345678'),
      t('`'),
    ])
    expect(parseLinks('> - 1. ```x```')).toEqual([t('> - 1. ```x```')])
  })

  it('leaves phone numbers as text when asked to', () => {
    expect(parseLinks('Piga +255 712 345 678 au briq.tz', { phoneNumbers: false })).toEqual([
      t('Piga +255 712 345 678 au '),
      link('https://briq.tz', 'briq.tz'),
    ])
  })

  it('finds only what parseFormatting finds, and loses no character', () => {
    for (const text of [
      'snake_case.example_x https://a.example/x_(y)_ 2+255712345678',
      'me@briq me@briq.tz.',
      '',
      'a\nhttps://b.example\r\nc',
      'ab.tz www.1 https://a^b',
    ]) {
      const links = parseLinks(text)
      expect(formattingToText(links)).toBe(text)
      const hrefs = (nodes: FormattingNode[]): string[] =>
        nodes.flatMap((node) => (node.type === 'link' ? [node.href] : 'children' in node ? hrefs(node.children) : []))
      expect(hrefs(links)).toEqual(hrefs(parseFormatting(text)))
    }
    expect(parseLinks(42 as unknown as string)).toEqual([])
  })

  it('links a number written without its country code in the reader’s country, as parseFormatting', () => {
    const text = 'Piga 0712 345 678 au (0713) 456 789, bei 2*3*4'
    const hrefs = (nodes: FormattingNode[]): string[] =>
      nodes.flatMap((node) => (node.type === 'link' ? [node.href] : 'children' in node ? hrefs(node.children) : []))
    expect(hrefs(parseLinks(text))).toEqual([])
    const links = parseLinks(text, { countryCode: '255' })
    expect(hrefs(links)).toEqual(['tel:+255712345678', 'tel:+255713456789'])
    expect(hrefs(links)).toEqual(hrefs(parseFormatting(text, { countryCode: '255' })))
    expect(formattingToText(links)).toBe(text)
  })
})
