/// <reference types="@vitest/browser-playwright" />
import { afterEach, describe, expect, it } from 'vitest'
import { cdp } from 'vitest/browser'
import { validFixtures } from './fixtures.ts'
import { renderPreview } from './testing/browser-render.tsx'

const emulateScheme = (value: 'light' | 'dark') =>
  cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value }] })

afterEach(() => emulateScheme('light'))

const PAINT = ['color', 'background-color', 'border-top-color', 'outline-color', 'text-decoration-color', 'box-shadow']

/** How every element of the preview (and its ::before/::after) is coloured, in document order. */
function paint(root: HTMLElement): string[] {
  const lines: string[] = []
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(element, pseudo)
      lines.push(`${element.className}${pseudo ?? ''} ${PAINT.map((name) => style.getPropertyValue(name)).join(' | ')}`)
    }
  }
  return lines
}

const bubbleBackground = (root: HTMLElement) =>
  getComputedStyle(root.querySelector('.bi-bubble') as HTMLElement).backgroundColor

describe('theme="system" (Chromium)', () => {
  it.each(['current', 'classic'] as const)(
    'paints exactly like light or dark, and follows the OS when it changes (%s palette)',
    async (palette) => {
      await emulateScheme('light')
      const light = paint(renderPreview(validFixtures.list, { theme: 'light', palette }).root)
      const dark = paint(renderPreview(validFixtures.list, { theme: 'dark', palette }).root)
      const system = renderPreview(validFixtures.list, { theme: 'system', palette }).root
      expect(light).not.toEqual(dark)
      expect(paint(system)).toEqual(light)
      const lightBubble = bubbleBackground(system)

      await emulateScheme('dark')
      expect(paint(system)).toEqual(dark)
      expect(bubbleBackground(system)).not.toBe(lightBubble)
      expect(getComputedStyle(system).colorScheme).toBe('light dark')

      await emulateScheme('light')
      expect(bubbleBackground(system)).toBe(lightBubble)
    },
  )

  it('the classic palette changes the defaults it names and nothing else', () => {
    const current = renderPreview(validFixtures.buttonTextHeader, { theme: 'light' }).root
    const classic = renderPreview(validFixtures.buttonTextHeader, { theme: 'light', palette: 'classic' }).root
    const frame = (root: HTMLElement) => getComputedStyle(root.querySelector('.bi-frame') as HTMLElement)
    expect(frame(current).backgroundColor).toBe('rgb(245, 241, 235)')
    expect(frame(classic).backgroundColor).toBe('rgb(239, 234, 226)')
    expect(bubbleBackground(classic)).toBe(bubbleBackground(current))
  })
})
