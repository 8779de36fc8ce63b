import { describe, expect, it } from 'vitest'
import { validFixtures } from './fixtures.ts'
import { renderPreview } from './testing/browser-render.tsx'

const box = (root: HTMLElement, selector: string): DOMRect => {
  const element = root.querySelector(selector)
  if (!(element instanceof HTMLElement)) throw new Error(`no ${selector}`)
  return element.getBoundingClientRect()
}
const ratio = (rect: DOMRect) => rect.width / rect.height

// Media headers as WhatsApp lays them out: Meta recommends 800 × 418 (1.91:1) images for
// message headers and 800 × 800 for carousel cards; a video shows at its 16:9 frame.
describe('media header proportions (Chromium)', () => {
  it('shows an image header at 1.91:1, inset 3 px from the bubble', () => {
    const { root } = renderPreview(validFixtures.buttonImageHeader)
    const media = box(root, '.bi-media')
    const bubble = box(root, '.bi-bubble')
    expect(ratio(media)).toBeCloseTo(1.91, 1)
    expect(media.left - bubble.left).toBeCloseTo(3, 0)
    expect(bubble.right - media.right).toBeCloseTo(3, 0)
    expect(media.top - bubble.top).toBeCloseTo(3, 0)
  })

  it('shows a video header at 16:9, as a video is filmed', () => {
    const { root } = renderPreview(validFixtures.buttonVideoHeader)
    expect(ratio(box(root, '.bi-media'))).toBeCloseTo(16 / 9, 1)
  })

  it.each([
    ['image', validFixtures.carouselCtaUrl],
    ['video', validFixtures.carouselQuickReply],
  ])('keeps carousel card media square (%s cards)', (_, value) => {
    const { root } = renderPreview(value)
    for (const media of root.querySelectorAll('.bi-card .bi-media')) {
      expect(ratio(media.getBoundingClientRect())).toBeCloseTo(1, 2)
    }
  })
})
