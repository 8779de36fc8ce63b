import { describe, expect, it } from 'vitest'
import type { FormattingNode } from './formatting-node.ts'
import { parseFormatting } from './parse-formatting.ts'

const t = (text: string): FormattingNode => ({ type: 'text', text })
const br: FormattingNode = { type: 'lineBreak' }
const INLINE_ONLY = { blocks: false, inlineCode: false } as const

// WhatsApp Web shows an interactive message's footer and a list message's title with its
// conversation formatting but without its quote, list and inline-code parts.
describe('parseFormatting — options', () => {
  it('leaves quote and list markers as text without blocks', () => {
    expect(parseFormatting('> Ofa\n* moja\n- mbili\n1. tatu', { blocks: false })).toEqual([
      t('> Ofa'),
      br,
      t('* moja'),
      br,
      t('- mbili'),
      br,
      t('1. tatu'),
    ])
  })

  it('still reads styles, monospace and links inside what were block lines', () => {
    expect(parseFormatting('> *Ofa* ```x``` briq.tz', { blocks: false })).toEqual([
      t('> '),
      { type: 'bold', children: [t('Ofa')] },
      t(' '),
      { type: 'mono', text: 'x' },
      t(' '),
      { type: 'link', href: 'https://briq.tz', children: [t('briq.tz')] },
    ])
  })

  it('leaves backticks as text without inline code, monospace still read', () => {
    expect(parseFormatting('`TZ-1` ```TZ-2``` _Oda_', { inlineCode: false })).toEqual([
      t('`TZ-1` '),
      { type: 'mono', text: 'TZ-2' },
      t(' '),
      { type: 'italic', children: [t('Oda')] },
    ])
  })

  it('makes no quote, list or code node, and reads them all by default', () => {
    for (const text of ['> `a` *b*\n- c', '1. `x`\n> y', '`*a*`', '* `b`', '```m``` `c`']) {
      const kinds = parseFormatting(text, INLINE_ONLY).map((node) => node.type)
      expect(kinds.filter((kind) => kind === 'quote' || kind === 'list' || kind === 'code')).toEqual([])
      expect(parseFormatting(text, {})).toEqual(parseFormatting(text))
    }
    expect(parseFormatting('> a')[0]?.type).toBe('quote')
  })
})
