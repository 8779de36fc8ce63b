import { createDraft, INTERACTIVE_TYPES } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { renderBuilder } from './testing/browser-builder.tsx'

/** Saved for people to look at; test-artifacts/ is git-ignored. */
const artifact = (name: string) => `../../../../test-artifacts/builder/${name}.png`

describe('a screenshot of the builder per type (Chromium)', () => {
  it('four buttons: errors, a fix-it and the summary; dark and Swahili', async () => {
    await page.viewport(640, 2400)
    const buttons = ['Small', 'Medium', 'Large', 'Extra large'].map((title, i) => ({
      type: 'reply',
      reply: { id: `size-${i + 1}`, title },
    }))
    const { root } = renderBuilder({
      defaultValue: { type: 'button', body: { text: 'Which size?' }, action: { buttons } },
      theme: 'dark',
      locale: 'sw',
    })
    expect(root.querySelectorAll('.bi-builder-fix').length).toBeGreaterThan(0)
    await page.screenshot({ path: artifact('invalid-dark-sw'), element: root })
  })

  for (const type of INTERACTIVE_TYPES) {
    it(type, async () => {
      await page.viewport(640, 2400)
      const { root } = renderBuilder({ defaultValue: createDraft(type) })
      expect(root.getBoundingClientRect().width).toBeGreaterThan(400)
      await page.screenshot({ path: artifact(type), element: root })
    })
  }
})
