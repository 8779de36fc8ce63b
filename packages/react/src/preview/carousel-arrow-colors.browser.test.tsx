import { describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { validFixtures } from './fixtures.ts'
import { renderPreview } from './testing/browser-render.tsx'

// WhatsApp Web's carousel arrows (its --carousel-button-* colours, light theme): a white disc
// with a #d1d7db edge, a #54656f chevron and a shadow of rgba(11, 20, 26, .2).
describe('carousel arrows look like WhatsApp Web’s (Chromium)', () => {
  it.each(['current', 'classic'] as const)('in the %s palette, light', async (palette) => {
    const { root } = renderPreview(validFixtures.carouselCtaUrl, { palette })
    await userEvent.hover(root.querySelector('.bi-carousel') as HTMLElement)
    const arrow = root.querySelector('.bi-carousel-arrow[data-direction="next"]') as HTMLElement
    const style = getComputedStyle(arrow)
    expect(style.display).not.toBe('none')
    expect(style.backgroundColor).toBe('rgb(255, 255, 255)')
    expect(style.borderTopColor).toBe('rgb(209, 215, 219)')
    expect(style.color).toBe('rgb(84, 101, 111)')
    expect(style.boxShadow).toContain('rgba(11, 20, 26, 0.2)')
  })
})
