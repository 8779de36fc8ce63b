import { describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { edgeFixtures, type ValidFixtureName, validFixtures } from './fixtures.ts'
import { animationsSettled, mouseAway, renderPreview } from './testing/browser-render.tsx'
import { contrastRatio, parseCssColor } from './testing/color-contrast.ts'

/** Saved for people to compare with WhatsApp; test-artifacts/ is git-ignored. */
const artifact = (name: string) => `../../../../test-artifacts/preview/${name}.png`
const themes = ['light', 'dark'] as const

async function imagesLoaded(root: HTMLElement): Promise<void> {
  await Promise.all([...root.querySelectorAll('img')].map((img) => img.decode()))
}

/** Elements that stick out of the phone frame sideways (the carousel's cards may scroll). */
function sideOverflow(root: HTMLElement): string[] {
  const frame = root.querySelector('.bi-frame') as HTMLElement
  const { left, right } = frame.getBoundingClientRect()
  const out: string[] = []
  for (const el of frame.querySelectorAll<HTMLElement>('*')) {
    if (el.closest('.bi-carousel') && !el.classList.contains('bi-carousel')) continue
    const box = el.getBoundingClientRect()
    if (box.width === 0) continue
    if (box.left < left - 0.5 || box.right > right + 0.5) out.push(`${el.tagName.toLowerCase()}.${el.className}`)
  }
  return out
}

function expectReadable(text: Element | null, bubble: HTMLElement, minimum: number) {
  if (!text) return
  const background = parseCssColor(getComputedStyle(bubble).backgroundColor)
  expect(background.a).toBe(1)
  const ratio = contrastRatio(parseCssColor(getComputedStyle(text).color), background)
  expect(ratio, `${text.className} on the bubble`).toBeGreaterThanOrEqual(minimum)
}

describe('a screenshot per type, light and dark (Chromium)', () => {
  for (const theme of themes) {
    for (const name of Object.keys(validFixtures) as ValidFixtureName[]) {
      it(`${name}, ${theme}`, async () => {
        const { root } = renderPreview(validFixtures[name], { theme })
        await imagesLoaded(root)
        const bubble = root.querySelector('.bi-bubble[data-direction="in"]') as HTMLElement
        const box = bubble.getBoundingClientRect()
        expect(box.width).toBeGreaterThan(120)
        expect(box.height).toBeGreaterThan(30)
        // The bubble stays within its share of the phone's width, as on WhatsApp.
        expect(box.width).toBeLessThanOrEqual((root.querySelector('.bi-chat') as HTMLElement).clientWidth * 0.86)
        expect(sideOverflow(root)).toEqual([])
        expectReadable(bubble.querySelector('.bi-body'), bubble, 7)
        expectReadable(bubble.querySelector('.bi-header[data-kind="text"]'), bubble, 7)
        expectReadable(bubble.querySelector('.bi-footer'), bubble, 4.5)
        expectReadable(bubble.querySelector('.bi-time'), bubble, 4.5)
        expectReadable(bubble.querySelector('.bi-action-label'), bubble, 4.5)
        for (const action of root.querySelectorAll('.bi-action')) {
          expect(action.getBoundingClientRect().height).toBeGreaterThanOrEqual(40)
        }
        // Every valid fixture's media has a link: no placeholder, and each picture really loaded.
        expect(root.querySelectorAll('.bi-media[data-empty]')).toHaveLength(0)
        for (const img of root.querySelectorAll('img')) expect(img.naturalWidth).toBeGreaterThan(0)
        await mouseAway()
        await page.screenshot({ path: artifact(`${name}-${theme}`), element: root })
      })
    }

    // Drafts people get wrong: overflow marks, right-to-left text, unbroken words, every formatting construct.
    for (const name of [
      'overLongTitles',
      'notAllowedParts',
      'rtl',
      'longWords',
      'formattingRich',
      'carouselIncomplete',
    ] as const) {
      it(`edge case ${name}, ${theme}`, async () => {
        const { root } = renderPreview(edgeFixtures[name], { theme })
        expect(sideOverflow(root)).toEqual([])
        await mouseAway()
        await page.screenshot({ path: artifact(`edge-${name}-${theme}`), element: root })
      })
    }

    it(`the list sheet with a row chosen, ${theme}`, async () => {
      const { root } = renderPreview(validFixtures.list, { theme })
      await page.getByRole('button', { name: 'Chagua njia' }).click()
      await animationsSettled()
      await page.getByRole('radio', { name: /Kimara – Gerezani/ }).click()
      await mouseAway()
      const sheet = root.querySelector('.bi-sheet') as HTMLElement
      const frame = (root.querySelector('.bi-frame') as HTMLElement).getBoundingClientRect()
      const sheetBox = sheet.getBoundingClientRect()
      // A bottom sheet: full frame width, resting on the frame's bottom edge.
      expect(Math.round(sheetBox.width)).toBe(Math.round(frame.width))
      expect(Math.abs(sheetBox.bottom - frame.bottom)).toBeLessThan(1)
      const checked = sheet.querySelector('.bi-sheet-row[data-state="checked"] .bi-radio') as HTMLElement
      expect(getComputedStyle(checked).borderColor).not.toBe(getComputedStyle(sheet).backgroundColor)
      await page.screenshot({ path: artifact(`list-sheet-${theme}`), element: root })
    })

    it(`the customer's reply, ${theme}`, async () => {
      const { root } = renderPreview(validFixtures.buttonTextHeader, { theme, businessName: 'Mama Neema' })
      await page.getByRole('button', { name: 'Kesho asubuhi' }).click()
      const reply = root.querySelector('.bi-bubble[data-direction="out"]') as HTMLElement
      expectReadable(reply.querySelector('.bi-reply-title'), reply, 7)
      expect(sideOverflow(root)).toEqual([])
      await expect
        .poll(() => reply.querySelector('.bi-ticks-wrap')?.getAttribute('data-state'), { timeout: 5000 })
        .toBe('read')
      await mouseAway()
      await page.screenshot({ path: artifact(`reply-${theme}`), element: root })
    })
  }
})
