import '../styles.css'
import { createDraft } from '@briq-interactive/core'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it, onTestFinished } from 'vitest'
import { page } from 'vitest/browser'
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
