import { type FormattingNode, parseFormatting } from '@briq-interactive/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { equalData } from './equal-data.ts'
import { sameFormattingNode } from './same-formatting-node.ts'

// Pieces that make every kind of node: styles, code, mono, quotes, lists, links, line breaks.
const PIECES = [
  '*',
  '_',
  '~',
  '`',
  '```',
  ' ',
  '\n',
  '> ',
  '* ',
  '- ',
  '1. ',
  '2. ',
  'a',
  'b',
  'https://x.example/a',
  'www.y.example',
  'é',
]
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''))

describe('sameFormattingNode', () => {
  it('agrees with equalData on every pair of parsed nodes, whatever their kinds', () => {
    fc.assert(
      fc.property(text, text, (x, y) => {
        const a = parseFormatting(x)
        const b = parseFormatting(y)
        for (let i = 0; i < Math.max(a.length, b.length); i++) {
          const left = a[i] ?? b[i]
          const right = a[i] === undefined ? undefined : b[i]
          if (left === undefined) continue
          expect(sameFormattingNode(left, right)).toBe(equalData(left, right))
        }
        // A node and its own re-parse are always the same.
        for (const [node, again] of a.map((n, i) => [n, parseFormatting(x)[i]] as const)) {
          expect(sameFormattingNode(node, again)).toBe(true)
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('tells apart nodes that differ in one field only', () => {
    const list = (start: number): FormattingNode => ({
      type: 'list',
      ordered: true,
      start,
      items: [{ type: 'listItem', children: [{ type: 'text', text: 'a' }] }],
    })
    expect(sameFormattingNode(list(1), list(1))).toBe(true)
    expect(sameFormattingNode(list(1), list(2))).toBe(false)
    const numberedItem = (number: number): FormattingNode => ({
      type: 'list',
      ordered: true,
      start: 1,
      items: [{ type: 'listItem', number, children: [{ type: 'text', text: 'a' }] }],
    })
    expect(sameFormattingNode(numberedItem(1), numberedItem(1))).toBe(true)
    expect(sameFormattingNode(numberedItem(1), numberedItem(2))).toBe(false)
    const link = (href: string): FormattingNode => ({ type: 'link', href, children: [{ type: 'text', text: 'x' }] })
    expect(sameFormattingNode(link('https://a.example'), link('https://b.example'))).toBe(false)
    expect(sameFormattingNode({ type: 'code', text: 'a' }, { type: 'mono', text: 'a' })).toBe(false)
  })
})
