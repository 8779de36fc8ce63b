/// <reference types="@vitest/browser-playwright" />
import { describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { renderPreview } from './testing/browser-render.tsx'

// Nothing listens on port 9 of the loopback: Chromium's request fails at once.
const UNREACHABLE = 'http://127.0.0.1:9/menu.png'

describe('a header link that does not load (Chromium)', () => {
  it('shows the placeholder saying so instead of a broken image', async () => {
    renderPreview({
      type: 'button',
      header: { type: 'image', image: { link: UNREACHABLE } },
      body: { text: 'Menyu ya leo' },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Agiza' } }] },
    })
    await expect.element(page.getByRole('img', { name: 'The media did not load from this link' })).toBeVisible()
    expect(document.querySelector('.bi-preview img')).toBeNull()
  })
})

describe('a video header with no picture (Chromium)', () => {
  it.each([
    ['no link yet', { id: undefined }],
    ['a link that does not load', { link: 'http://127.0.0.1:9/tour.mp4' }],
  ])('shows the play button alone, not over the image placeholder (%s)', async (_, video) => {
    const { root } = renderPreview({
      type: 'button',
      header: { type: 'video', video },
      body: { text: 'Ziara ya nyumba' },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Tazama' } }] },
    })
    await expect.element(page.getByRole('img', { name: /media/i })).toBeInTheDocument()
    const play = (root.querySelector('.bi-play') as HTMLElement).getBoundingClientRect()
    const painted = [...root.querySelectorAll<SVGElement>('.bi-media-empty .bi-icon')].filter(
      (icon) => getComputedStyle(icon).visibility === 'visible' && getComputedStyle(icon).display !== 'none',
    )
    for (const icon of painted) {
      const box = icon.getBoundingClientRect()
      const overlaps = box.left < play.right && box.right > play.left && box.top < play.bottom && box.bottom > play.top
      expect(overlaps).toBe(false)
    }
  })
})
