import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formattingToText } from './formatting-to-text.ts'
import { parseFormatting } from './parse-formatting.ts'
import { type InlineStyle, toggleFormatting } from './toggle-formatting.ts'

const styles: InlineStyle[] = ['bold', 'italic', 'strike', 'mono']

/** `text` with the selection written as [ and ], for readable expectations. */
function run(marked: string, style: InlineStyle): string {
  const start = marked.indexOf('[')
  const end = marked.indexOf(']') - 1
  const text = marked.replace('[', '').replace(']', '')
  const result = toggleFormatting(text, start, end, style)
  return `${result.text.slice(0, result.start)}[${result.text.slice(result.start, result.end)}]${result.text.slice(result.end)}`
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

describe('toggleFormatting', () => {
  it('wraps the selection in the style marker and keeps the styled text selected', () => {
    expect(run('Karibu [sana]', 'bold')).toBe('Karibu *[sana]*')
    expect(run('[Karibu] sana', 'italic')).toBe('_[Karibu]_ sana')
    expect(run('Bei [ya zamani]', 'strike')).toBe('Bei ~[ya zamani]~')
    expect(run('Code [A1B2]', 'mono')).toBe('Code ```[A1B2]```')
  })

  it('renders as the style in WhatsApp formatting', () => {
    const result = toggleFormatting('Karibu sana', 7, 11, 'bold')
    expect(parseFormatting(result.text)).toEqual([
      { type: 'text', text: 'Karibu ' },
      { type: 'bold', children: [{ type: 'text', text: 'sana' }] },
    ])
  })

  it('removes the markers when the selection is already styled, whether they are outside or inside it', () => {
    expect(run('Karibu *[sana]*', 'bold')).toBe('Karibu [sana]')
    expect(run('Karibu [*sana*]', 'bold')).toBe('Karibu [sana]')
    expect(run('Code ```[A1B2]```', 'mono')).toBe('Code [A1B2]')
    // Another style's markers are left alone: italic inside bold.
    expect(run('*[sana]*', 'italic')).toBe('*_[sana]_*')
  })

  it('keeps spaces at the edges of the selection outside the markers (they must hug the text)', () => {
    expect(run('Karibu[ sana ]leo', 'bold')).toBe('Karibu *[sana]* leo')
    expect(parseFormatting(toggleFormatting('a  b  c', 1, 6, 'bold').text)[1]).toMatchObject({ type: 'bold' })
  })

  it('grows a selection that starts or ends inside a word to the whole word', () => {
    expect(run('Ka[rib]u sana', 'bold')).toBe('*[Karibu]* sana')
    expect(run('Kar[ibu sa]na', 'italic')).toBe('_[Karibu sana]_')
  })

  it('styles each line of a selection on its own; monospace spans the lines', () => {
    expect(run('[one\ntwo]', 'bold')).toBe('*[one*\n*two]*')
    expect(run('[one\n\ntwo]', 'strike')).toBe('~[one~\n\n~two]~')
    expect(run('[*one*\n*two*]', 'bold')).toBe('[one\ntwo]')
    // Half styled: the rest is styled, nothing is removed.
    expect(run('[*one*\ntwo]', 'bold')).toBe('*[one*\n*two]*')
    expect(run('[one\ntwo]', 'mono')).toBe('```[one\ntwo]```')
  })

  it('styles the word under a caret; elsewhere inserts an empty pair with the caret inside, and removes it again', () => {
    expect(run('Karibu sa[]na', 'bold')).toBe('Karibu *[sana]*')
    expect(run('Karibu []', 'bold')).toBe('Karibu *[]*')
    expect(run('Karibu *[]*', 'bold')).toBe('Karibu []')
    expect(run('[]', 'mono')).toBe('```[]```')
    expect(run('Hi [ ]', 'italic')).toBe('Hi _[]_ ')
  })

  it('counts emoji as one character (UTF-16 surrogate pairs are never split)', () => {
    expect(run('😀[ab]😀', 'bold')).toBe('😀*[ab]*😀')
    expect(run('ni 😀ka[ri]bu', 'bold')).toBe('ni 😀*[karibu]*')
  })

  it('never parts an emoji from the selector that draws it as one (⭐️, ✔️, 1️⃣)', () => {
    // U+FE0F after ⭐ and U+20E3 after 1 are marks (category M) but no part of a word.
    expect(run('⭐️[Ofa] leo', 'bold')).toBe('⭐️*[Ofa]* leo')
    expect(run('✔️Fr[e]e', 'bold')).toBe('✔️*[Free]*')
    expect(run('1️⃣[Chagua]', 'italic')).toBe('1️⃣_[Chagua]_')
  })

  it('never splits a character the reader sees (skin tone, ZWJ family, flag, keycap)', () => {
    // A selection edge inside a grapheme cluster (UAX #29) moves out of it, as a text area's
    // own selection does: a marker inside one would show its halves apart on the phone.
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}'
    expect(run('ok [👍]🏽 sawa', 'bold')).toBe('ok *[👍🏽]* sawa')
    expect(run(`ok [\u{1F468}\u200D]\u{1F469}\u200D\u{1F467} sawa`, 'bold')).toBe(`ok *[${family}]* sawa`)
    expect(run('[🇹]🇿🇰🇪', 'italic')).toBe('_[🇹🇿]_🇰🇪')
    expect(run('🇹🇿[🇰]🇪', 'strike')).toBe('🇹🇿~[🇰🇪]~')
    expect(run('ok [1]\uFE0F\u20E3 ok', 'bold')).toBe('ok *[1\uFE0F\u20E3]* ok')
  })

  it('clamps an out-of-range or reversed selection', () => {
    expect(toggleFormatting('abc', 5, -1, 'bold')).toEqual({ text: '*abc*', start: 1, end: 4 })
  })

  it('toggles a multi-line selection off again from the selection it returned', () => {
    const once = toggleFormatting('a😀\na', 0, 5, 'bold')
    expect(once.text).toBe('*a😀*\n*a*')
    expect(toggleFormatting(once.text, once.start, once.end, 'bold').text).toBe('a😀\na')
  })

  it('never puts a marker between the two halves of an emoji', () => {
    const once = toggleFormatting('a😀 b', 2, 5, 'italic')
    expect(once.text).toBe('a_😀 b_')
    expect(once.text).not.toMatch(loneSurrogate)
  })

  it('toggling twice gives back the text, for any text and selection', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '*', '_', '~', '`', '😀', 'é') }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...styles),
        (text, a, b, style) => {
          const once = toggleFormatting(text, a % (text.length + 1), b % (text.length + 1), style)
          expect(once.start).toBeLessThanOrEqual(once.end)
          expect(once.end).toBeLessThanOrEqual(once.text.length)
          // The visible words never change: only markers come and go.
          const plain = (value: string) => value.replace(/[*_~`]/g, '')
          expect(plain(once.text)).toBe(plain(text))
          const twice = toggleFormatting(once.text, once.start, once.end, style)
          if (!/[*_~`]/.test(text)) expect(twice.text).toBe(text)
          expect(once.text).not.toMatch(loneSurrogate)
        },
      ),
    )
  })

  it('wrapping plain words always renders the style', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'ß', '😀'), minLength: 1 }), { minLength: 1 }),
        fc.constantFrom<InlineStyle>('bold', 'italic', 'strike'),
        (words, style) => {
          const text = words.join(' ')
          const result = toggleFormatting(text, 0, text.length, style)
          const nodes = parseFormatting(result.text)
          expect(nodes).toHaveLength(1)
          expect(nodes[0]?.type).toBe(style)
          expect(formattingToText(nodes)).toBe(text)
        },
      ),
    )
  })
})
