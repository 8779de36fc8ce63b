import { describe, expect, it } from 'vitest'
import { countLineBreaks } from '../text-length.ts'
import type { FormattingNode } from './formatting-node.ts'
import { formattingToText } from './formatting-to-text.ts'
import { parseFormatting } from './parse-formatting.ts'

const t = (text: string): FormattingNode => ({ type: 'text', text })
const br: FormattingNode = { type: 'lineBreak' }
const item = (...children: FormattingNode[]) => ({ type: 'listItem' as const, children })
const numbered = (number: number, ...children: FormattingNode[]) => ({ type: 'listItem' as const, number, children })

describe('parseFormatting — line breaks', () => {
  it('turns every newline between paragraph lines into a lineBreak', () => {
    expect(parseFormatting('a\nb\n\nc\n')).toEqual([t('a'), br, t('b'), br, br, t('c'), br])
  })
})

describe('parseFormatting — lists', () => {
  it('groups "* " and "- " lines into one bullet list', () => {
    expect(parseFormatting('* one\n- two')).toEqual([
      { type: 'list', ordered: false, items: [item(t('one')), item(t('two'))] },
    ])
  })

  it('parses numbered lists with their start and the number of each item', () => {
    expect(parseFormatting('3. three\n4. four')).toEqual([
      { type: 'list', ordered: true, start: 3, items: [numbered(3, t('three')), numbered(4, t('four'))] },
    ])
  })

  // WhatsApp Web groups consecutive numbered lines whatever their numbers and shows each item's
  // number as written (its list item takes the written number as its value).
  it('keeps consecutive numbered lines in one list, each with the number written', () => {
    expect(parseFormatting('1. a\n1. b\n5. c')).toEqual([
      { type: 'list', ordered: true, start: 1, items: [numbered(1, t('a')), numbered(1, t('b')), numbered(5, t('c'))] },
    ])
  })

  it('reads one or two digits as an item number, not three', () => {
    expect(parseFormatting('99. last')).toEqual([
      { type: 'list', ordered: true, start: 99, items: [numbered(99, t('last'))] },
    ])
    expect(parseFormatting('07. seven')).toEqual([
      { type: 'list', ordered: true, start: 7, items: [numbered(7, t('seven'))] },
    ])
    expect(parseFormatting('100. Karibu')).toEqual([t('100. Karibu')])
    expect(parseFormatting('2026. Mwaka mpya')).toEqual([t('2026. Mwaka mpya')])
  })

  it('reads a bullet sign "• " like "* " and "- ", all in one list', () => {
    expect(parseFormatting('• chai\n* kahawa\n- maji')).toEqual([
      { type: 'list', ordered: false, items: [item(t('chai')), item(t('kahawa')), item(t('maji'))] },
    ])
    expect(parseFormatting('•no space')).toEqual([t('•no space')])
    expect(parseFormatting('• ')).toEqual([t('• ')])
    expect(parseFormatting('a • b')).toEqual([t('a • b')])
  })

  it('separates bullet and numbered lists', () => {
    expect(parseFormatting('* a\n1. b')).toEqual([
      { type: 'list', ordered: false, items: [item(t('a'), br)] },
      { type: 'list', ordered: true, start: 1, items: [numbered(1, t('b'))] },
    ])
  })

  it('breaks lines where the validator counts line breaks: CRLF once, a lone CR, U+2028, U+2029', () => {
    const text = 'a\r\nb\rc\u2028d\u2029e'
    expect(parseFormatting(text)).toEqual([t('a'), br, t('b'), br, t('c'), br, t('d'), br, t('e')])
    const breaks = parseFormatting(text).filter((node) => node.type === 'lineBreak').length
    expect(breaks).toBe(countLineBreaks(text))
    // A block marker after a lone CR starts its block, as after a newline.
    expect(parseFormatting('a\r> q')).toEqual([t('a'), br, { type: 'quote', children: [t('q')] }])
  })

  it('keeps the newline after a list as a trailing lineBreak of its last item', () => {
    expect(parseFormatting('Menu:\n* tea\n* coffee\nThanks')).toEqual([
      t('Menu:'),
      br,
      { type: 'list', ordered: false, items: [item(t('tea')), item(t('coffee'), br)] },
      t('Thanks'),
    ])
  })

  it('formats the item content inline', () => {
    expect(parseFormatting('- *big* deal')).toEqual([
      { type: 'list', ordered: false, items: [item({ type: 'bold', children: [t('big')] }, t(' deal'))] },
    ])
  })

  it('reads "* " at a line start as a bullet, so "* bold*" there is an item, not bold', () => {
    expect(parseFormatting('* bold*')).toEqual([{ type: 'list', ordered: false, items: [item(t('bold*'))] }])
  })

  it('needs the marker at the line start, a space, and text', () => {
    expect(parseFormatting(' * a')).toEqual([t(' * a')])
    expect(parseFormatting('*a*')).toEqual([{ type: 'bold', children: [t('a')] }])
    expect(parseFormatting('* ')).toEqual([t('* ')])
    expect(parseFormatting('*  two spaces')).toEqual([t('*  two spaces')])
    expect(parseFormatting('1.no space')).toEqual([t('1.no space')])
    expect(parseFormatting('1234567890. too long a number')).toEqual([t('1234567890. too long a number')])
  })
})

describe('parseFormatting — quotes', () => {
  it('groups "> " lines into one quote with line breaks', () => {
    expect(parseFormatting('> first\n> _second_\nafter')).toEqual([
      { type: 'quote', children: [t('first'), br, { type: 'italic', children: [t('second')] }, br] },
      t('after'),
    ])
  })

  it('needs "> " or ">" and a tab, and no second space', () => {
    expect(parseFormatting('>no space')).toEqual([t('>no space')])
    expect(parseFormatting('>')).toEqual([t('>')])
    expect(parseFormatting('>  two spaces')).toEqual([t('>  two spaces')])
    expect(parseFormatting('>\tkichupo')).toEqual([{ type: 'quote', children: [t('kichupo')] }])
  })

  // WhatsApp Web's block quote reads "> " with nothing after it as a quote line (an empty line of
  // a quoted passage), so a quote keeps its paragraphs in one block.
  it('reads "> " with nothing after it as an empty quote line', () => {
    expect(parseFormatting('> Aya ya kwanza\n> \n> Aya ya pili')).toEqual([
      { type: 'quote', children: [t('Aya ya kwanza'), br, br, t('Aya ya pili')] },
    ])
    expect(parseFormatting('> ')).toEqual([{ type: 'quote', children: [] }])
    expect(parseFormatting('> a\n>\n> b')).toEqual([
      { type: 'quote', children: [t('a'), br] },
      t('>'),
      br,
      { type: 'quote', children: [t('b')] },
    ])
  })

  it('keeps a quote and a following list apart', () => {
    expect(parseFormatting('> q\n* l')).toEqual([
      { type: 'quote', children: [t('q'), br] },
      { type: 'list', ordered: false, items: [item(t('l'))] },
    ])
  })
})

describe('parseFormatting — monospace', () => {
  // WhatsApp Web's monospace needs something other than whitespace between its fences.
  it('leaves fences around only whitespace as typed', () => {
    expect(parseFormatting('``` ```')).toEqual([t('``` ```')])
    expect(parseFormatting('```\n\n```')).toEqual([t('```'), br, br, t('```')])
  })

  it('closes a span at the first fence after text, backticks included', () => {
    expect(parseFormatting('``` ``` ```')).toEqual([{ type: 'mono', text: ' ``` ' }])
    expect(parseFormatting('```\nmsimbo\n```')).toEqual([{ type: 'mono', text: '\nmsimbo\n' }])
  })
})

describe('formattingToText', () => {
  it('removes consumed markers and keeps everything else', () => {
    const source = 'Hi *there*,\n> quoted _x_\n* one\n2. two\n```mono```\nhttps://a.example.'
    expect(formattingToText(parseFormatting(source))).toBe('Hi there,\nquoted x\none\ntwo\nmono\nhttps://a.example.')
  })

  it('joins list items with newlines', () => {
    expect(
      formattingToText([{ type: 'list', ordered: true, start: 1, items: [item(t('a')), item(t('b'))] }, t('!')]),
    ).toBe('a\nb!')
  })

  it('returns an empty string for an empty tree', () => {
    expect(formattingToText([])).toBe('')
  })
})
