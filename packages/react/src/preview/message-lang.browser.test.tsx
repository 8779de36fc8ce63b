import { LIMITS } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { axeReport } from '../testing/axe-report.ts'
import { validFixtures } from './fixtures.ts'
import { animationsSettled, renderPreview } from './testing/browser-render.tsx'

// The message's words in the host's language (or unknown), the preview's in its own: axe takes
// every lang given (an empty one is HTML's "unknown") and the page stays clean.
describe('the message’s language beside the preview’s (Chromium, axe)', () => {
  for (const messageLang of [undefined, 'sw', 'en-KE'] as const) {
    it(`messageLang ${messageLang ?? 'left out'}: a body past its limit and an open list sheet`, async () => {
      const long = {
        ...validFixtures.buttonTextHeader,
        body: { text: `Habari ${'sana '.repeat(LIMITS.body.text.max / 5)}` },
      }
      const first = renderPreview(long, { messageLang })
      expect((await axeReport(first.root)).violations).toEqual([])
      expect(first.root.querySelector('.bi-body')?.getAttribute('lang')).toBe(messageLang ?? '')
      first.unmount()
      const { root } = renderPreview(validFixtures.list, { messageLang, locale: 'sw' })
      await page.getByRole('button', { name: 'Chagua njia' }).click()
      await expect.element(page.getByRole('dialog')).toBeVisible()
      await animationsSettled()
      expect((await axeReport(root)).violations).toEqual([])
    })
  }
})
