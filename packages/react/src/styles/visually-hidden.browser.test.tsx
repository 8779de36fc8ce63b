import '../styles.css'
import { createDraft } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { InteractiveBuilder } from '../builder/interactive-builder.tsx'
import { InteractivePreview } from '../preview/interactive-preview.tsx'
import { SendInteractiveDialog } from '../send-dialog/send-interactive-dialog.tsx'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'

afterEach(cleanup)

const HIDDEN = ['.bi-sr-only', '.bi-preview-live', '.bi-send-dialog-live', '.bi-builder-sr', '.bi-builder-live']

// Text for assistive tech alone: every part's kind takes no room and draws nothing, and still
// names what it is in.
describe('visually hidden text (Chromium)', () => {
  it('is a clipped 1 px box in the builder, the preview and the send dialog', async () => {
    const { client } = createMockClient()
    render(
      <>
        <InteractiveBuilder defaultValue={createDraft('button')} />
        <InteractivePreview value={{ type: 'button', body: { text: 'Chagua' }, action: { buttons: [] } }} />
      </>,
    )
    await expect.element(page.getByRole('button', { name: 'Bold' })).toBeInTheDocument()
    render(<SendInteractiveDialog client={client} interactive={FEEDBACK_INTERACTIVE} defaultOpen />)
    await expect.element(page.getByRole('dialog')).toBeVisible()
    for (const selector of HIDDEN) {
      const elements = [...document.querySelectorAll<HTMLElement>(selector)]
      expect(elements.length, selector).toBeGreaterThan(0)
      for (const element of elements) {
        const style = getComputedStyle(element)
        const box = element.getBoundingClientRect()
        expect([style.position, style.overflow, style.clip, box.width, box.height], selector).toEqual([
          'absolute',
          'hidden',
          'rect(0px, 0px, 0px, 0px)',
          1,
          1,
        ])
      }
    }
  })
})
