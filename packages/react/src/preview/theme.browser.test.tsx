/// <reference types="@vitest/browser-playwright" />
import { afterEach, describe, expect, it } from 'vitest'
import { cdp } from 'vitest/browser'
import { validFixtures } from './fixtures.ts'
import { renderPreview } from './testing/browser-render.tsx'

const emulateScheme = (value: 'light' | 'dark') =>
  cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value }] })

afterEach(() => emulateScheme('light'))

/** Every --bi-* custom property as the preview root resolves it. */
function tokens(root: HTMLElement): Record<string, string> {
  const style = getComputedStyle(root)
  const names = new Set<string>()
  for (const sheet of document.styleSheets) {
    for (const rule of [...sheet.cssRules]) {
      for (const match of rule.cssText.matchAll(/(--bi-[\w-]+)\s*:/g)) if (match[1]) names.add(match[1])
    }
  }
  return Object.fromEntries([...names].sort().map((name) => [name, style.getPropertyValue(name).trim()]))
}

const bubbleBackground = (root: HTMLElement) =>
  getComputedStyle(root.querySelector('.bi-bubble') as HTMLElement).backgroundColor

describe('theme="system" (Chromium)', () => {
  it.each(['current', 'classic'] as const)(
    'resolves to exactly the light or dark tokens, and follows the OS when it changes (%s palette)',
    async (palette) => {
      await emulateScheme('light')
      const light = tokens(renderPreview(validFixtures.list, { theme: 'light', palette }).root)
      const dark = tokens(renderPreview(validFixtures.list, { theme: 'dark', palette }).root)
      const system = renderPreview(validFixtures.list, { theme: 'system', palette }).root
      expect(Object.keys(light).length).toBeGreaterThan(30)
      expect(tokens(system)).toEqual(light)
      const lightBubble = bubbleBackground(system)

      await emulateScheme('dark')
      expect(tokens(system)).toEqual(dark)
      expect(bubbleBackground(system)).not.toBe(lightBubble)
      expect(getComputedStyle(system).colorScheme).toBe('dark')

      await emulateScheme('light')
      expect(bubbleBackground(system)).toBe(lightBubble)
    },
  )
})
