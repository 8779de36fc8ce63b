import { createDraft } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { renderBuilder } from './testing/browser-builder.tsx'

const twoSections = {
  type: 'list',
  body: { text: 'Pick a route' },
  action: {
    button: 'Routes',
    sections: [
      {
        title: 'A',
        rows: [
          { id: 'a1', title: 'a1' },
          { id: 'a2', title: 'a2' },
        ],
      },
      {
        title: 'B',
        rows: [
          { id: 'b1', title: 'b1' },
          { id: 'b2', title: 'b2' },
        ],
      },
    ],
  },
}

const values = (scope: ReturnType<typeof page.getByRole>, name: RegExp) =>
  scope
    .getByRole('textbox', { name })
    .elements()
    .map((element) => (element as HTMLInputElement).value)

describe('reordering from the keyboard in Chromium: focus stays on the moved item', () => {
  it('Alt+ArrowUp and Alt+ArrowDown in a field move its item; the field keeps focus and the caret', async () => {
    renderBuilder({ defaultValue: createDraft('button') })
    const title = page.getByRole('group', { name: 'Button 2' }).getByRole('textbox', { name: 'Button 2 title' })
    await userEvent.click(title)
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}')
    const moved = page.getByRole('group', { name: 'Button 1' }).getByRole('textbox', { name: 'Button 1 title' })
    await expect.element(moved).toHaveValue('No, change it')
    await expect.element(moved).toHaveFocus()
    // Typing goes on in the moved field.
    await userEvent.keyboard('!')
    await expect.element(moved).toHaveValue('No, change it!')
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}')
    await expect
      .element(page.getByRole('group', { name: 'Button 2' }).getByRole('textbox', { name: 'Button 2 title' }))
      .toHaveFocus()
  })

  it('Move up / Move down by keyboard (Tab to the button, Enter) keep focus on that button', async () => {
    renderBuilder({ defaultValue: twoSections })
    const section2 = page.getByRole('group', { name: 'Section 2' })
    const down = section2.getByRole('group', { name: 'Row 1' }).getByRole('button', { name: 'Move down' })
    ;(down.element() as HTMLElement).focus()
    await userEvent.keyboard('{Enter}')
    expect(values(section2, /^Row \d title$/)).toEqual(['b2', 'b1'])
    await expect
      .element(section2.getByRole('group', { name: 'Row 2' }).getByRole('button', { name: 'Move down' }))
      .toHaveFocus()
    // At the end of the last section it cannot go further: focus stays, nothing moves.
    await userEvent.keyboard('{Enter}')
    expect(values(section2, /^Row \d title$/)).toEqual(['b2', 'b1'])
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}{Enter}')
    expect(values(section2, /^Row \d title$/)).toEqual(['b1', 'b2'])
    await expect
      .element(section2.getByRole('group', { name: 'Row 1' }).getByRole('button', { name: 'Move up' }))
      .toHaveFocus()
  })

  it('moves a row into the section above at its edge; focus follows it there', async () => {
    renderBuilder({ defaultValue: twoSections })
    const up = page
      .getByRole('group', { name: 'Section 2' })
      .getByRole('group', { name: 'Row 1' })
      .getByRole('button', { name: 'Move up' })
    await userEvent.click(up)
    const section1 = page.getByRole('group', { name: 'Section 1' })
    expect(values(section1, /^Row \d title$/)).toEqual(['a1', 'a2', 'b1'])
    await expect
      .element(section1.getByRole('group', { name: 'Row 3' }).getByRole('button', { name: 'Move up' }))
      .toHaveFocus()
  })

  it('undo and redo of a move into another section keep focus on the moved row', async () => {
    renderBuilder({ defaultValue: twoSections })
    const section = (n: number) => page.getByRole('group', { name: `Section ${n}` })
    const title = section(2).getByRole('group', { name: 'Row 1' }).getByRole('textbox', { name: 'Row 1 title' })
    await userEvent.click(title)
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}')
    const moved = section(1).getByRole('group', { name: 'Row 3' }).getByRole('textbox', { name: 'Row 3 title' })
    await expect.element(moved).toHaveFocus()
    // The row goes back to Section 2 as a new element there: focus goes with it, not to Undo.
    await userEvent.keyboard('{Control>}z{/Control}')
    expect(values(section(2), /^Row \d title$/)).toEqual(['b1', 'b2'])
    await expect.element(title).toHaveValue('b1')
    await expect.element(title).toHaveFocus()
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}')
    expect(values(section(1), /^Row \d title$/)).toEqual(['a1', 'a2', 'b1'])
    await expect.element(moved).toHaveFocus()
  })

  it('undoing a removal focuses the restored row, not the next row it had moved focus to', async () => {
    // Three rows in Section 1, so the row left after a removal can be removed too (a live Remove).
    const [first, second] = twoSections.action.sections
    const rowsA = [...(first?.rows ?? []), { id: 'a3', title: 'a3' }]
    renderBuilder({
      defaultValue: {
        ...twoSections,
        action: { ...twoSections.action, sections: [{ title: 'A', rows: rowsA }, second] },
      },
    })
    const section1 = page.getByRole('group', { name: 'Section 1' })
    const row = (n: number) => section1.getByRole('group', { name: `Row ${n}` })
    await userEvent.click(row(1).getByRole('button', { name: 'Remove' }))
    // Removed: focus went to the next row's Remove (now "Row 1").
    expect(values(section1, /^Row \d title$/)).toEqual(['a2', 'a3'])
    await expect.element(row(1).getByRole('button', { name: 'Remove' })).toHaveFocus()
    await userEvent.keyboard('{Control>}z{/Control}')
    expect(values(section1, /^Row \d title$/)).toEqual(['a1', 'a2', 'a3'])
    // The same control of the row that came back.
    await expect.element(row(1).getByRole('button', { name: 'Remove' })).toHaveFocus()
    // Redo removes it again; Undo from a field outside the rows brings it back with focus on its first field.
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}')
    expect(values(section1, /^Row \d title$/)).toEqual(['a2', 'a3'])
    // Redo removes it again and, as Remove did, puts focus on the next row's Remove.
    await expect.element(row(1).getByRole('button', { name: 'Remove' })).toHaveFocus()
    await userEvent.click(page.getByRole('textbox', { name: 'Body text' }))
    await userEvent.keyboard('{Control>}z{/Control}')
    await expect.element(row(1).getByRole('textbox', { name: 'Row 1 title' })).toHaveFocus()
    // Undo clicked with the button keeps focus on it.
    await userEvent.click(row(1).getByRole('button', { name: 'Remove' }))
    await userEvent.click(page.getByRole('button', { name: 'Undo' }))
    expect(values(section1, /^Row \d title$/)).toEqual(['a1', 'a2', 'a3'])
    await expect.element(page.getByRole('button', { name: 'Undo' })).toHaveFocus()
  })

  it("removing the second of two sections (and redoing it) focuses the first's title, not its dimmed Remove", async () => {
    renderBuilder({ defaultValue: twoSections })
    const remove = (n: number) =>
      page
        .getByRole('group', { name: `Section ${n}` })
        .getByRole('button', { name: 'Remove' })
        .first()
    const title = page.getByRole('group', { name: 'Section 1' }).getByRole('textbox', { name: 'Section 1 title' })
    await userEvent.click(remove(2))
    await expect.element(remove(1)).toHaveAttribute('aria-disabled', 'true')
    await expect.element(title).toHaveFocus()
    // Undo from that title brings Section 2 back, focused on the same control (its title).
    await userEvent.keyboard('{Control>}z{/Control}')
    await expect.element(page.getByRole('textbox', { name: 'Section 2 title' })).toHaveFocus()
    // Redo from Section 2's Remove removes it again: focus goes where Remove sent it.
    ;(remove(2).element() as HTMLElement).focus()
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}')
    await expect.element(page.getByRole('group', { name: 'Section 2' })).not.toBeInTheDocument()
    await expect.element(title).toHaveFocus()
  })

  it('undoing the removal of a section focuses that section', async () => {
    renderBuilder({ defaultValue: twoSections })
    await userEvent.click(
      page.getByRole('group', { name: 'Section 2' }).getByRole('button', { name: 'Remove' }).first(),
    )
    // Undo from a Remove (Section 1's, dimmed now) brings the section back on its Remove.
    ;(
      page
        .getByRole('group', { name: 'Section 1' })
        .getByRole('button', { name: 'Remove' })
        .first()
        .element() as HTMLElement
    ).focus()
    await userEvent.keyboard('{Control>}z{/Control}')
    const section2 = page.getByRole('group', { name: 'Section 2' })
    await expect.element(section2.getByRole('textbox', { name: 'Section 2 title' })).toHaveValue('B')
    await expect.element(section2.getByRole('button', { name: 'Remove' }).first()).toHaveFocus()
  })

  it('reaches every control with Tab in order, with a visible focus ring', async () => {
    renderBuilder({ defaultValue: createDraft('button') })
    ;(page.getByRole('tab', { name: 'Form' }).element() as HTMLElement).focus()
    const seen: string[] = []
    for (let i = 0; i < 12; i++) {
      await userEvent.keyboard('{Tab}')
      const active = document.activeElement as HTMLElement
      seen.push(active.getAttribute('aria-label') ?? active.textContent ?? active.tagName)
      expect(getComputedStyle(active).outlineStyle, seen.at(-1)).not.toBe('none')
    }
    // Into the tab's panel first (WAI-ARIA APG tabs pattern): the bar's buttons come before the tabs.
    expect(seen[0]).toEqual(expect.stringContaining('Reply buttons'))
  })

  for (const [locale, names] of [
    ['en', { form: 'Form', json: 'JSON', type: 'Message type', newMessage: 'New message', undo: 'Undo', redo: 'Redo' }],
    [
      'sw',
      { form: 'Fomu', json: 'JSON', type: 'Aina ya ujumbe', newMessage: 'Ujumbe mpya', undo: 'Tendua', redo: 'Rudia' },
    ],
  ] as const) {
    it(`Tab from a tab goes into its panel; the bar's buttons come before the tabs (${locale})`, async () => {
      const { root } = renderBuilder({ defaultValue: createDraft('button'), locale })
      const form = page.getByRole('tab', { name: names.form })
      ;(form.element() as HTMLElement).focus()
      await userEvent.keyboard('{Tab}')
      // Was New message: the toolbar stood between the tabs and their panel.
      await expect.element(page.getByRole('combobox', { name: names.type })).toHaveFocus()
      await userEvent.keyboard('{Shift>}{Tab}{/Shift}')
      await expect.element(form).toHaveFocus()
      for (const name of [names.redo, names.undo, names.newMessage]) {
        await userEvent.keyboard('{Shift>}{Tab}{/Shift}')
        await expect.element(page.getByRole('button', { name, exact: true })).toHaveFocus()
      }
      // The same from the JSON tab into its text.
      await userEvent.click(page.getByRole('tab', { name: names.json }))
      await userEvent.keyboard('{Tab}')
      expect(document.activeElement?.tagName).toBe('TEXTAREA')
      expect(root.querySelector('.bi-builder-panel')?.contains(document.activeElement)).toBe(true)
      // By the order drawn, not a positive tabindex: the tabs sit after the buttons on the line.
      expect(root.querySelectorAll('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])')).toHaveLength(0)
      const redo = page.getByRole('button', { name: names.redo, exact: true }).element().getBoundingClientRect()
      const tabs = page.getByRole('tablist').element().getBoundingClientRect()
      expect(tabs.left).toBeGreaterThanOrEqual(redo.right)
    })
  }

  it('picking an issue in the summary shows and focuses its field', async () => {
    const { root } = renderBuilder({ defaultValue: createDraft('cta_url'), defaultTab: 'json' })
    await userEvent.click(page.getByRole('region', { name: 'Problems' }).getByRole('button', { name: /URL/ }))
    const url = page.getByRole('textbox', { name: 'Button URL' })
    await expect.element(url).toHaveFocus()
    const box = (url.element() as HTMLElement).getBoundingClientRect()
    expect(box.top).toBeGreaterThanOrEqual(0)
    expect(box.bottom).toBeLessThanOrEqual(window.innerHeight)
    expect(root.contains(document.activeElement)).toBe(true)
  })
})
