import '../styles.css'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { edgeFixtures, validFixtures } from '../preview/fixtures.ts'
import { renderPreview } from '../preview/testing/browser-render.tsx'
import { emulatePreferences } from '../testing/preferences.ts'
import { outlinedBubbleAndCards } from './testing/outlined-parts.ts'

beforeEach(() => emulatePreferences({ media: 'print' }))
afterEach(() => emulatePreferences({ media: null }))

/** A colour's relative luminance (WCAG 2.2), from a computed `rgb(…)`. */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
    const c = Number(part) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

/** Whether a printer fills `style`'s background: only when the part asks for it. */
const filledOnPaper = (style: CSSStyleDeclaration): boolean =>
  style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.printColorAdjust === 'exact'

/** Whether a printer draws `style`'s mark. */
function printed(style: CSSStyleDeclaration): boolean {
  return filledOnPaper(style) || style.boxShadow !== 'none' || Number.parseFloat(style.borderLeftWidth) > 0
}

// A browser prints no background unless asked ("Background graphics" is off by default): on the
// white paper only the text, borders, outlines and shadows are left.
describe('a printed preview reads on white paper (Chromium)', () => {
  it('prints the dark theme’s text dark', () => {
    expect(matchMedia('print').matches).toBe(true)
    const { root } = renderPreview(validFixtures.buttonTextHeader, { theme: 'dark' })
    const body = root.querySelector('.bi-bubble') as HTMLElement
    expect(luminance(getComputedStyle(body).color)).toBeLessThan(0.1)
  })

  it('draws the edge of a bubble and of every carousel card, their fill unprinted', () => {
    for (const style of outlinedBubbleAndCards()) expect(style.breakInside).toBe('avoid')
  })

  it('prints every carousel card, none left past the frame’s edge to scroll to', () => {
    const { root } = renderPreview(validFixtures.carouselQuickReply, { compact: true })
    const frame = (root.querySelector('.bi-frame') as HTMLElement).getBoundingClientRect()
    const cards = [...root.querySelectorAll<HTMLElement>('.bi-card')]
    expect(cards.length).toBeGreaterThan(1)
    for (const card of cards) {
      const edge = card.getBoundingClientRect()
      expect(edge.right).toBeLessThanOrEqual(frame.right)
      expect(edge.bottom).toBeLessThanOrEqual(frame.bottom)
    }
  })

  it('keeps the bar on a part WhatsApp would refuse', () => {
    const { root } = renderPreview(edgeFixtures.notAllowedParts)
    const header = root.querySelector('.bi-header[data-invalid]') as HTMLElement
    expect(printed(getComputedStyle(header, '::before'))).toBe(true)
  })

  it('keeps the wash on the text and the rows past WhatsApp’s limits', async () => {
    const { root } = renderPreview(edgeFixtures.overLongTitles)
    expect(printed(getComputedStyle(root.querySelector('mark.bi-overflow') as HTMLElement))).toBe(true)
    cleanup()
    renderPreview(edgeFixtures.elevenRows)
    await userEvent.click(page.getByRole('button', { name: 'Wilaya' }))
    const [tenth, eleventh] = [...document.querySelectorAll<HTMLElement>('.bi-sheet-row')].slice(9)
    expect(printed(getComputedStyle(eleventh!))).toBe(true)
    expect(printed(getComputedStyle(tenth!))).toBe(false)
  })

  // The sheet hides the chat under it by its fill alone: unprinted, its rows would overlie the
  // bubble's text.
  it('prints the open list sheet’s fill over the chat', async () => {
    renderPreview(validFixtures.list)
    await userEvent.click(page.getByRole('button', { name: validFixtures.list.action.button }))
    const sheet = page.getByRole('dialog').element()
    expect(sheet).toHaveClass('bi-sheet')
    expect(filledOnPaper(getComputedStyle(sheet))).toBe(true)
  })
})
