import { LIMITS } from '@briq-interactive/core'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { FIXTURE_TIME } from './fixtures.ts'
import { InteractivePreview } from './interactive-preview.tsx'

const region = () => screen.getByRole('region', { name: 'WhatsApp message preview' })
const show = (value: unknown) => render(<InteractivePreview value={value} time={FIXTURE_TIME} />)
const over = (n: number, seed = 'abcdefghij') => seed.repeat(Math.ceil((n + 5) / seed.length)).slice(0, n + 5)
/** The visible text of an element without the screen-reader notes. */
const visible = (el: Element): string => {
  const copy = el.cloneNode(true) as Element
  for (const note of copy.querySelectorAll('.bi-sr-only')) note.remove()
  return copy.textContent ?? ''
}
/** The visible text before the first mark, and the visible text of every mark. */
function split(el: Element): { before: string; marked: string } {
  const marks = [...el.querySelectorAll('mark[data-overflow]')]
  const copy = el.cloneNode(true) as Element
  for (const note of copy.querySelectorAll('.bi-sr-only')) note.remove()
  const first = copy.querySelector('mark[data-overflow]')
  const range = document.createRange()
  range.selectNodeContents(copy)
  if (first) range.setEndBefore(first)
  return { before: range.toString(), marked: marks.map(visible).join('') }
}

const card = (i: number, body: string) => ({
  card_index: i,
  type: 'cta_url',
  header: { type: 'image', image: { link: 'https://example.co.tz/a.jpg' } },
  body: { text: body },
  action: {
    name: 'cta_url',
    parameters: { display_text: i === 0 ? over(LIMITS.carousel.displayText.max) : 'Ok', url: 'https://a.tz' },
  },
})

describe('overflow inside formatted text', () => {
  it('keeps *bold* whole when the limit falls inside it, and marks from the exact character', () => {
    const text = `${'a'.repeat(1020)} *bold text*`
    show({ type: 'button', body: { text }, action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] } })
    const body = region().querySelector('.bi-body') as HTMLElement
    expect(visible(body)).not.toContain('*')
    const strong = body.querySelector('strong') as HTMLElement
    expect(visible(strong)).toBe('bold text')
    // Source index 1024 is the 'l' of "bold": 'bo' fits, 'ld text' is past the limit.
    expect(visible(strong.querySelector('mark') as Element)).toBe('ld text')
    expect(split(body).before).toBe(`${'a'.repeat(1020)} bo`)
    expect(body.querySelectorAll('.bi-sr-only')).toHaveLength(1)
  })

  it('keeps a link whole and working when the limit falls inside it', () => {
    const text = `${'a'.repeat(1010)} https://briq.tz/docs/interactive`
    show({ type: 'button', body: { text }, action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] } })
    const link = region().querySelector('.bi-body a') as HTMLAnchorElement
    expect(link).toHaveAttribute('href', 'https://briq.tz/docs/interactive')
    expect(visible(link)).toBe('https://briq.tz/docs/interactive')
    expect(split(region().querySelector('.bi-body') as Element).before).toBe(`${'a'.repeat(1010)} https://briq.`)
  })

  it('still marks a body whose only text past the limit is a closing marker', () => {
    show({ type: 'button', body: { text: `*${'a'.repeat(1023)}*` }, action: {} })
    const mark = region().querySelector('.bi-body mark[data-overflow]') as HTMLElement
    expect(mark).toHaveAttribute('data-limit', '1024')
    expect(mark).toHaveTextContent('Text past the 1024-character limit starts here')
  })

  it('marks a card body from its third line break', () => {
    show({
      type: 'carousel',
      body: { text: 'x' },
      action: { cards: [card(0, 'one\ntwo\n*three*\nfour\nfive'), card(1, 'y')] },
    })
    const body = region().querySelector('.bi-card-body') as HTMLElement
    expect(split(body)).toEqual({ before: 'onetwothree', marked: 'fourfive' })
    expect(body.querySelector('mark')).toHaveAttribute('data-limit', '2')
    expect(body.querySelector('.bi-sr-only')).toHaveTextContent('Text past the 2-line-break limit starts here')
  })

  it.each([
    ['lone CRs', 'one\rtwo\rthree\rfour'],
    ['line separators', 'one\u2028two\u2028three\u2028four'],
    ['paragraph separators', 'one\u2029two\u2029three\u2029four'],
    ['mixed, a CRLF counted once', 'one\r\ntwo\rthree\u2028four'],
    ['separators, then a newline', 'one\u2028two\rthree\nfour'],
  ])('marks a card body from its third line break when the breaks are %s, as core counts them', (_, text) => {
    show({ type: 'carousel', body: { text: 'x' }, action: { cards: [card(0, text), card(1, 'y')] } })
    const body = region().querySelector('.bi-card-body') as HTMLElement
    expect(split(body)).toEqual({ before: 'onetwothree', marked: 'four' })
    expect(body.querySelector('mark')).toHaveAttribute('data-limit', '2')
  })
})

describe('overflow after line breaks other than a newline', () => {
  // A body pasted with U+2028 (word processors) or lone CRs, with a newline further on: the
  // mark must still start at the exact character past the limit, not earlier.
  it.each([
    ['a line separator', '\u2028'],
    ['a paragraph separator', '\u2029'],
    ['a lone CR', '\r'],
  ])('marks a body from the 1025th character when its first line ends with %s', (_, lineBreak) => {
    const text = `x${lineBreak}${'y'.repeat(1000)}\n${'z'.repeat(100)}`
    show({ type: 'button', body: { text }, action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] } })
    const { before, marked } = split(region().querySelector('.bi-body') as Element)
    expect(before).toBe(`x${'y'.repeat(1000)}${'z'.repeat(21)}`)
    expect(marked).toBe('z'.repeat(79))
  })
})

describe('overflow in every text field', () => {
  it.each([
    [
      'header',
      { type: 'button', header: { type: 'text', text: over(60) }, body: { text: 'x' }, action: {} },
      '.bi-header',
      60,
    ],
    ['footer', { type: 'button', body: { text: 'x' }, footer: { text: over(60) }, action: {} }, '.bi-footer', 60],
    [
      'reply button',
      {
        type: 'button',
        body: { text: 'x' },
        action: { buttons: [{ type: 'reply', reply: { id: 'a', title: over(20) } }] },
      },
      '.bi-action',
      20,
    ],
    [
      'cta_url button',
      {
        type: 'cta_url',
        body: { text: 'x' },
        action: { name: 'cta_url', parameters: { display_text: over(20), url: 'https://a.tz' } },
      },
      '.bi-action',
      20,
    ],
    [
      'list button',
      { type: 'list', body: { text: 'x' }, action: { button: over(20), sections: [] } },
      '.bi-action',
      20,
    ],
    [
      'card body',
      { type: 'carousel', body: { text: 'x' }, action: { cards: [card(0, over(160)), card(1, 'y')] } },
      '.bi-card-body',
      160,
    ],
    [
      'card button',
      { type: 'carousel', body: { text: 'x' }, action: { cards: [card(0, 'y'), card(1, 'y')] } },
      '.bi-card .bi-action',
      20,
    ],
    [
      'carousel quick reply',
      {
        type: 'carousel',
        body: { text: 'x' },
        action: {
          cards: [0, 1].map((i) => ({
            ...card(i, 'y'),
            action: { buttons: [{ type: 'quick_reply', quick_reply: { id: `q${i}`, title: over(20) } }] },
          })),
        },
      },
      '.bi-card .bi-action',
      20,
    ],
  ])('%s', (_name, value, selector, limit) => {
    show(value)
    const field = region().querySelector(selector) as HTMLElement
    expect(field.querySelector('mark[data-overflow]')).toHaveAttribute('data-limit', String(limit))
    const { before, marked } = split(field)
    expect(before).toBe(over(limit).slice(0, limit))
    expect(marked).toBe(over(limit).slice(limit))
  })

  it('section title, row title and row description in the sheet', async () => {
    show({
      type: 'list',
      body: { text: 'x' },
      action: {
        button: 'Open',
        sections: [{ title: over(24), rows: [{ id: 'r', title: over(24), description: over(72) }] }],
      },
    })
    await userEvent.click(screen.getByRole('button', { name: 'Open' }))
    const dialog = screen.getByRole('dialog')
    for (const [selector, limit] of [
      ['.bi-sheet-section-title', 24],
      ['.bi-sheet-row-title', 24],
      ['.bi-sheet-row-description', 72],
    ] as const) {
      const field = dialog.querySelector(selector) as HTMLElement
      expect(field.querySelector('mark')).toHaveAttribute('data-limit', String(limit))
      expect(split(field)).toEqual({ before: over(limit).slice(0, limit), marked: over(limit).slice(limit) })
    }
  })
})

describe('rows past the total beside too many sections', () => {
  it('marks rows 11 to 22 of eleven sections of two rows (core reports both counts)', async () => {
    const sections = Array.from({ length: 11 }, (_, s) => ({
      title: `Day ${s + 1}`,
      rows: [0, 1].map((r) => ({ id: `s${s}r${r}`, title: `Slot ${r + 1}` })),
    }))
    show({ type: 'list', body: { text: 'x' }, action: { button: 'Open', sections } })
    await userEvent.click(screen.getByRole('button', { name: 'Open' }))
    const rows = [...screen.getByRole('dialog').querySelectorAll('.bi-sheet-row')]
    expect(rows).toHaveLength(22)
    expect(rows.map((row) => row.hasAttribute('data-overflow'))).toEqual(
      Array.from({ length: 22 }, (_, i) => i >= LIMITS.list.rowsTotal.max),
    )
  })
})

describe('overflow of text made of more than one code point', () => {
  const reply = (title: string) => ({
    type: 'button',
    body: { text: 'x' },
    action: { buttons: [{ type: 'reply', reply: { id: 'a', title } }] },
  })
  const flow = (cta: string) => ({
    type: 'flow',
    body: { text: 'x' },
    action: { name: 'flow', parameters: { flow_message_version: '3', flow_id: '1', flow_cta: cta } },
  })
  const call = (text: string) => ({
    type: 'voice_call',
    body: { text: 'x' },
    action: { name: 'voice_call', parameters: { display_text: text } },
  })
  const header = (text: string) => ({ ...reply('A'), header: { type: 'text', text } })

  // Counted in code points as core counts; the mark starts where the character the reader sees
  // starts, so it never splits an emoji or a letter from its accent.
  it.each([
    ['a ZWJ family straddling 20', reply(`${'a'.repeat(19)}👩\u200d💻`), 20, '👩\u200d💻'],
    ['a skin tone straddling 20', reply(`${'a'.repeat(19)}👍🏽`), 20, '👍🏽'],
    ['a combining accent straddling 20', reply(`${'a'.repeat(19)}e\u0301`), 20, 'e\u0301'],
    ['a flag straddling 60', header(`${'a'.repeat(59)}🇹🇿`), 60, '🇹🇿'],
    ['21 astral emoji', reply('😀'.repeat(21)), 20, '😀'],
    ['a flow CTA of 31', flow('a'.repeat(31)), 30, 'a'],
    ['a call button text of 21', call(`${'a'.repeat(20)}é`), 20, 'é'],
  ])('%s is marked from the whole character', (_name, value, limit, marked) => {
    show(value)
    const marks = region().querySelectorAll('mark[data-overflow]')
    expect(marks).toHaveLength(1)
    expect(marks[0]).toHaveAttribute('data-limit', String(limit))
    expect(visible(marks[0] as Element)).toBe(marked)
  })

  it.each([
    ['20 astral emoji (40 UTF-16 units: a warning only)', reply('😀'.repeat(20))],
    ['a flow CTA of 21 (past 20: a warning only)', flow('a'.repeat(21))],
    ['a ZWJ family ending at 20', reply(`${'a'.repeat(17)}👩\u200d💻`)],
  ])('%s is not marked', (_name, value) => {
    show(value)
    expect(region().querySelectorAll('mark[data-overflow]')).toHaveLength(0)
  })
})
