import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { emulateTouch, touch } from '../testing/touch.ts'
import { validFixtures } from './fixtures.ts'
import { animationsSettled, renderPreview } from './testing/browser-render.tsx'

afterEach(() => emulateTouch(false))

// While the modal is open Radix hides the rest of the preview from assistive tech (aria-hidden).
const trigger = () => page.getByRole('button', { name: 'Chagua njia', includeHidden: true }).element() as HTMLElement
const sheet = () => page.getByRole('dialog', { name: 'Chagua njia' }).element() as HTMLElement
const close = () => page.getByRole('button', { name: 'Close' }).element() as HTMLElement

/** The preview on a page of a phone that scrolls, its list button near the top of the screen. */
async function listButtonNearTheTop(width: number, height: number) {
  await emulateTouch()
  await page.viewport(width, height)
  const { container } = renderPreview(validFixtures.list)
  container.style.padding = `${height}px 0`
  window.scrollBy(0, trigger().getBoundingClientRect().top - 40)
  expect(trigger().getBoundingClientRect().top).toBeLessThan(60)
}

/** A finger's tap in the middle of `element`. */
async function tap(element: HTMLElement) {
  const box = element.getBoundingClientRect()
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  await touch('touchStart', [point])
  await touch('touchEnd', [])
}

const inView = (element: HTMLElement) => {
  const box = element.getBoundingClientRect()
  return box.top >= 0 && box.bottom <= window.innerHeight
}

describe('the list sheet on a phone (Chromium, real touches)', () => {
  for (const [width, height] of [
    [360, 640],
    // Held sideways: the sheet is as tall as the frame would let it be only up to the screen.
    [640, 360],
  ] as const) {
    it(`at ${width} × ${height}, tapped near the top of the screen, opens whole in view: title, Close and Send`, async () => {
      await listButtonNearTheTop(width, height)
      await tap(trigger())
      await expect.poll(() => document.activeElement === close()).toBe(true)
      await animationsSettled()
      // Risen from the frame's bottom, it would stand mostly above the screen, where the modal's
      // scroll lock keeps a finger from scrolling the page to it.
      expect(inView(sheet())).toBe(true)
      expect(inView(close())).toBe(true)
      expect(inView(page.getByRole('button', { name: 'Send' }).element() as HTMLElement)).toBe(true)
    })
  }

  it('already in view, the page stays where it is', async () => {
    await emulateTouch()
    await page.viewport(360, 640)
    const { container } = renderPreview(validFixtures.list)
    container.style.paddingBottom = '640px'
    window.scrollTo(0, 0)
    await tap(trigger())
    await expect.poll(() => document.activeElement === close()).toBe(true)
    await animationsSettled()
    expect(window.scrollY).toBe(0)
    expect(inView(sheet())).toBe(true)
  })
})
