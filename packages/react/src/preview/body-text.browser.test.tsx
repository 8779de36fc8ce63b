import { describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { edgeFixtures } from './fixtures.ts'
import { renderPreview } from './testing/browser-render.tsx'

const overlap = (a: DOMRect, b: DOMRect): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

// WhatsApp Web's "Read more" follows the shortened text on its last line, the time after it.
describe('a long body behind "Read more" (Chromium)', () => {
  it.each(['light', 'dark'] as const)('ends its last line with Read more, the time clear of it (%s)', async (theme) => {
    const { root } = renderPreview(edgeFixtures.longBody, { theme })
    const body = root.querySelector('.bi-body') as HTMLElement
    const button = root.querySelector('.bi-read-more') as HTMLElement
    const more = button.getBoundingClientRect()
    const text = body.getBoundingClientRect()
    expect(more.bottom).toBeGreaterThan(text.bottom - 19 - 1)
    expect(more.right).toBeLessThanOrEqual(text.right + 0.5)
    expect(overlap(more, (root.querySelector('.bi-meta') as HTMLElement).getBoundingClientRect())).toBe(false)
    // The link colour, not the text's.
    expect(getComputedStyle(button).color).not.toBe(getComputedStyle(body).color)
    const before = body.getBoundingClientRect().height
    await userEvent.click(button)
    expect(body.getBoundingClientRect().height).toBeGreaterThan(before)
    expect(document.activeElement).toBe(body)
  })

  it('lays the whole body out for print before the browser prints, and the cut after', () => {
    const { root } = renderPreview(edgeFixtures.longBody)
    const body = root.querySelector('.bi-body') as HTMLElement
    // The browser lays the page out for print right after its beforeprint listeners return.
    window.dispatchEvent(new Event('beforeprint'))
    expect(body.textContent).toContain('Asante sana kwa kununua!')
    expect(root.querySelector('.bi-read-more')).toBeNull()
    window.dispatchEvent(new Event('afterprint'))
    return expect.poll(() => root.querySelector('.bi-read-more')).not.toBeNull()
  })
})
