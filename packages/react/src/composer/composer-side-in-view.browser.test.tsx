import '../styles.css'
import { createDraft } from '@briq-interactive/core'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it, onTestFinished } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { SAMPLE_TALL_IMAGE_URL } from '../preview/testing/local-media.ts'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'
import { axeReport } from '../testing/axe-report.ts'
import { emulatePreferences } from '../testing/preferences.ts'
import { InteractiveComposer } from './interactive-composer.tsx'

afterEach(cleanup)

const rows = Array.from({ length: 10 }, (_, i) => ({ id: `row-${i + 1}`, title: `Row ${i + 1}` }))
const LONG_LIST = {
  type: 'list',
  body: { text: 'Pick a time for your delivery' },
  action: { button: 'Times', sections: [{ title: 'Morning', rows }] },
}

describe('InteractiveComposer side by side, the form scrolled to its end (Chromium)', () => {
  // The shorter view leaves less room than the column takes: the preview gives up height, not Send.
  for (const [kind, draft, height] of [
    ['a long list', LONG_LIST, 800],
    ['a carousel in a short view', createDraft('carousel'), 560],
  ] as const)
    it(`keeps the preview and Send in view while editing the last items of ${kind}`, async () => {
      await page.viewport(1280, height)
      const { client } = createMockClient()
      render(<InteractiveComposer client={client} defaultValue={draft} sendMode="inline" />)
      const builder = document.querySelector('.bi-composer-builder') as HTMLElement
      const fields = builder.querySelectorAll<HTMLElement>('input, textarea')
      fields[fields.length - 1]!.scrollIntoView({ block: 'end' })
      const preview = (document.querySelector('.bi-composer-preview') as HTMLElement).getBoundingClientRect()
      const send = page.getByRole('button', { name: 'Send', exact: true }).element().getBoundingClientRect()
      expect(window.scrollY).toBeGreaterThan(0)
      expect(preview.top).toBeGreaterThanOrEqual(0)
      expect(preview.bottom - Math.max(preview.top, 0)).toBeGreaterThanOrEqual(200)
      expect(send.top).toBeGreaterThanOrEqual(preview.bottom)
      expect(send.bottom).toBeLessThanOrEqual(height)
      expect((await axeReport(document.querySelector('.bi-composer') as HTMLElement)).violations).toEqual([])
      // Paper does not scroll: the column prints whole where it stands.
      await emulatePreferences({ media: 'print' })
      onTestFinished(() => emulatePreferences({ media: null }))
      const column = document.querySelector('.bi-composer-side') as HTMLElement
      expect(getComputedStyle(column).position).toBe('static')
      expect(getComputedStyle(column.querySelector('.bi-composer-preview') as HTMLElement).overflowY).toBe('visible')
    })
})

describe('InteractiveComposer side by side, a preview taller than its column (Chromium)', () => {
  const tall = (buttons: { type: 'reply'; reply: { id: string; title: string } }[]) => ({
    type: 'button',
    header: { type: 'image', image: { link: SAMPLE_TALL_IMAGE_URL } },
    body: { text: 'Pick a time for your delivery' },
    action: { buttons },
  })
  const renderIn = async (height: number, draft: object) => {
    await page.viewport(1280, height)
    const { client } = createMockClient()
    render(<InteractiveComposer client={client} defaultValue={draft} sendMode="inline" />)
    return page.getByRole('region', { name: 'WhatsApp message preview' }).element() as HTMLElement
  }

  it('with no button to reach it by, is a tab stop of its own that the arrow keys scroll', async () => {
    const preview = await renderIn(560, tall([]))
    await expect.poll(() => preview.scrollHeight).toBeGreaterThan(preview.clientHeight)
    await expect.poll(() => preview.tabIndex).toBe(0)
    expect((await axeReport(document.querySelector('.bi-composer') as HTMLElement)).violations).toEqual([])
    const lastOfForm = [...document.querySelectorAll<HTMLElement>('.bi-composer-builder button')].at(-1)!
    lastOfForm.focus()
    await userEvent.tab()
    expect(document.activeElement).toBe(preview)
    expect(getComputedStyle(preview).outlineStyle).toBe('solid')
    await userEvent.keyboard('{End}')
    await expect.poll(() => preview.scrollTop).toBeGreaterThan(0)
  })

  it('is no extra stop where its button reaches it, or where it does not scroll', async () => {
    const withButton = await renderIn(560, tall([{ type: 'reply', reply: { id: 'yes', title: 'Yes' } }]))
    await expect.poll(() => withButton.scrollHeight).toBeGreaterThan(withButton.clientHeight)
    expect(withButton.hasAttribute('tabindex')).toBe(false)
    cleanup()
    const roomy = await renderIn(1400, tall([]))
    await expect.poll(() => roomy.querySelector('img')?.complete).toBe(true)
    expect(roomy.scrollHeight).toBeLessThanOrEqual(roomy.clientHeight)
    expect(roomy.hasAttribute('tabindex')).toBe(false)
  })
})
