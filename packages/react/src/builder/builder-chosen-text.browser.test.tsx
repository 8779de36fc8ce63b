/// <reference types="@vitest/browser-playwright" />
import '../styles.css'
import { createDraft } from '@briq-interactive/core'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { type Box, selectChosenText } from '../send-dialog/testing/select-chosen-text.ts'
import { InteractiveBuilder } from './interactive-builder.tsx'

afterEach(() => {
  cleanup()
  document.documentElement.style.fontSize = ''
})

/** Half a pixel either way: the protocol's boxes are fractional. */
const inside = (line: Box, content: Box) =>
  line.left >= content.left - 0.5 &&
  line.right <= content.right + 0.5 &&
  line.top >= content.top - 0.5 &&
  line.bottom <= content.bottom + 0.5

/** Every line of the select's chosen option inside its content box; how many lines that took. */
async function expectWholeChosenText(select: HTMLSelectElement): Promise<number> {
  const shown = await selectChosenText(select)
  expect(shown.text).toBe(select.selectedOptions[0]?.label)
  for (const line of shown.lines)
    expect(line, `a line of "${shown.text}" is clipped`).toSatisfy((box: Box) => inside(box, shown.content))
  return new Set(shown.lines.map((line) => Math.round(line.top))).size
}

// A phone's larger text (200%) on a 320 px screen, in Swahili: a native select draws its chosen
// option on one line and clipped "Ruhusa ya kupiga simu" (call permission) to "Ruhusa ya kupi",
// and the header's and every enum field's long choices the same way.
describe("the builder's selects show their whole chosen text at 320 px and 200% (Chromium)", () => {
  it('the message type, the header type and an enum field, in Swahili', async () => {
    await page.viewport(320, 900)
    document.documentElement.style.fontSize = '32px'
    render(<InteractiveBuilder locale="sw" defaultValue={createDraft('call_permission_request')} />)
    const type = page.getByRole('combobox', { name: 'Aina ya ujumbe' })
    await expect.element(type).toHaveDisplayValue('Ruhusa ya kupiga simu')
    // Long enough to need a second line at this width: the check is not met trivially.
    expect(await expectWholeChosenText(type.element() as HTMLSelectElement)).toBeGreaterThan(1)

    await type.selectOptions('flow')
    const version = page.getByRole('combobox', { name: 'Toleo la flow' })
    await version.selectOptions('draft')
    await expect.element(version).toHaveDisplayValue('Rasimu (ya majaribio)')
    expect(await expectWholeChosenText(version.element() as HTMLSelectElement)).toBeGreaterThan(1)
    await expectWholeChosenText(page.getByRole('combobox', { name: 'Aina ya kichwa' }).element() as HTMLSelectElement)
  })

  // Drawn as a customizable select (so the text wraps), the pickers keep a plain select's keys off
  // macOS: the arrows step through the types with the list shut, each step a change.
  it('the arrows still step the message type with its list shut', async () => {
    await page.viewport(320, 900)
    render(<InteractiveBuilder locale="sw" defaultValue={createDraft('button')} />)
    const type = page.getByRole('combobox', { name: 'Aina ya ujumbe' })
    const select = type.element() as HTMLSelectElement
    select.focus()
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}')
    expect(select.matches(':open')).toBe(false)
    await expect.element(type).toHaveValue('list')
    await expect.element(page.getByRole('textbox', { name: 'Jina la kitufe cha orodha' })).toBeVisible()
    await expect.element(type).toHaveFocus()
    // Alt+Down still opens the list, as a plain select's.
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}')
    expect(select.matches(':open')).toBe(true)
    await userEvent.keyboard('{Escape}')
    expect(select.matches(':open')).toBe(false)
  })

  it("the header's select and an enum field step on the arrows too", async () => {
    await page.viewport(320, 900)
    render(<InteractiveBuilder locale="sw" defaultValue={createDraft('flow')} />)
    for (const [name, value] of [
      ['Aina ya kichwa', 'text'],
      ['Toleo la flow', 'draft'],
    ] as const) {
      const field = page.getByRole('combobox', { name })
      const select = field.element() as HTMLSelectElement
      select.focus()
      await userEvent.keyboard('{ArrowDown}')
      expect(select.matches(':open'), name).toBe(false)
      await expect.element(field).toHaveValue(value)
    }
  })
})
