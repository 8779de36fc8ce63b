import '../styles.css'
import { createDraft } from '@briq-interactive/core'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { nextFrame } from '../builder/testing/long-list.ts'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'
import { accessibilityTree } from '../testing/spoken.ts'
import { InteractiveComposer } from './interactive-composer.tsx'

afterEach(() => {
  cleanup()
  document.documentElement.style.fontSize = ''
})

// A screen reader's heading keys walk the composer part by part: the builder's top (type, header,
// body), and after the form's "Problems" the preview and the send form (landmarks only before). Hidden but to assistive tech, the
// headings take no room on a phone at 200% text.
describe("InteractiveComposer's headings (Chromium)", () => {
  it('are in the accessibility tree, first and after "Problems", and draw nothing (sw, 320 px, 200%)', async () => {
    await page.viewport(320, 900)
    document.documentElement.style.fontSize = '32px'
    const { client } = createMockClient()
    render(<InteractiveComposer client={client} locale="sw" sendMode="inline" defaultValue={createDraft('button')} />)
    await nextFrame()
    const headings = (await accessibilityTree('.bi-composer'))
      .map((line) => line.trim())
      .filter((line) => line.startsWith('heading '))
    expect(headings[0]).toBe('heading "Kiunda ujumbe"')
    expect(headings.slice(-3)).toEqual([
      'heading "Matatizo"',
      'heading "Onyesho la ujumbe wa WhatsApp"',
      'heading "Tuma ujumbe"',
    ])
    for (const heading of document.querySelectorAll<HTMLElement>('.bi-composer-heading')) {
      const { width, height } = heading.getBoundingClientRect()
      expect([width, height], heading.textContent!).toEqual([1, 1])
    }
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320)
  })
})
