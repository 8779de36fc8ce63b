import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anyCodePoint } from '../test-support/any-code-point.ts'
import type { FormattingNode } from './formatting-node.ts'
import { formattingToText } from './formatting-to-text.ts'
import { parseFormatting } from './parse-formatting.ts'

// Everything parseFormatting may consume: style and code markers, "> ", "* ", "- ", "• ", "12. ".
const MARKER_CHARACTERS = new Set([
  '*',
  '\u2022',
  '_',
  '~',
  '`',
  '>',
  '-',
  '.',
  ' ',
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
])

/** Whether `visible` is `source` with only marker characters removed (greedy matching is exact here). */
function isSourceMinusMarkers(source: string, visible: string): boolean {
  let v = 0
  for (let s = 0; s < source.length; s++) {
    if (v < visible.length && source[s] === visible[v]) v++
    else if (!MARKER_CHARACTERS.has(source[s] as string)) return false
  }
  return v === visible.length
}

function* childLists(nodes: FormattingNode[]): Generator<FormattingNode[]> {
  yield nodes
  for (const node of nodes) {
    if ('children' in node) yield* childLists(node.children)
    if (node.type === 'list') for (const item of node.items) yield* childLists(item.children)
  }
}

function depth(nodes: FormattingNode[]): number {
  let max = 0
  for (const node of nodes) {
    const inner =
      node.type === 'list'
        ? Math.max(0, ...node.items.map((item) => depth(item.children))) + 1
        : 'children' in node
          ? depth(node.children)
          : 0
    max = Math.max(max, inner + 1)
  }
  return max
}

const formattingHeavy = fc.string({
  unit: fc.constantFrom(
    '*',
    '_',
    '~',
    '`',
    '```',
    '> ',
    '* ',
    '- ',
    '• ',
    '1. ',
    '2. ',
    '12. ',
    '100. ',
    ' ',
    '\n',
    'a',
    'b',
    'é',
    '👍',
    '\ud800',
    '\udc00',
    '.',
    ',',
    '(',
    ')',
    'https://',
    'www.',
    'x.example',
    '/',
    '9',
  ),
  maxLength: 80,
})
const anyString = fc.oneof(fc.string({ unit: anyCodePoint, maxLength: 200 }), formattingHeavy)

describe('parseFormatting — properties', () => {
  it('never throws and returns an array', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        expect(Array.isArray(parseFormatting(text))).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })

  it('shows the input minus only consumed markers, every line break kept', () => {
    // A lineBreak node reads "\n" whichever break it came from (CRLF, CR, U+2028, U+2029), so
    // both sides are compared with their breaks spelled "\n".
    const lf = (value: string) => value.replace(/\r\n|[\r\u2028\u2029]/g, '\n')
    fc.assert(
      fc.property(anyString, (text) => {
        const visible = formattingToText(parseFormatting(text))
        expect(isSourceMinusMarkers(lf(text), lf(visible))).toBe(true)
        expect(lf(visible).split('\n').length).toBe(lf(text).split('\n').length)
      }),
      { numRuns: 2000 },
    )
  })

  it('gives back input without marker characters exactly', () => {
    const plain = fc.string({
      unit: fc.constantFrom(
        'a',
        'Z',
        ' ',
        '\n',
        '\t',
        '.',
        ',',
        '!',
        '(',
        ')',
        'é',
        '👍',
        '\ud83d',
        'https://',
        'www.',
        'q.example',
      ),
      maxLength: 120,
    })
    fc.assert(
      fc.property(plain, (text) => {
        expect(formattingToText(parseFormatting(text))).toBe(text)
      }),
      { numRuns: 1000 },
    )
  })

  // A quote may be empty: "> " with nothing after it is a quote line, as on WhatsApp Web.
  it('never makes an empty or split text node, an empty style or list item, or a deep tree', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        const tree = parseFormatting(text)
        for (const list of childLists(tree)) {
          list.forEach((node, i) => {
            if (node.type === 'text') {
              expect(node.text).not.toBe('')
              expect(list[i + 1]?.type).not.toBe('text')
            }
            if (node.type === 'bold' || node.type === 'italic' || node.type === 'strike') {
              expect(node.children.length).toBeGreaterThan(0)
            }
            if (node.type === 'list') expect(node.items.every((item) => item.children.length > 0)).toBe(true)
            if (node.type === 'link') expect(node.href).toMatch(/^(https?:\/\/\S|mailto:[^@\s]+@\S|tel:\+\d)/)
          })
        }
        expect(depth(tree)).toBeLessThanOrEqual(6)
      }),
      { numRuns: 2000 },
    )
  })
})

function linkHrefs(nodes: FormattingNode[]): string[] {
  const hrefs: string[] = []
  for (const list of childLists(nodes)) for (const node of list) if (node.type === 'link') hrefs.push(node.href)
  return hrefs
}

describe('parseFormatting — links', () => {
  it('only links addresses that new URL reads as http(s) with a host, mailto: or tel:', () => {
    const unit = fc.constantFrom(
      ...['https://', 'http://', 'www.', 'a', 'é', '1', '.', '-', '_', '*', '[', ']', '(', ')', '%', '#', '?', '@'],
      ...[':', '/', '\\', '|', '^', '{', ' ', '\u00a0', '\u202e', '\ud800', '\u0000', 'tz', '+', '255', '0'],
    )
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        for (const href of linkHrefs(parseFormatting(text))) {
          const url = new URL(href)
          if (url.protocol === 'mailto:') expect(url.pathname).toMatch(/^[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+$/)
          else if (url.protocol === 'tel:') expect(url.pathname).toMatch(/^\+[1-9]\d{7,14}$/)
          else {
            expect(['http:', 'https:']).toContain(url.protocol)
            expect(url.hostname).not.toBe('')
          }
        }
      }),
      { numRuns: 5000 },
    )
  })

  it('links an e-mail address or a phone number wherever one stands between spaces', () => {
    const local = fc.stringMatching(/^[a-z0-9]([a-z0-9_+-]{0,4}\.?[a-z0-9]){0,3}$/)
    const host = fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/)
    const email = fc.tuple(local, host, fc.constantFrom('tz', 'com', 'co.tz')).map(([l, h, d]) => `${l}@${h}.${d}`)
    // Countries whose numbers vary in length take any 8 to 15 digits; the others exactly theirs
    // (+1 and 10 digits, +255 and 9, +257 and 8); in each, the first digit after the code is not
    // a trunk 0 (which leaves a number unlinked, one digit too long as WhatsApp counts it).
    const anyLength = fc
      .tuple(
        fc.constantFrom(20, 33, 44, 49, 86, 234, 880),
        fc
          .array(fc.stringMatching(/^\d{2,4}$/), { minLength: 2, maxLength: 4 })
          .filter((groups) => !groups[0]?.startsWith('0')),
      )
      .map(([code, groups]) => `+${code} ${groups.join(' ')}`)
      .filter((text) => text.replace(/\D/g, '').length >= 8 && text.replace(/\D/g, '').length <= 15)
    const oneLength = fc
      .constantFrom(['1', 10] as const, ['255', 9] as const, ['257', 8] as const)
      .chain(([code, length]) =>
        fc
          .tuple(fc.stringMatching(new RegExp(`^[1-9]\\d{${length - 1}}$`)), fc.constantFrom(' ', '-'))
          .map(([national, joiner]) => `+${code}${joiner}${national.replace(/(\d{3})(?=\d{3})/g, `$1${joiner}`)}`),
      )
    const phone = fc.oneof(anyLength, oneLength)
    const words = fc.array(fc.constantFrom('Piga', 'simu', 'au', 'andika', 'leo.'), { maxLength: 3 })
    fc.assert(
      fc.property(words, fc.oneof(email, phone), words, (before, address, after) => {
        const text = [...before, address, ...after].join(' ')
        const href = address.startsWith('+') ? `tel:+${address.replace(/\D/g, '')}` : `mailto:${address}`
        const links = parseFormatting(text).filter((node) => node.type === 'link')
        expect(links).toEqual([{ type: 'link', href, children: [{ type: 'text', text: address }] }])
      }),
      { numRuns: 1000 },
    )
  })
})

// The options read less (no blocks, no inline code) or link more (numbers in the reader's
// country): the same guarantees hold for every combination.
describe('parseFormatting — properties with options', () => {
  const options = fc.record({
    blocks: fc.boolean(),
    inlineCode: fc.boolean(),
    countryCode: fc.constantFrom(undefined, '255', '1', '44', 'x', '__proto__'),
  })
  const digitHeavy = fc.string({
    unit: fc.constantFrom('0', '7', '1', '2', ' ', '-', '.', '(', ')', '+', '*', '`', 'a', '\n'),
    maxLength: 60,
  })
  it('never throws and shows the input minus only consumed markers', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, digitHeavy), options, (text, chosen) => {
        const visible = formattingToText(parseFormatting(text, chosen))
        expect(isSourceMinusMarkers(text, visible) || /[\r\u2028\u2029]/.test(text)).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })

  it('parses a megabyte of national-number starts in the reader’s country', () => {
    const text = '0 7 1 2 3 4 5 6 7 8 9 0712 345 67 '.repeat(30_000)
    const visible = formattingToText(parseFormatting(text, { countryCode: '255' }))
    expect(visible).toBe(text)
  })
})

describe('parseFormatting — large and pathological input', () => {
  const cases: [string, string][] = [
    ['1 MB of random text', Array.from({ length: 1 << 20 }, (_, i) => '*_~` \n>-1.ah'[(i * 7919) % 13]).join('')],
    ['10 000 asterisks', '*'.repeat(10_000)],
    ['200 000 alternating markers', '*_~'.repeat(66_667)],
    ['unpaired backticks', '`a '.repeat(100_000)],
    ['glued URL starts', 'https://.'.repeat(50_000)],
    ['a long URL', `https://a.example/${'x'.repeat(500_000)})`],
    ['e-mail starts sharing one @', `${'a+'.repeat(40)}@${'b'.repeat(500_000)}.tz ${'x@'.repeat(100_000)}`],
    ['phone-number starts', `${'+1 2 3 4 5 6 7 8 9 0 '.repeat(20_000)}${'+255-'.repeat(50_000)}`],
    ['URL starts no browser could open, glued by (', '(https://a^'.repeat(100_000)],
    ['fences without partners', '``` '.repeat(50_000)],
    ['100 000 list lines', '* a\n'.repeat(100_000)],
    ['nested openers', `${'*_~ '.repeat(50_000)}x`],
    ['lone surrogates', '\ud800*\udc00_'.repeat(50_000)],
  ]
  it.each(cases)('parses %s and keeps the text', (_name, text) => {
    const visible = formattingToText(parseFormatting(text))
    expect(isSourceMinusMarkers(text, visible)).toBe(true)
  })

  it('pairs 100 000 bold words on one line', () => {
    const tree = parseFormatting('*b* '.repeat(100_000))
    expect(tree.filter((node) => node.type === 'bold')).toHaveLength(100_000)
  })
})
