import '../styles.css'
import { LIMITS } from '@briq-interactive/core'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { textSpacing } from '../testing/text-spacing.ts'
import { FIXTURE_TIME } from './fixtures.ts'
import { InteractivePreview } from './interactive-preview.tsx'

afterEach(cleanup)

// The sheet's title is the list button's text, up to its limit.
const title = 'Omba Muda wa Mkutano'

function renderList(width: number, compact: boolean) {
  render(
    <div style={{ width }}>
      <InteractivePreview
        compact={compact}
        time={FIXTURE_TIME}
        theme="light"
        value={{
          type: 'list',
          body: { text: 'Chagua' },
          action: { button: title, sections: [{ rows: [{ id: 'a', title: 'A' }] }] },
        }}
      />
    </div>,
  )
}

/** The title's whole text is drawn inside its box and clear of the Close button. */
async function expectWholeTitle() {
  await userEvent.click(page.getByRole('button', { name: title }))
  const heading = page.getByRole('dialog', { name: title }).getByRole('heading', { name: title }).element()
  const box = heading.getBoundingClientRect()
  const close = document.querySelector('.bi-sheet-close')!.getBoundingClientRect()
  expect(heading.scrollWidth).toBeLessThanOrEqual(heading.clientWidth)
  const range = document.createRange()
  range.selectNodeContents(heading)
  for (const line of range.getClientRects()) {
    expect(line.left).toBeGreaterThanOrEqual(Math.max(box.left, close.right) - 0.5)
    expect(line.right).toBeLessThanOrEqual(box.right + 0.5)
  }
}

// WCAG 2.2 1.4.10 (Reflow) and 1.4.12 (Text spacing): a title at its limit fits a phone's sheet,
// but not always a narrower column or wider spacing; there it wraps rather than being cut off.
describe('the list sheet shows its whole title (Chromium)', () => {
  it(`at ${LIMITS.list.button.max} characters in a 246 px column`, async () => {
    expect([...title]).toHaveLength(LIMITS.list.button.max)
    await page.viewport(320, 640)
    // Narrower than any phone: a host's side panel (the send dialog's preview spans a phone).
    renderList(246, true)
    await expectWholeTitle()
  })

  it('with a reader’s text spacing on a 320 px phone', async () => {
    await page.viewport(320, 640)
    const restore = textSpacing()
    try {
      renderList(320, false)
      await expectWholeTitle()
    } finally {
      restore()
    }
  })
})
