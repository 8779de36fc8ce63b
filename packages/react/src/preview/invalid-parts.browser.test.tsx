import { describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { validFixtures } from './fixtures.ts'
import { renderPreview } from './testing/browser-render.tsx'

/** Where the 3 px error bar before `part` is painted, relative to the bubble's left edge. */
function bar(root: HTMLElement, selector: string): { left: number; width: number; height: number; color: string } {
  const part = root.querySelector(selector) as HTMLElement
  const bubble = root.querySelector('.bi-bubble') as HTMLElement
  const style = getComputedStyle(part, '::before')
  const left = part.getBoundingClientRect().left + Number.parseFloat(style.left) - bubble.getBoundingClientRect().left
  return {
    left,
    width: Number.parseFloat(style.width),
    height: Number.parseFloat(style.height),
    color: style.backgroundColor,
  }
}

/** The inset 3 px error bar an invalid button or list row has, as computed. */
const BAR = /rgb\(179, 38, 30\) 3px 0px 0px 0px inset/

/** The part has the 3 px error bar, as an invalid button has, at the bubble's edge. */
function expectBarAtEdge(root: HTMLElement, selector: string): void {
  const painted = bar(root, selector)
  expect(painted.left).toBeCloseTo(0, 0)
  expect(painted.width).toBe(3)
  expect(painted.height).toBeGreaterThan(10)
  expect(painted.color).toBe('rgb(179, 38, 30)')
}

// Meta's location request guide: the message has a body and its action only. WhatsApp refuses
// one with a header or footer, so the preview bars them as it bars an invalid button.
describe('a header or footer the type does not take (Chromium)', () => {
  it('has an error bar at the bubble edge, as an invalid button has', () => {
    const { root } = renderPreview({
      type: 'location_request_message',
      header: { type: 'text', text: 'Karibu' },
      body: { text: 'Tuko wapi?' },
      footer: { text: 'Asante' },
      action: { name: 'send_location' },
    })
    for (const selector of ['.bi-header', '.bi-footer']) {
      expectBarAtEdge(root, selector)
    }
  })

  // Meta's Share products guide: a single-product message takes no header. Its product card
  // comes first; the header is drawn below it, barred.
  it("bars a single product's header at the bubble edge", () => {
    const { root } = renderPreview({
      type: 'product',
      header: { type: 'text', text: 'Karibu' },
      body: { text: 'Angalia' },
      action: { catalog_id: '1', product_retailer_id: 'p1' },
    })
    expectBarAtEdge(root, '.bi-header')
  })

  // Meta's Share products guide: a product list requires a text header, its card's title.
  it("bars a product list's card when its header is missing, at the bubble edge", () => {
    const { root } = renderPreview({
      type: 'product_list',
      body: { text: 'Chagua' },
      action: { catalog_id: '1', sections: [{ title: 'Vyote', product_items: [{ product_retailer_id: 'p1' }] }] },
    })
    expectBarAtEdge(root, '.bi-product')
  })

  // A header or footer there but not readable (from a JSON tab or a host) says so in its place.
  it('bars an unreadable header and an empty footer at the bubble edge, in the text column', () => {
    const { root } = renderPreview({
      type: 'button',
      header: { type: 'location' },
      body: { text: 'Tuko wapi?' },
      footer: { text: '' },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Sawa' } }] },
    })
    const body = (root.querySelector('.bi-body') as HTMLElement).getBoundingClientRect()
    for (const selector of ['.bi-header', '.bi-footer']) {
      expectBarAtEdge(root, selector)
      // Its words start where the body's do, not under the bar.
      const words = document.createRange()
      words.selectNodeContents(root.querySelector(selector) as HTMLElement)
      expect(words.getClientRects()[0]?.left).toBeCloseTo(body.left, 0)
    }
  })

  it('leaves an allowed header and footer without one', () => {
    const { root } = renderPreview({
      type: 'button',
      header: { type: 'text', text: 'Karibu' },
      body: { text: 'Tuko wapi?' },
      footer: { text: 'Asante' },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Sawa' } }] },
    })
    for (const selector of ['.bi-header', '.bi-footer']) {
      expect(getComputedStyle(root.querySelector(selector) as Element, '::before').content).toBe('none')
    }
  })
})

// Meta's reply buttons guide (1 to 3 buttons) and carousel guide (2 to 10 cards): with none to
// draw, the place they go says so, barred as an invalid button is.
describe('nothing where the buttons or cards go (Chromium)', () => {
  it('a reply-button message with no button has a barred row across the foot of the bubble', () => {
    const { root } = renderPreview({ type: 'button', body: { text: 'Chagua huduma' }, action: { buttons: [] } })
    const bubble = (root.querySelector('.bi-bubble') as HTMLElement).getBoundingClientRect()
    const row = root.querySelector('.bi-action[data-empty]') as HTMLElement
    const box = row.getBoundingClientRect()
    expect(box.left).toBeCloseTo(bubble.left, 0)
    expect(box.right).toBeCloseTo(bubble.right, 0)
    expect(box.bottom).toBeCloseTo(bubble.bottom, 0)
    expect(box.height).toBeGreaterThanOrEqual(44)
    expect(getComputedStyle(row).boxShadow).toMatch(BAR)
  })

  it("a carousel with no card has one card's room beside the bubble's column, barred", () => {
    const cards = renderPreview(validFixtures.carouselCtaUrl)
    const width = (cards.root.querySelector('.bi-card') as HTMLElement).getBoundingClientRect().width
    cards.unmount()
    const { root } = renderPreview({ type: 'carousel', body: { text: 'Chagua' }, action: { cards: [] } })
    const card = root.querySelector('.bi-card[data-kind="none"]') as HTMLElement
    const box = card.getBoundingClientRect()
    const bubble = (root.querySelector('.bi-bubble') as HTMLElement).getBoundingClientRect()
    expect(box.width).toBeCloseTo(width, 0)
    expect(box.height).toBeGreaterThanOrEqual(96)
    expect(box.top).toBeGreaterThan(bubble.bottom)
    expect(getComputedStyle(card).boxShadow).toMatch(BAR)
  })
})

// Meta's list messages guide: each section has a row, and a title when there are several.
describe("a list's sheet with a title or rows missing (Chromium)", () => {
  it('bars the untitled section and the place of its rows at the sheet edge, as a row is barred', async () => {
    const { root } = renderPreview({
      type: 'list',
      body: { text: 'Chagua wilaya' },
      action: {
        button: 'Wilaya',
        sections: [{ title: 'Kinondoni', rows: [{ id: 'k', title: 'Kinondoni' }] }, { rows: [] }],
      },
    })
    await userEvent.click(page.getByRole('button', { name: 'Wilaya' }))
    const sheet = root.querySelector('.bi-sheet') as HTMLElement
    const edge = sheet.getBoundingClientRect().left
    for (const selector of ['legend[data-empty]', '.bi-sheet-empty']) {
      const part = sheet.querySelector(selector) as HTMLElement
      expect(getComputedStyle(part).boxShadow).toMatch(BAR)
      expect(part.getBoundingClientRect().left).toBeCloseTo(edge, 0)
      expect(part.getBoundingClientRect().height).toBeGreaterThan(10)
    }
  })
})

// Parts drawn as far as they can be read, with nothing else to carry the mark.
describe('a part drawn from what could be read (Chromium)', () => {
  it('bars a body whose text is a number, at the bubble edge', () => {
    const { root } = renderPreview({
      type: 'button',
      body: { text: 2026 },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Sawa' } }] },
    })
    expect(root.querySelector('.bi-body')).toHaveTextContent('2026')
    expectBarAtEdge(root, '.bi-body')
  })

  it('bars a carousel card that is no object, or of no known type, and no other', () => {
    const [first, second] = validFixtures.carouselCtaUrl.action.cards
    const { root } = renderPreview({
      ...validFixtures.carouselCtaUrl,
      action: { cards: [first, { ...second, type: 'poll' }, null] },
    })
    const cards = [...root.querySelectorAll<HTMLElement>('.bi-card')]
    expect(cards.map((card) => BAR.test(getComputedStyle(card).boxShadow))).toEqual([false, true, true])
  })
})

// A body written that cannot be read (`null`, `"hello"`, `{}`) is refused: its placeholder is
// barred, as an unreadable header or footer is; a body not yet written is only underlined.
describe('a body that is there but cannot be read (Chromium)', () => {
  const reply = { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Sawa' } }] }

  it("bars the message body's placeholder at the bubble edge, and not one not yet written", () => {
    const given = renderPreview({ type: 'button', body: null, action: reply })
    expect(given.root.querySelector('.bi-body')).toHaveTextContent('Message text appears here')
    expectBarAtEdge(given.root, '.bi-body')
    given.unmount()
    const { root } = renderPreview({ type: 'button', action: reply })
    expect(root.querySelector('.bi-body')).toHaveAttribute('data-invalid')
    expect(getComputedStyle(root.querySelector('.bi-body') as HTMLElement, '::before').content).toBe('none')
  })

  it("bars a carousel card's body placeholder at the card's edge, inside the card", () => {
    const value = structuredClone(validFixtures.carouselCtaUrl)
    const cards: unknown[] = value.action.cards
    cards[0] = { ...value.action.cards[0], body: null }
    cards[1] = { ...value.action.cards[1], body: { text: 5 } }
    const { root } = renderPreview(value)
    const [first, second, third] = [...root.querySelectorAll<HTMLElement>('.bi-card')] as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ]
    for (const [card, selector] of [
      [first, '.bi-card-body .bi-body'],
      [second, '.bi-card-body'],
    ] as const) {
      const part = card.querySelector(selector) as HTMLElement
      const box = card.getBoundingClientRect()
      const style = getComputedStyle(part, '::before')
      const left = part.getBoundingClientRect().left + Number.parseFloat(style.left)
      expect(left).toBeCloseTo(box.left, 0)
      expect(Number.parseFloat(style.width)).toBe(3)
      expect(Number.parseFloat(style.height)).toBeGreaterThan(10)
      expect(style.backgroundColor).toBe('rgb(179, 38, 30)')
      const text = part.getBoundingClientRect()
      expect(text.right).toBeLessThanOrEqual(box.right + 0.5)
      expect(text.bottom).toBeLessThanOrEqual(
        (card.querySelector('.bi-actions') as HTMLElement).getBoundingClientRect().top + 0.5,
      )
    }
    expect(first.querySelector('.bi-card-body')).toHaveTextContent('Message text appears here')
    // The cards keep one height, their buttons at the foot, whatever their bodies hold.
    const heights = [first, second, third].map((card) => card.getBoundingClientRect().height)
    expect(new Set(heights).size).toBe(1)
    expect(getComputedStyle(third.querySelector('.bi-card-body') as HTMLElement, '::before').content).toBe('none')
  })
})

// The twelve types WhatsApp documents are all drawn; any other type is refused, and the note
// standing for the message says so, barred as a header it cannot read is.
describe('a type the kit does not send (Chromium)', () => {
  it('bars the note saying so at the bubble edge', () => {
    const { root } = renderPreview({ type: 'poll', body: { text: 'Kura: chai au kahawa?' } })
    expect(root.querySelector('.bi-unknown')).toHaveTextContent('This message type cannot be sent here')
    expectBarAtEdge(root, '.bi-unknown')
  })
})
