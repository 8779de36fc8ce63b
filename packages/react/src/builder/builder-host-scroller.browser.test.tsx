import '../styles.css'
import { createDraft } from '@briq-interactive/core'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { InteractiveBuilder, type InteractiveBuilderProps } from './interactive-builder.tsx'
import { longList, nextFrame } from './testing/long-list.ts'

afterEach(cleanup)

/** An admin's side panel: the builder scrolls inside a 360 px tall box of the host's, not the page. */
function renderInPanel(props: InteractiveBuilderProps) {
  render(
    <div data-testid="panel" style={{ height: 360, width: 560, overflow: 'auto' }}>
      <InteractiveBuilder theme="light" {...props} />
    </div>,
  )
  return page.getByTestId('panel').element() as HTMLElement
}

/** Whether `element` is wholly inside `panel`'s visible box (and the viewport). */
function shownIn(element: Element, panel: Element): boolean {
  const box = element.getBoundingClientRect()
  const view = panel.getBoundingClientRect()
  return box.top >= view.top - 1 && box.bottom <= Math.min(view.bottom, window.innerHeight) + 1
}

const row = (section: number, n: number) =>
  page.getByRole('group', { name: `Section ${section}` }).getByRole('group', { name: `Row ${n}` })

describe('the builder in a host’s scrolling panel (Chromium)', () => {
  it('Alt+ArrowDown keeps the moved item’s field focused and scrolled into the panel', async () => {
    await page.viewport(800, 600)
    const panel = renderInPanel({ defaultValue: longList })
    await userEvent.click(row(1, 1).getByRole('textbox', { name: 'Row 1 title' }))
    for (const n of [2, 3, 4, 5]) {
      await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}')
      const moved = row(1, n).getByRole('textbox', { name: `Row ${n} title` })
      await expect.element(moved).toHaveValue('Route A1')
      await expect.element(moved).toHaveFocus()
      await nextFrame()
      expect(shownIn(moved.element(), panel)).toBe(true)
    }
  })

  it('Move down pressed from the keyboard keeps its button in the panel’s view', async () => {
    await page.viewport(800, 600)
    const panel = renderInPanel({ defaultValue: createDraft('button') })
    const down = page.getByRole('group', { name: 'Button 1' }).getByRole('button', { name: 'Move down' })
    ;(down.element() as HTMLElement).focus()
    await userEvent.keyboard('{Enter}')
    const moved = page.getByRole('group', { name: 'Button 2' }).getByRole('button', { name: 'Move down' })
    await expect.element(moved).toHaveFocus()
    await nextFrame()
    expect(shownIn(moved.element(), panel)).toBe(true)
  })

  it('picking an issue in the summary scrolls the panel (not only the page) to its field', async () => {
    await page.viewport(800, 600)
    const panel = renderInPanel({ defaultValue: longList })
    await userEvent.click(
      page.getByRole('region', { name: 'Problems' }).getByRole('button', { name: /Section 2 row 5 title is empty/ }),
    )
    const field = row(2, 5).getByRole('textbox', { name: 'Row 5 title' })
    await expect.element(field).toHaveFocus()
    await nextFrame()
    expect(panel.scrollTop).toBeGreaterThan(0)
    expect(shownIn(field.element(), panel)).toBe(true)
  })
})
