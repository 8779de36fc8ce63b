import { describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { axeReport } from '../testing/axe-report.ts'
import { emulatePreferences } from '../testing/preferences.ts'
import { spoken } from '../testing/spoken.ts'
import { validFixtures } from './fixtures.ts'
import { renderPreview } from './testing/browser-render.tsx'

const within = (inner: DOMRect, outer: DOMRect) => inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5

describe('carousel: keyboard (Chromium)', () => {
  it('scrolls the card holding the focused button fully into view', async () => {
    const { root } = renderPreview(validFixtures.carouselQuickReply)
    const scroller = root.querySelector('.bi-carousel') as HTMLElement
    const cards = [...root.querySelectorAll<HTMLElement>('.bi-card')]
    expect(cards.length).toBeGreaterThan(1)
    const last = cards[cards.length - 1] as HTMLElement
    // The next card peeks in at the edge, as on a phone: partly visible, so Chromium's own
    // focus scrolling leaves it cut off.
    expect(within(last.getBoundingClientRect(), scroller.getBoundingClientRect())).toBe(false)
    const before = last.previousElementSibling?.querySelector<HTMLElement>('.bi-action:last-child')
    before?.focus()
    await userEvent.tab()
    expect(last.contains(document.activeElement)).toBe(true)
    await expect.poll(() => within(last.getBoundingClientRect(), scroller.getBoundingClientRect())).toBe(true)
    await userEvent.tab({ shift: true })
    const first = cards[cards.length - 2] as HTMLElement
    await expect.poll(() => within(first.getBoundingClientRect(), scroller.getBoundingClientRect())).toBe(true)
  })
})

describe('carousel: a lone card (Chromium)', () => {
  const lone = {
    ...validFixtures.carouselQuickReply,
    action: { cards: validFixtures.carouselQuickReply.action.cards.slice(0, 1) },
  }

  it.each([
    ['a phone', false],
    ['a compact phone', true],
  ])('on %s, the row is a stop that brings the note that it needs another into view', async (_, compact) => {
    const { root } = renderPreview(lone, { compact })
    const scroller = root.querySelector('.bi-carousel') as HTMLElement
    const note = root.querySelector('.bi-card[data-kind="none"]') as HTMLElement
    expect(note).toHaveTextContent('WhatsApp needs at least 2 cards')
    // Where the second card goes: past the row's edge, as the next card peeks in.
    expect(within(note.getBoundingClientRect(), scroller.getBoundingClientRect())).toBe(false)
    const buttons = root.querySelectorAll<HTMLElement>('.bi-card .bi-action')
    ;(buttons[0] as HTMLElement).focus()
    await userEvent.tab({ shift: true })
    expect(document.activeElement).toBe(scroller)
    // Said as the named group it is: the note was a stop of its own, a div of no role or name.
    expect(await spoken(scroller)).toBe('group "Cards"')
    await expect.poll(() => within(note.getBoundingClientRect(), scroller.getBoundingClientRect())).toBe(true)
    expect(getComputedStyle(scroller).outlineStyle).toBe('solid')
    // Past the card's buttons, the next Tab leaves the carousel: the note is text, no stop.
    ;(buttons[buttons.length - 1] as HTMLElement).focus()
    await userEvent.tab()
    expect(scroller.contains(document.activeElement)).toBe(false)
  })

  it('a click on the card, which focuses the row, leaves the row where it is', async () => {
    // The row's focus scrolled to the note for a pointer too: the card clicked on slid away.
    // With reduced motion the row scrolls at once, so a scroll begun would show here already.
    await emulatePreferences({ reducedMotion: 'reduce' })
    try {
      const { root } = renderPreview(lone)
      const scroller = root.querySelector('.bi-carousel') as HTMLElement
      await userEvent.click(root.querySelector('.bi-card .bi-media') as HTMLElement)
      expect(document.activeElement).toBe(scroller)
      expect(scroller.scrollLeft).toBe(0)
    } finally {
      await emulatePreferences({ reducedMotion: null })
    }
  })
})

describe('carousel: a lone card with no buttons yet (Chromium)', () => {
  const cards = validFixtures.carouselQuickReply.action.cards
  const bare = {
    ...validFixtures.carouselQuickReply,
    action: { cards: cards.slice(0, 1).map((card) => ({ ...card, action: { buttons: [] } })) },
  }

  it('is one tab stop, the row, which brings the note that it needs another into view', async () => {
    const { root } = renderPreview(bare)
    const scroller = root.querySelector('.bi-carousel') as HTMLElement
    const note = root.querySelector('.bi-card[data-kind="none"]') as HTMLElement
    expect(within(note.getBoundingClientRect(), scroller.getBoundingClientRect())).toBe(false)
    // Reached by the keyboard (the first stop of the page): a pointer's focus leaves the row be.
    ;(document.activeElement as HTMLElement | null)?.blur()
    await userEvent.tab()
    expect(document.activeElement).toBe(scroller)
    await expect.poll(() => within(note.getBoundingClientRect(), scroller.getBoundingClientRect())).toBe(true)
    // The next Tab leaves the carousel: the note is read in the row, not a stop of its own.
    await userEvent.tab()
    expect(scroller.contains(document.activeElement)).toBe(false)
  })
})

describe('carousel: a mouse (Chromium)', () => {
  // Its wheel scrolls the page, not the row, and the row shows no scrollbar: the cards past its
  // edge were out of a mouse's reach. WhatsApp Web draws round arrows over the row.
  const arrow = (root: HTMLElement, way: 'previous' | 'next') =>
    root.querySelector<HTMLElement>(`.bi-carousel-arrow[data-direction="${way}"]`)
  const shown = (element: HTMLElement | null) => element !== null && getComputedStyle(element).display !== 'none'

  it('moves along the row by the arrows shown on hover, where more cards lie', async () => {
    const { root } = renderPreview(validFixtures.carouselCtaUrl)
    const scroller = root.querySelector('.bi-carousel') as HTMLElement
    const cards = [...root.querySelectorAll<HTMLElement>('.bi-card')]
    expect(cards).toHaveLength(3)
    expect(shown(arrow(root, 'next'))).toBe(false)
    await userEvent.hover(scroller)
    expect(arrow(root, 'previous')).toBeNull()
    expect(shown(arrow(root, 'next'))).toBe(true)
    for (const card of cards.slice(1)) {
      await userEvent.click(arrow(root, 'next') as HTMLElement)
      await expect.poll(() => within(card.getBoundingClientRect(), scroller.getBoundingClientRect())).toBe(true)
    }
    await expect.poll(() => arrow(root, 'next')).toBeNull()
    expect(shown(arrow(root, 'previous'))).toBe(true)
    await userEvent.click(arrow(root, 'previous') as HTMLElement)
    await expect
      .poll(() => within((cards[1] as HTMLElement).getBoundingClientRect(), scroller.getBoundingClientRect()))
      .toBe(true)
  })

  it('in a right-to-left page, where the row starts on the right, each arrow goes its own way', async () => {
    document.documentElement.dir = 'rtl'
    try {
      const { root } = renderPreview(validFixtures.carouselCtaUrl)
      const scroller = root.querySelector('.bi-carousel') as HTMLElement
      const cards = [...root.querySelectorAll<HTMLElement>('.bi-card')]
      await userEvent.hover(scroller)
      const next = arrow(root, 'next') as HTMLElement
      // At the row's end, on the left, pointing left.
      const row = scroller.getBoundingClientRect()
      expect(next.getBoundingClientRect().right).toBeLessThan(row.left + row.width / 2)
      expect(getComputedStyle(next).transform).not.toBe('none')
      await userEvent.click(next)
      await expect.poll(() => within((cards[1] as HTMLElement).getBoundingClientRect(), row)).toBe(true)
      const previous = arrow(root, 'previous') as HTMLElement
      expect(previous.getBoundingClientRect().left).toBeGreaterThan(row.left + row.width / 2)
      expect(getComputedStyle(previous).transform).toBe('none')
      await userEvent.click(previous)
      await expect.poll(() => within((cards[0] as HTMLElement).getBoundingClientRect(), row)).toBe(true)
    } finally {
      document.documentElement.removeAttribute('dir')
    }
  })

  it('gives a screen reader and the keyboard nothing more: the cards reach them already', async () => {
    const { root } = renderPreview(validFixtures.carouselCtaUrl)
    await userEvent.hover(root.querySelector('.bi-carousel') as HTMLElement)
    const next = arrow(root, 'next') as HTMLElement
    expect(shown(next)).toBe(true)
    expect(next).toHaveAttribute('aria-hidden', 'true')
    expect(next.tabIndex).toBe(-1)
    // A click leaves focus where it was, not on a control hidden from a screen reader.
    const before = document.activeElement
    await userEvent.click(next)
    expect(document.activeElement).toBe(before)
    expect(await axeReport(root).then((report) => report.violations)).toEqual([])
  })
})

// The row starts at the bubbles' column and runs past it to the frame's edge at its end, where the
// next card peeks in. Drawn with left and right, a right-to-left page's row began 14 px inside its
// start (the gap left for the next card) and stopped short of the frame at its end; a compact
// preview's ran 6 px past the frame (its column's end inset is 8 px, the row took 14).
describe('carousel: the row in either direction (Chromium)', () => {
  it.each([
    ['ltr', false],
    ['rtl', false],
    ['ltr', true],
    ['rtl', true],
  ] as const)(
    'in a %s page (compact: %s) the first card sits at the row start, which runs to the frame end',
    (dir, compact) => {
      document.documentElement.dir = dir
      try {
        const { root } = renderPreview(validFixtures.carouselCtaUrl, { compact })
        const frame = (root.querySelector('.bi-frame') as HTMLElement).getBoundingClientRect()
        const row = (root.querySelector('.bi-carousel') as HTMLElement).getBoundingClientRect()
        const first = (root.querySelector('.bi-card') as HTMLElement).getBoundingClientRect()
        const bubble = (root.querySelector('.bi-bubble') as HTMLElement).getBoundingClientRect()
        const fromStart = dir === 'rtl' ? row.right - first.right : first.left - row.left
        expect(Math.abs(fromStart)).toBeLessThan(0.5)
        // The first card lines up with the message bubble above it, at the column's start.
        expect(Math.abs(dir === 'rtl' ? bubble.right - first.right : first.left - bubble.left)).toBeLessThan(0.5)
        expect(Math.abs(dir === 'rtl' ? row.left - frame.left : frame.right - row.right)).toBeLessThan(0.5)
      } finally {
        document.documentElement.removeAttribute('dir')
      }
    },
  )
})
