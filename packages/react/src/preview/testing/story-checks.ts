import { expect, waitFor, within } from 'storybook/test'

/**
 * The check every preview story runs as its test: the labelled region is there and the
 * business bubble is laid out with a real size (a crash or a CSS collapse fails the story).
 */
export async function expectBubbleRendered(canvasElement: HTMLElement, regionName = 'WhatsApp message preview') {
  const region = within(canvasElement).getByRole('region', { name: regionName })
  const bubble = region.querySelector<HTMLElement>('.bi-bubble[data-direction="in"]')
  await expect(bubble).toBeVisible()
  const box = (bubble as HTMLElement).getBoundingClientRect()
  await expect(box.width).toBeGreaterThan(0)
  await expect(box.height).toBeGreaterThan(0)
  return region
}

/**
 * A video header's check: every video in the preview loaded (the local sample, no network) and
 * shows its length as WhatsApp does (0:03), not the placeholder of a link that failed.
 */
export async function expectVideosLoaded(canvasElement: HTMLElement) {
  const region = await expectBubbleRendered(canvasElement)
  const videos = region.querySelectorAll('.bi-media[data-kind="video"]')
  await expect(videos.length).toBeGreaterThan(0)
  for (const video of videos) {
    await expect(video.querySelector('video')).not.toBeNull()
    await waitFor(() => expect(video.querySelector('.bi-duration')).toHaveTextContent('0:03'))
  }
}
