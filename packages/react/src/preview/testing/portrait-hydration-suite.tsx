import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it } from 'vitest'
import { type Hydrated, hydrateHtml } from '../../hydration/testing/server-hydration.ts'
import { InteractivePreview } from '../interactive-preview.tsx'
import { SAMPLE_PORTRAIT_IMAGE_URL, SAMPLE_PORTRAIT_VIDEO_URL } from './local-media.ts'

const TIME = new Date('2026-12-07T09:41:00Z')
const withHeader = (header: object) => ({
  type: 'button',
  header,
  body: { text: 'Your order is on its way' },
  action: { buttons: [{ type: 'reply', reply: { id: 'ok', title: 'OK' } }] },
})

/**
 * A portrait media header in server HTML, its media loaded before React hydrates it: marked
 * portrait all the same (and a video's length read), under the React the project runs.
 */
export function describePortraitHydration() {
  const mounted: Hydrated[] = []
  afterEach(async () => {
    for (const hydrated of mounted.splice(0)) await hydrated.unmount()
  })

  describe('a portrait media header in server HTML that loads before hydration (Chromium)', () => {
    // The page's own HTML loads its media at once; React attaches onLoad only as it hydrates, and
    // replays no load event that came before.
    it.each([
      ['photo', { type: 'image', image: { link: SAMPLE_PORTRAIT_IMAGE_URL } }],
      ['video', { type: 'video', video: { link: SAMPLE_PORTRAIT_VIDEO_URL } }],
    ])('is marked portrait once hydrated: a %s', async (kind, header) => {
      const element = <InteractivePreview value={withHeader(header)} time={TIME} />
      const hydrated = await hydrateHtml(renderToString(element), element, async (container) => {
        const media = container.querySelector<HTMLImageElement & HTMLVideoElement>('.bi-media-el') as HTMLElement
        await expect
          .poll(() => (media instanceof HTMLImageElement ? media.naturalWidth : (media as HTMLVideoElement).readyState))
          .toBeGreaterThan(0)
      })
      mounted.push(hydrated)
      expect(hydrated.recoverable).toEqual([])
      await expect
        .poll(() => hydrated.container.querySelector('.bi-media')?.getAttribute('data-orientation'))
        .toBe('portrait')
      // And a video's length is read as it would have been from its metadata.
      if (kind === 'video') expect(hydrated.container.querySelector('.bi-duration')?.textContent).toMatch(/^\d+:\d\d$/)
    })
  })
}
