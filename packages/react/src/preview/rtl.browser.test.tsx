import { describe, expect, it, vi } from 'vitest'
import { page } from 'vitest/browser'
import { emulatePreferences } from '../testing/preferences.ts'
import { validFixtures } from './fixtures.ts'
import { renderPreview } from './testing/browser-render.tsx'

/** The on-screen box of the first occurrence of `text` inside `root`. */
function boxOf(root: HTMLElement, text: string): DOMRect {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(text) ?? -1
    if (at >= 0) {
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + text.length)
      return range.getBoundingClientRect()
    }
  }
  throw new Error(`"${text}" is not rendered`)
}

const ARABIC = 'هل تحتاج إلى نقل'
const ENGLISH = 'Hello Ahmed'

describe('right-to-left paragraphs (Chromium)', () => {
  it('each paragraph of a mixed body aligns by its own direction, and the time never covers text', () => {
    const { root } = renderPreview({
      type: 'button',
      body: { text: `${ENGLISH}\n${ARABIC}` },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Ok' } }] },
    })
    const body = root.querySelector('.bi-body') as HTMLElement
    const inner = body.getBoundingClientRect()
    const english = boxOf(body, ENGLISH)
    const arabic = boxOf(body, ARABIC)
    expect(english.left - inner.left).toBeLessThan(2)
    expect(inner.right - arabic.right).toBeLessThan(2)
    const time = (root.querySelector('.bi-time') as HTMLElement).getBoundingClientRect()
    expect(time.top >= arabic.bottom - 1 || time.left >= arabic.right || time.right <= arabic.left).toBe(true)
  })

  it.each([
    ['a line feed', '\n'],
    ['the line separator U+2028', '\u2028'],
  ])(
    'a right-to-left last line in an otherwise left-to-right footer puts the time on its own line (after %s)',
    (_name, lineBreak) => {
      const { root } = renderPreview({
        type: 'button',
        body: { text: ENGLISH },
        footer: { text: `Thanks${lineBreak}${ARABIC}` },
        action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Ok' } }] },
      })
      const footer = root.querySelector('.bi-footer') as HTMLElement
      const arabic = boxOf(footer, ARABIC)
      expect(footer.getBoundingClientRect().right - arabic.right).toBeLessThan(2)
      const time = (root.querySelector('.bi-time') as HTMLElement).getBoundingClientRect()
      expect(time.top).toBeGreaterThanOrEqual(arabic.bottom - 1)
    },
  )
})

/** The gaps between `text`'s rendered box and the start and end of its element's content box. */
function gaps(element: HTMLElement, text: string): { left: number; right: number } {
  const style = getComputedStyle(element)
  const box = element.getBoundingClientRect()
  const line = boxOf(element, text)
  return {
    left: line.left - box.left - Number.parseFloat(style.paddingLeft),
    right: box.right - Number.parseFloat(style.paddingRight) - line.right,
  }
}

const one = (root: ParentNode, selector: string, text: string): HTMLElement => {
  const found = [...root.querySelectorAll<HTMLElement>(selector)].find((element) => element.textContent === text)
  if (!found) throw new Error(`no ${selector} reads "${text}"`)
  return found
}

// WhatsApp sets each text's direction from its first strong letter (WhatsApp Web's EmojiText
// takes `direction` from the text and infers each line's), whatever the phone's language.
describe('every text field takes its own direction (Chromium)', () => {
  const NAME = 'مرحبا بك'
  const LATIN = 'Karibu 24'
  const list = (text: string) => ({
    type: 'list',
    header: { type: 'text', text },
    body: { text },
    action: {
      button: text,
      sections: [{ title: text, rows: [{ id: 'a', title: text, description: text }] }],
    },
  })

  for (const [text, direction] of [
    [NAME, 'rtl'],
    [LATIN, 'ltr'],
  ] as const) {
    it(`a ${direction} header, list button, sheet title, section, row and reply read ${direction}`, async () => {
      const { root } = renderPreview(list(text), { onReply: () => undefined })
      const header = one(root, '.bi-header', text)
      const trigger = one(root, '.bi-action-label', text)
      expect(getComputedStyle(trigger).direction).toBe(direction)
      ;(trigger.closest('button') as HTMLButtonElement).click()
      const sheet = await vi.waitUntil(() => document.querySelector<HTMLElement>('[role="dialog"]'))
      // The title fits its width beside Close: its direction is what shows.
      expect(getComputedStyle(one(sheet, '.bi-sheet-title', text)).direction).toBe(direction)
      const fields = [
        header,
        one(sheet, '.bi-sheet-section-title', text),
        one(sheet, '.bi-sheet-row-title', text),
        one(sheet, '.bi-sheet-row-description', text),
      ]
      for (const field of fields) {
        expect(getComputedStyle(field).direction, field.className).toBe(direction)
        const { left, right } = gaps(field, text)
        // Right-to-left text starts at the right edge, left-to-right at the left one.
        expect(direction === 'rtl' ? right : left, field.className).toBeLessThan(2)
        expect(direction === 'rtl' ? left : right, field.className).toBeGreaterThan(20)
      }
      await page.getByRole('radio').click()
      await page.getByRole('dialog').getByRole('button', { name: 'Send' }).click()
      const title = await vi.waitUntil(() => root.parentElement?.querySelector<HTMLElement>('.bi-reply-title'))
      expect(getComputedStyle(title.parentElement as HTMLElement).direction).toBe(direction)
    })
  }
})

describe('lists and quotes of another direction than the message (Chromium)', () => {
  it('right-to-left list items keep their bullets and numbers inside the bubble, on their right', () => {
    const { root } = renderPreview({
      type: 'button',
      body: { text: `Hello there\n- ${ARABIC}\n- شكرا\n1. واحد\n2. اثنان` },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Ok' } }] },
    })
    const body = (root.querySelector('.bi-body') as HTMLElement).getBoundingClientRect()
    for (const item of root.querySelectorAll<HTMLElement>('.bi-list-item')) {
      expect(getComputedStyle(item).direction).toBe('rtl')
      const box = item.getBoundingClientRect()
      // The marker hangs in the space at the item's start (its right): that space is the body's.
      expect(body.right - box.right, item.textContent ?? '').toBeGreaterThan(12)
      expect(box.left - body.left, item.textContent ?? '').toBeGreaterThanOrEqual(0)
    }
  })

  it('left-to-right list items in a right-to-left message keep theirs on their left', () => {
    const { root } = renderPreview({
      type: 'button',
      body: { text: `${ARABIC}\n- Hello\n- Karibu` },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Ok' } }] },
    })
    const body = (root.querySelector('.bi-body') as HTMLElement).getBoundingClientRect()
    for (const item of root.querySelectorAll<HTMLElement>('.bi-list-item')) {
      expect(getComputedStyle(item).direction).toBe('ltr')
      expect(item.getBoundingClientRect().left - body.left).toBeGreaterThan(12)
    }
  })
})

// WhatsApp lays a chat out in the phone's language, and each text by its own letters: in an
// Arabic phone the business's bubbles stand on the right, tail at their top right, whatever the
// message's language. The page's direction stands for the phone's language here. The tail was
// drawn on the left of every incoming bubble, so a right-to-left page had it on the wrong side.
describe("the chat's sides follow the page's direction, its texts their own (Chromium)", () => {
  const message = (text: string) => ({
    type: 'button',
    body: { text },
    action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Ok' } }] },
  })
  const reply = { type: 'button_reply', button_reply: { id: 'a', title: 'Ok' } } as const

  it.each([
    ['ltr', ARABIC, 'rtl'],
    ['rtl', ENGLISH, 'ltr'],
    ['rtl', ARABIC, 'rtl'],
  ] as const)('in a %s page, a bubble reading "%s" has its tail at its start and its body %s', (dir, text, own) => {
    inPage(dir, () => {
      const { root } = renderPreview(message(text), { reply })
      const frame = (root.querySelector('.bi-frame') as HTMLElement).getBoundingClientRect()
      const [business, customer] = [...root.querySelectorAll<HTMLElement>('.bi-bubble[data-tail]')] as HTMLElement[]
      const box = (business as HTMLElement).getBoundingClientRect()
      // The business's bubble stands at the page's start, 22 px in: room for its tail.
      expect(Math.round(dir === 'rtl' ? frame.right - box.right : box.left - frame.left)).toBe(22)
      const tail = getComputedStyle(business as HTMLElement, '::after')
      expect(dir === 'rtl' ? tail.right : tail.left).toBe('-8px')
      // Turned over on the right: the wedge's straight edge stays against the bubble.
      expect(tail.transform).toBe(dir === 'rtl' ? 'matrix(-1, 0, 0, 1, 0, 0)' : 'none')
      const style = getComputedStyle(business as HTMLElement)
      expect(dir === 'rtl' ? style.borderTopRightRadius : style.borderTopLeftRadius).toBe('0px')
      expect(dir === 'rtl' ? style.borderTopLeftRadius : style.borderTopRightRadius).not.toBe('0px')
      // The customer's reply answers from the other side, its tail at its own top outer corner.
      const answer = getComputedStyle(customer as HTMLElement, '::after')
      expect(dir === 'rtl' ? answer.left : answer.right).toBe('-8px')
      expect(getComputedStyle(root.querySelector('.bi-body') as HTMLElement).direction).toBe(own)
    })
  })
})

describe("the list's sheet follows the page's direction (Chromium)", () => {
  it.each(['ltr', 'rtl'] as const)('in a %s page, Close and the rows’ dividers start at its start', (dir) =>
    inPage(dir, async () => {
      const { root } = renderPreview({
        type: 'list',
        body: { text: ENGLISH },
        action: {
          button: 'Options',
          sections: [
            {
              title: 'Times',
              rows: [
                { id: 'a', title: 'Morning' },
                { id: 'b', title: 'Evening' },
              ],
            },
          ],
        },
      })
      ;(one(root, '.bi-action-label', 'Options').closest('button') as HTMLButtonElement).click()
      const sheet = await vi.waitUntil(() => document.querySelector<HTMLElement>('.bi-sheet'))
      const box = sheet.getBoundingClientRect()
      const close = (sheet.querySelector('.bi-sheet-close') as HTMLElement).getBoundingClientRect()
      // Close stands 8 px in from the sheet's start: the right in a right-to-left page.
      expect(Math.round(dir === 'rtl' ? box.right - close.right : close.left - box.left)).toBe(8)
      const divider = getComputedStyle(sheet.querySelectorAll('.bi-sheet-row')[1] as HTMLElement, '::before')
      expect([divider.left, divider.right]).toEqual(dir === 'rtl' ? ['0px', '16px'] : ['16px', '0px'])
    }),
  )
})

/** Runs `check` with the page's direction set to `dir`, and takes it off again. */
function inPage<T>(dir: 'ltr' | 'rtl', check: () => T): T {
  document.documentElement.dir = dir
  const leave = () => document.documentElement.removeAttribute('dir')
  let result: T
  try {
    result = check()
  } catch (error) {
    leave()
    throw error
  }
  // An async check keeps the direction until it settles.
  if (result instanceof Promise) return result.finally(leave) as T
  leave()
  return result
}

/**
 * An invalid part's bar, start side first: its inset shadow, then, in forced colours (which drop
 * shadows), the start and end borders and paddings that draw it instead.
 */
async function barSides(part: HTMLElement, dir: 'ltr' | 'rtl') {
  const shadow = getComputedStyle(part).boxShadow
  await emulatePreferences({ forcedColors: 'active' })
  try {
    const style = getComputedStyle(part)
    const [start, end] = dir === 'rtl' ? ['right', 'left'] : ['left', 'right']
    const sides = (property: string) => [
      style.getPropertyValue(property.replace('*', start)),
      style.getPropertyValue(property.replace('*', end)),
    ]
    return { shadow, border: sides('border-*-width'), padding: sides('padding-*') }
  } finally {
    await emulatePreferences({ forcedColors: null })
  }
}

/** The inset shadow of a bar at `dir`'s start: positive on the left edge, negative on the right. */
const startShadow = (dir: 'ltr' | 'rtl') => (dir === 'rtl' ? / -3px 0px 0px 0px inset/ : / 3px 0px 0px 0px inset/)

/** How far `inner` stands from `outer`'s start and end sides in a `dir` page. */
function fromSides(dir: 'ltr' | 'rtl', outer: DOMRect, inner: { left: number; right: number }) {
  const [start, end] = [inner.left - outer.left, outer.right - inner.right]
  // + 0: a rounded -0.2 is -0, which toBe(0) tells from 0.
  return { start: Math.round(dir === 'rtl' ? end : start) + 0, end: Math.round(dir === 'rtl' ? start : end) + 0 }
}

// In an Arabic phone WhatsApp mirrors the bubble's inside too: the time and ticks at its bottom
// left (its end), a video's duration at the bottom right of the picture, the text's wider padding
// on the right. They stayed where a left-to-right page has them.
describe("inside a bubble, the sides follow the page's direction (Chromium)", () => {
  it.each(['ltr', 'rtl'] as const)('in a %s page the texts keep 9 px at the start, and the bars stand there', (dir) => {
    inPage(dir, () => {
      // English in both: the body, header and reply take their own direction (dir="auto"), the
      // padding the page's.
      const { root } = renderPreview(
        {
          type: 'button',
          header: { type: 'text', text: ENGLISH },
          body: { text: 5 },
          footer: { text: 5 },
          action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Ok' } }] },
        },
        { reply: { type: 'button_reply', button_reply: { id: 'a', title: ENGLISH } } },
      )
      const sides = (element: HTMLElement) => {
        const style = getComputedStyle(element)
        const [left, right] = [Number.parseFloat(style.paddingLeft), Number.parseFloat(style.paddingRight)]
        return dir === 'rtl' ? [right, left] : [left, right]
      }
      for (const element of root.querySelectorAll<HTMLElement>('.bi-text, .bi-header')) {
        expect(sides(element), element.className).toEqual([9, 7])
      }
      const text = (root.querySelector('.bi-text') as HTMLElement).getBoundingClientRect()
      for (const barred of root.querySelectorAll<HTMLElement>('.bi-body[data-invalid], .bi-footer[data-invalid]')) {
        const bar = getComputedStyle(barred, '::before')
        const left = barred.getBoundingClientRect().left + Number.parseFloat(bar.left)
        expect(fromSides(dir, text, { left, right: left + Number.parseFloat(bar.width) }).start, barred.className).toBe(
          0,
        )
      }
      expect(root.querySelectorAll('.bi-body[data-invalid], .bi-footer[data-invalid]')).toHaveLength(2)
    })
  })

  it.each(['ltr', 'rtl'] as const)('in a %s page the time stands 7 px from the text’s end', (dir) => {
    inPage(dir, () => {
      const { root } = renderPreview({
        type: 'button',
        body: { text: dir === 'rtl' ? ARABIC : ENGLISH },
        action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Ok' } }] },
      })
      const text = (root.querySelector('.bi-text') as HTMLElement).getBoundingClientRect()
      const meta = (root.querySelector('.bi-meta') as HTMLElement).getBoundingClientRect()
      expect(fromSides(dir, text, meta).end).toBe(7)
      // On the last line, beside the text: the spacer at the line's end keeps it clear.
      const line = boxOf(root.querySelector('.bi-body') as HTMLElement, dir === 'rtl' ? ARABIC : ENGLISH)
      expect(meta.top).toBeLessThan(line.bottom)
      expect(dir === 'rtl' ? meta.right <= line.left : meta.left >= line.right).toBe(true)
    })
  })

  it.each([
    ['ltr', ARABIC],
    ['rtl', ENGLISH],
    // No letter: dir="auto" lays it out left to right.
    ['rtl', '12345 678'],
  ] as const)(
    'in a %s page, a last line laid out the other way ("%s") puts the time on its own line at its end',
    (dir, words) => {
      inPage(dir, () => {
        const { root } = renderPreview(
          {
            type: 'button',
            body: { text: words },
            action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Ok' } }] },
          },
          { reply: { type: 'button_reply', button_reply: { id: 'a', title: words } } },
        )
        for (const bubble of root.querySelectorAll<HTMLElement>('.bi-bubble[data-tail]')) {
          const text = (bubble.querySelector('.bi-text') as HTMLElement).getBoundingClientRect()
          const meta = (bubble.querySelector('.bi-meta') as HTMLElement).getBoundingClientRect()
          const line = boxOf(bubble.querySelector('.bi-body, .bi-reply-title') as HTMLElement, words)
          expect(meta.top, bubble.dataset.direction).toBeGreaterThanOrEqual(line.bottom - 1)
          // The time, then the reply's ticks, in the page's order, the last 5 px from the end,
          // whatever the reply's own direction.
          const time = fromSides(dir, text, (bubble.querySelector('.bi-time') as HTMLElement).getBoundingClientRect())
          const ticks = bubble.querySelector('.bi-ticks-wrap')?.getBoundingClientRect()
          const last = ticks ? fromSides(dir, text, ticks) : time
          expect(last.end, bubble.dataset.direction).toBe(5)
          expect(time.end, bubble.dataset.direction).toBeGreaterThanOrEqual(last.end)
        }
      })
    },
  )
  it.each(['ltr', 'rtl'] as const)(
    'in a %s page a last line of digits after a right-to-left one keeps the time off it',
    (dir) => {
      inPage(dir, () => {
        // Each line takes its own direction: the digits run left to right, whatever came before.
        const { root } = renderPreview({
          type: 'button',
          body: { text: `${ARABIC}\n12345` },
          action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Ok' } }] },
        })
        const digits = boxOf(root.querySelector('.bi-body') as HTMLElement, '12345')
        const time = (root.querySelector('.bi-time') as HTMLElement).getBoundingClientRect()
        expect(time.top >= digits.bottom - 1 || time.left >= digits.right || time.right <= digits.left).toBe(true)
      })
    },
  )
  it.each(['ltr', 'rtl'] as const)('in a %s page a video’s duration stands 6 px in from its start corner', (dir) => {
    inPage(dir, () => {
      const { root } = renderPreview({
        type: 'button',
        header: { type: 'video', video: { link: '' } },
        body: { text: ENGLISH },
        action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Ok' } }] },
      })
      const media = (
        root.querySelector('.bi-header[data-kind="video"] .bi-media') as HTMLElement
      ).getBoundingClientRect()
      const badge = root.querySelector('.bi-duration') as HTMLElement
      expect(fromSides(dir, media, badge.getBoundingClientRect()).start).toBe(6)
      // Its glyph leads, 2 px from the badge's start.
      const glyph = (badge.querySelector('.bi-icon') as Element).getBoundingClientRect()
      expect(fromSides(dir, badge.getBoundingClientRect(), glyph).start).toBe(2)
    })
  })
  it.each(['ltr', 'rtl'] as const)(
    'in a %s page an invalid button is barred at its start, in forced colours too',
    (dir) =>
      inPage(dir, async () => {
        const buttons = [1, 2, 3, 4].map((i) => ({ type: 'reply', reply: { id: `o${i}`, title: `Option ${i}` } }))
        const { root } = renderPreview({ type: 'button', body: { text: ENGLISH }, action: { buttons } })
        const fourth = root.querySelectorAll<HTMLElement>('.bi-action')[3] as HTMLElement
        expect(fourth).toHaveAttribute('data-invalid')
        const bar = await barSides(fourth, dir)
        expect(bar.shadow).toMatch(startShadow(dir))
        expect(bar.border).toEqual(['3px', '0px'])
        expect(bar.padding).toEqual(['9px', '12px'])
      }),
  )
  it.each(['ltr', 'rtl'] as const)(
    'in a %s page a card without its index and a product list without its header are barred at their start',
    (dir) => {
      inPage(dir, () => {
        const card = {
          type: 'cta_url',
          header: { type: 'image', image: { link: 'https://example.com/a.png' } },
          body: { text: 'Card' },
          action: { name: 'cta_url', parameters: { display_text: 'Open', url: 'https://example.com' } },
        }
        const { root } = renderPreview({ type: 'carousel', body: { text: ENGLISH }, action: { cards: [card] } })
        const barred = root.querySelector('.bi-card') as HTMLElement
        expect(barred).toHaveAttribute('data-invalid')
        expect(getComputedStyle(barred).boxShadow).toMatch(startShadow(dir))
        const { root: list } = renderPreview({ ...validFixtures.productList, header: undefined })
        const product = list.querySelector('.bi-product') as HTMLElement
        expect(product).toHaveAttribute('data-invalid')
        const bar = getComputedStyle(product, '::before')
        const left = product.getBoundingClientRect().left + Number.parseFloat(bar.left)
        const bubble = (product.closest('.bi-bubble') as HTMLElement).getBoundingClientRect()
        expect(fromSides(dir, bubble, { left, right: left + 3 }).start).toBe(0)
      })
    },
  )
  it.each(['ltr', 'rtl'] as const)('in a %s page the reply’s quote keeps 10 px beside its bar, at its start', (dir) => {
    inPage(dir, () => {
      const { root } = renderPreview(
        {
          type: 'button',
          body: { text: ENGLISH },
          action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Ok' } }] },
        },
        { reply: { type: 'button_reply', button_reply: { id: 'a', title: 'Ok' } } },
      )
      const style = getComputedStyle(root.querySelector('.bi-quote') as HTMLElement)
      const [start, end] = dir === 'rtl' ? ['right', 'left'] : ['left', 'right']
      expect([
        style.getPropertyValue(`border-${start}-width`),
        style.getPropertyValue(`padding-${start}`),
        style.getPropertyValue(`padding-${end}`),
      ]).toEqual(['4px', '10px', '8px'])
    })
  })
  it('in a right-to-left page a 12-hour time still reads "9:41 AM"', () => {
    inPage('rtl', () => {
      const { root } = renderPreview(
        {
          type: 'button',
          body: { text: ARABIC },
          action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Ok' } }] },
        },
        { locale: 'en-US' },
      )
      const time = root.querySelector('.bi-time') as HTMLElement
      expect(time).toHaveTextContent('9:41 AM')
      expect(boxOf(time, '9:41').right).toBeLessThanOrEqual(boxOf(time, 'AM').left)
    })
  })
  it.each(['ltr', 'rtl'] as const)('in a %s page a product card’s text keeps 9 px at its start', (dir) => {
    inPage(dir, () => {
      const { root } = renderPreview(validFixtures.carouselProducts)
      const texts = root.querySelectorAll<HTMLElement>('.bi-card .bi-product-text')
      expect(texts.length).toBeGreaterThan(0)
      for (const text of texts) {
        const style = getComputedStyle(text)
        const [start, end] = dir === 'rtl' ? ['right', 'left'] : ['left', 'right']
        expect([style.getPropertyValue(`padding-${start}`), style.getPropertyValue(`padding-${end}`)]).toEqual([
          '9px',
          '7px',
        ])
      }
    })
  })
  it.each(['ltr', 'rtl'] as const)(
    'in a %s page an invalid sheet row is barred at its start, in forced colours too',
    (dir) =>
      inPage(dir, async () => {
        const { root } = renderPreview({
          type: 'list',
          body: { text: ENGLISH },
          action: { button: 'Options', sections: [{ title: 'Times', rows: [{ title: 'Morning' }] }] },
        })
        ;(one(root, '.bi-action-label', 'Options').closest('button') as HTMLButtonElement).click()
        const row = await vi.waitUntil(() => document.querySelector<HTMLElement>('.bi-sheet-row[data-invalid]'))
        const bar = await barSides(row, dir)
        expect(bar.shadow).toMatch(startShadow(dir))
        expect([...bar.border, ...bar.padding]).toEqual(['3px', '0px', '13px', '16px'])
      }),
  )
})
