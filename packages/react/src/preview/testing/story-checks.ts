import { expect, within } from 'storybook/test'

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
