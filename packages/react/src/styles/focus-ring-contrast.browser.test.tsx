import '../styles.css'
import { cleanup } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { validFixtures } from '../preview/fixtures.ts'
import { renderPreview } from '../preview/testing/browser-render.tsx'
import { composite, contrastRatio, parseCssColor, type Rgba } from '../preview/testing/color-contrast.ts'
import { brandTheme, darkAdminTheme, type HostTheme, highContrastTheme } from './testing/host-themes.ts'

afterEach(cleanup)

// What a focused element's ring is drawn over: its own fill where the ring lies inside it
// (a negative outline-offset), else what shows around it, each ancestor's fill over the page's.
function under(element: HTMLElement): Rgba {
  const inside = Number.parseFloat(getComputedStyle(element).outlineOffset) < 0
  const layers: Rgba[] = []
  for (let at: Element | null = inside ? element : element.parentElement; at; at = at.parentElement) {
    layers.push(parseCssColor(getComputedStyle(at).backgroundColor))
  }
  return layers.reduceRight((below, layer) => composite(layer, below), { r: 255, g: 255, b: 255, a: 1 })
}

// WCAG 2.2 2.4.13 (and 1.4.11): the ring's pixels change by 3:1 from what they were unfocused.
function ringContrast(element: HTMLElement): number {
  expect(element.matches(':focus-visible'), element.className).toBe(true)
  const style = getComputedStyle(element)
  expect(style.outlineStyle).not.toBe('none')
  return contrastRatio(parseCssColor(style.outlineColor), under(element))
}

async function openSheet(theme: 'light' | 'dark', palette?: 'classic', host?: HostTheme) {
  const { container } = renderPreview(validFixtures.list, { theme, ...(palette ? { palette } : {}) })
  const wrapper = container.querySelector('[data-testid="host"]') as HTMLElement
  for (const [name, value] of Object.entries(host?.tokens ?? {})) wrapper.style.setProperty(name, value)
  ;(document.querySelector('.bi-bubble .bi-action') as HTMLElement).click()
  await vi.waitFor(() => expect(document.querySelector('.bi-sheet')).not.toBeNull())
  return document.querySelector('.bi-sheet') as HTMLElement
}

describe('the focus ring shows on whatever it is drawn over (Chromium)', () => {
  const hosts = [brandTheme, darkAdminTheme, highContrastTheme].map((host) => [host.kitTheme, undefined, host] as const)
  for (const [theme, palette, host] of [
    ['light', undefined, undefined],
    ['dark', undefined, undefined],
    ['light', 'classic', undefined],
    ['dark', 'classic', undefined],
    ...hosts,
  ] as const) {
    const named = host ? `a host’s ${host.name}` : `${theme}${palette ? `, ${palette} palette` : ''}`
    it(`the list sheet’s Send and Close, ${named}`, async () => {
      const sheet = await openSheet(theme, palette, host)
      const radio = sheet.querySelector('.bi-radio-input') as HTMLElement
      await userEvent.click(radio)
      const send = sheet.querySelector('.bi-sheet-send') as HTMLElement
      // From the last row to Send by the keyboard, as a keyboard user reaches it.
      ;(sheet.querySelectorAll('.bi-radio-input')[0] as HTMLElement).focus()
      await userEvent.keyboard('{Tab}')
      expect(document.activeElement).toBe(send)
      // Was drawn inside the green disc: 1.5:1 in light, 1.1:1 in dark.
      expect(ringContrast(send)).toBeGreaterThanOrEqual(3)
      const close = sheet.querySelector('.bi-sheet-close') as HTMLElement
      close.focus()
      await userEvent.keyboard('{Shift>}{Tab}{/Shift}{Tab}')
      expect(document.activeElement).toBe(close)
      expect(ringContrast(close)).toBeGreaterThanOrEqual(3)
      // Nothing of the ring is cut off by the sheet or the phone frame around it.
      const ring = send.getBoundingClientRect()
      const reach = Math.max(0, Number.parseFloat(getComputedStyle(send).outlineOffset)) + 2
      for (const clip of [sheet, sheet.closest('.bi-frame') as HTMLElement | null]) {
        if (clip === null) continue
        const box = clip.getBoundingClientRect()
        expect(ring.right + reach).toBeLessThanOrEqual(box.right)
        expect(ring.bottom + reach).toBeLessThanOrEqual(box.bottom)
      }
    })
  }
})
