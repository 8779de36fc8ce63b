import { describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { renderBuilder } from './testing/browser-builder.tsx'
import { longList, nextFrame } from './testing/long-list.ts'

/** Whether the browser renders `element` now (not skipped inside an off-screen content-visibility: auto item). */
const rendered = (element: Element) => element.checkVisibility({ contentVisibilityAuto: true })

const lastTitle = () =>
  page.getByRole('group', { name: 'Section 2' }).getByRole('textbox', { name: 'Row 5 title' }).element()

describe('items far off screen are skipped by the browser, yet reachable (Chromium)', () => {
  it('skips the rows far below the viewport and renders the ones near it', async () => {
    await page.viewport(640, 700)
    renderBuilder({ defaultValue: longList })
    const rows = [...document.querySelectorAll('.bi-builder-item[data-item-kind="row"]')]
    expect(rows).toHaveLength(10)
    // The browser decides which items are near the viewport at the next frame.
    await nextFrame()
    expect(rendered(lastTitle())).toBe(false)
    expect(rendered(page.getByRole('textbox', { name: 'Body text' }).element())).toBe(true)
    expect(rendered(rows[0] as Element)).toBe(true)
    // Still in the page: found by its label, its value there to read, and focus reaches it.
    expect(lastTitle()).toHaveValue('')
    lastTitle().focus()
    expect(document.activeElement).toBe(lastTitle())
  })

  it('picking an issue of a skipped row in the summary focuses its field and shows it', async () => {
    await page.viewport(640, 700)
    renderBuilder({ defaultValue: longList })
    await nextFrame()
    expect(rendered(lastTitle())).toBe(false)
    const summary = page.getByRole('region', { name: 'Problems' })
    await userEvent.click(summary.getByRole('button', { name: /Section 2 row 5 title is empty/ }))
    await expect
      .element(page.getByRole('group', { name: 'Section 2' }).getByRole('textbox', { name: 'Row 5 title' }))
      .toHaveFocus()
    await nextFrame()
    expect(rendered(lastTitle())).toBe(true)
    const box = lastTitle().getBoundingClientRect()
    expect(box.height).toBeGreaterThan(20)
    expect(box.bottom).toBeGreaterThan(0)
    expect(box.top).toBeLessThan(window.innerHeight)
    // Typing reaches it.
    await userEvent.keyboard('Route B5')
    expect(lastTitle()).toHaveValue('Route B5')
  })
})
