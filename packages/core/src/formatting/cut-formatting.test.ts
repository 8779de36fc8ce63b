import { describe, expect, it } from 'vitest'
import { cutFormatting } from './cut-formatting.ts'
import { formattingToText } from './formatting-to-text.ts'
import { parseFormatting } from './parse-formatting.ts'

const cut = (text: string, end: number, countryCode?: string) =>
  cutFormatting(parseFormatting(text, { countryCode }), text, end)

describe('cutFormatting', () => {
  it('keeps a style the cut splits, up to the cut, with no stray marker', () => {
    expect(cut('Ofa *hadi Ijumaa*', 9)).toEqual([
      { type: 'text', text: 'Ofa ' },
      { type: 'bold', children: [{ type: 'text', text: 'hadi' }] },
    ])
    for (const [marker, type] of [
      ['_', 'italic'],
      ['~', 'strike'],
    ] as const) {
      expect(cut(`a ${marker}bcd efg${marker} h`, 5)).toEqual([
        { type: 'text', text: 'a ' },
        { type, children: [{ type: 'text', text: 'bc' }] },
      ])
    }
    expect(cut('a ```mono text``` b', 9)).toEqual([
      { type: 'text', text: 'a ' },
      { type: 'mono', text: 'mono' },
    ])
    expect(cut('a `code` b', 5)).toEqual([
      { type: 'text', text: 'a ' },
      { type: 'code', text: 'co' },
    ])
  })

  it('keeps nested styles and drops a style with nothing before the cut', () => {
    expect(cut('*_ndiyo kabisa_*', 7)).toEqual([
      { type: 'bold', children: [{ type: 'italic', children: [{ type: 'text', text: 'ndiyo' }] }] },
    ])
    // The cut falls on the opening marker or right after it: the marker is not shown.
    expect(cut('Ofa *hadi*', 4)).toEqual([{ type: 'text', text: 'Ofa ' }])
    expect(cut('Ofa *hadi*', 5)).toEqual([{ type: 'text', text: 'Ofa ' }])
  })

  it('cuts inside quotes and lists, dropping the lines past the cut', () => {
    const text = '> *moja mbili*\n> tatu\n* nne\n* tano'
    expect(cut(text, 7)).toEqual([
      { type: 'quote', children: [{ type: 'bold', children: [{ type: 'text', text: 'moja' }] }] },
    ])
    const list = cut(text, text.indexOf('nne') + 2)
    expect(list.at(-1)).toEqual({
      type: 'list',
      ordered: false,
      items: [{ type: 'listItem', children: [{ type: 'text', text: 'nn' }] }],
    })
    // On the next item's marker: that item is gone.
    expect(cut(text, text.indexOf('* tano') + 1).at(-1)).toEqual({
      type: 'list',
      ordered: false,
      items: [{ type: 'listItem', children: [{ type: 'text', text: 'nne' }] }],
    })
  })

  it('finds a text where it is written, not in a marker of the same characters before it', () => {
    // The `~` left unpaired comes after the first strike's closing `~`: cut at that marker, it is not shown yet.
    expect(formattingToText(cut('~a~~~b~', 3))).toBe('a')
    expect(formattingToText(cut('~a~~~b~', 4))).toBe('a~')
    expect(formattingToText(cut('`a``', 3))).toBe('a')
    // A quoted line or a list item whose text starts with a quote's or a bullet's character.
    expect(cut('> >', 2)).toEqual([])
    expect(cut('* *', 2)).toEqual([])
    expect(formattingToText(cut('- a\n- -', 6))).toBe('a')
    expect(formattingToText(cut('> a\n> >\n>  b', 6))).toBe('a\n')
  })

  it('keeps a line break before the cut and drops the one at it', () => {
    expect(cut('moja\r\nmbili', 4)).toEqual([{ type: 'text', text: 'moja' }])
    expect(cut('moja\r\nmbili', 6)).toEqual([{ type: 'text', text: 'moja' }, { type: 'lineBreak' }])
  })

  it('keeps the address of a link it shortens', () => {
    const text = 'Piga 0712 345 678 sasa'
    expect(cut(text, 9, '255')).toEqual([
      { type: 'text', text: 'Piga ' },
      { type: 'link', href: 'tel:+255712345678', children: [{ type: 'text', text: '0712' }] },
    ])
  })

  it('shows as much visible text as the source holds before the cut', () => {
    const text = 'Karibu *Mama Neema*, _oda yako_ ~imefika~ leo: ```1 x unga``` na `2 x sukari`.'
    for (let end = 0; end <= text.length; end++) {
      const shown = formattingToText(cut(text, end))
      const whole = formattingToText(parseFormatting(text))
      expect(whole.startsWith(shown)).toBe(true)
      const markers = text.slice(0, end).replace(/[^*_~`]/g, '').length
      expect(shown.length).toBeGreaterThanOrEqual(end - markers)
    }
    expect(formattingToText(cut(text, text.length))).toBe(formattingToText(parseFormatting(text)))
  })

  it('answers [] for what it cannot read', () => {
    expect(cutFormatting(undefined as never, 'a', 1)).toEqual([])
    expect(cutFormatting([], undefined as never, 1)).toEqual([])
  })
})
