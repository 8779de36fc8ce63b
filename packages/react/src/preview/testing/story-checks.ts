import { expect, waitFor, within } from 'storybook/test'
import type { FixtureShape } from './fixture-shapes.ts'

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

/**
 * A valid fixture's check: the bubble is laid out, nothing in it is marked invalid, and it has
 * the fixture's type, header kind, product cards, carousel cards and button rows with their
 * labels (`FIXTURE_SHAPES`). A type drawn as another, a lost header or a missing row fails.
 */
export async function expectFixtureShape(canvasElement: HTMLElement, shape: FixtureShape) {
  const region = await expectBubbleRendered(canvasElement)
  await expect(region).toHaveAttribute('data-type', shape.type)
  await expect(region).not.toHaveAttribute('data-invalid')
  await expect(region.querySelectorAll('[data-invalid], mark[data-overflow]')).toHaveLength(0)
  const bubble = region.querySelector('.bi-bubble[data-direction="in"]') as HTMLElement
  await expect(bubble.querySelector(':scope > .bi-header')?.getAttribute('data-kind')).toBe(shape.header)
  const products = [...region.querySelectorAll('.bi-product')].map((product) => product.getAttribute('data-kind'))
  await expect(products).toEqual(shape.products ?? [])
  await expect(region.querySelectorAll('.bi-card')).toHaveLength(shape.cards ?? 0)
  const actions = [...region.querySelectorAll<HTMLElement>('.bi-action')]
  await expect(actions.map((action) => `${action.dataset.kind}:${action.textContent?.trim()}`)).toEqual(shape.actions)
  for (const action of actions) await expect(action).toBeVisible()
  return region
}
