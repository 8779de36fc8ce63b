import '../styles.css'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { validFixtures } from '../preview/fixtures.ts'
import { renderPreview } from '../preview/testing/browser-render.tsx'
import { emulatePreferences } from '../testing/preferences.ts'

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

// A browser prints no background unless asked ("Background graphics" is off by default): on the
// white paper only the text, borders and outlines are left.
describe('a printed preview reads on white paper (Chromium)', () => {
  it('prints the dark theme’s text dark', () => {
    expect(matchMedia('print').matches).toBe(true)
    const { root } = renderPreview(validFixtures.buttonTextHeader, { theme: 'dark' })
    const body = root.querySelector('.bi-bubble') as HTMLElement
    expect(luminance(getComputedStyle(body).color)).toBeLessThan(0.1)
  })

  it('draws the edge of a bubble and of every carousel card, their fill unprinted', () => {
    const { root } = renderPreview(validFixtures.carouselQuickReply)
    const parts = [...root.querySelectorAll<HTMLElement>('.bi-bubble, .bi-card')]
    expect(parts.length).toBeGreaterThan(2)
    for (const part of parts) {
      const style = getComputedStyle(part)
      expect(style.outlineStyle).toBe('solid')
      expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(1)
      expect(style.breakInside).toBe('avoid')
    }
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
})
