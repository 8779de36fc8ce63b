import { describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { accessibilityTree } from '../testing/spoken.ts'
import { renderBuilder } from './testing/browser-builder.tsx'
import { longList, nextFrame } from './testing/long-list.ts'

const lastTitle = () =>
  page.getByRole('group', { name: 'Section 2' }).getByRole('textbox', { name: 'Row 5 title' }).element()

describe('items far off screen, for a screen reader (Chromium)', () => {
  // Chromium leaves the contents of a `content-visibility: auto` element never shown yet out of
  // its accessibility tree (an unnamed, empty group): a screen reader reading or jumping through
  // a long list would find nothing in the rows below the screen.
  it('a row never scrolled into view is in the accessibility tree, named, with its fields', async () => {
    await page.viewport(640, 700)
    const { root } = renderBuilder({ defaultValue: longList })
    await nextFrame()
    const last = root.querySelectorAll('.bi-builder-item[data-item-kind="row"]')[9] as HTMLElement
    expect(last.getBoundingClientRect().top).toBeGreaterThan(window.innerHeight * 2)
    last.setAttribute('data-last-row', '')
    const tree = await accessibilityTree('[data-last-row]')
    expect(tree[0]).toBe('group "Row 5"')
    expect(tree).toContain(
      '  textbox "Row 5 title" — Error: Section 2 row 5 title is empty; WhatsApp needs at least 1 character. 0 of 24 characters.',
    )
    expect(tree).toContain('  button "Remove" — Section 2 Row 5')
  })

  it('picking an issue of a row far below in the summary focuses its field and shows it', async () => {
    await page.viewport(640, 700)
    renderBuilder({ defaultValue: longList })
    await nextFrame()
    const summary = page.getByRole('region', { name: 'Problems' })
    await userEvent.click(summary.getByRole('button', { name: /Section 2 row 5 title is empty/ }))
    await expect
      .element(page.getByRole('group', { name: 'Section 2' }).getByRole('textbox', { name: 'Row 5 title' }))
      .toHaveFocus()
    await nextFrame()
    const box = lastTitle().getBoundingClientRect()
    expect(box.height).toBeGreaterThan(20)
    expect(box.bottom).toBeGreaterThan(0)
    expect(box.top).toBeLessThan(window.innerHeight)
    // Typing reaches it.
    await userEvent.keyboard('Route B5')
    expect(lastTitle()).toHaveValue('Route B5')
  })
})
