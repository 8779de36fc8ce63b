import { describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { renderBuilder } from './testing/browser-builder.tsx'
import { fourButtons, shortList } from './testing/issue-drafts.ts'

const typeInJson = () =>
  JSON.parse((page.getByRole('textbox', { name: 'Interactive object (JSON)' }).element() as HTMLTextAreaElement).value)
    .type

// Playwright's locators are strict: acting on a name two buttons share fails.
describe('each fix-it is one button, and focus after it lands sensibly (Chromium)', () => {
  it('beside its group on the form: keyboard to it, apply, focus on the message type it changed', async () => {
    renderBuilder({ defaultValue: fourButtons })
    const fix = page.getByRole('button', { name: 'Turn the 4 buttons into a list' })
    await expect
      .element(page.getByRole('group', { name: 'Buttons' }).getByRole('button', { name: /into a list/ }))
      .toBe(fix.element())
    fix.element().focus()
    await userEvent.keyboard('{Enter}')
    const type = page.getByRole('combobox', { name: 'Message type' })
    await expect.element(type).toHaveValue('list')
    await expect.element(type).toHaveFocus()
  })

  it('in the summary on the JSON tab: applied there, focus stays in the summary; the form shows it again beside its group', async () => {
    renderBuilder({ defaultValue: fourButtons, defaultTab: 'json' })
    const summary = page.getByRole('region', { name: 'Problems' })
    const fix = page.getByRole('button', { name: 'Turn the 4 buttons into a list' })
    await userEvent.click(page.getByRole('tab', { name: 'Form' }))
    await expect
      .element(page.getByRole('group', { name: 'Buttons' }).getByRole('button', { name: /into a list/ }))
      .toBe(fix.element())
    await userEvent.click(page.getByRole('tab', { name: 'JSON' }))
    await expect.element(summary.getByRole('button', { name: 'Turn the 4 buttons into a list' })).toBe(fix.element())
    await userEvent.click(fix)
    await expect.element(summary).toHaveFocus()
    await expect.element(summary.getByRole('status')).toHaveTextContent('No problems found')
    expect(typeInJson()).toBe('list')
  })

  it('a suggestion: beside its group on the form, in the summary on the JSON tab; applied there, focus stays in the summary', async () => {
    renderBuilder({ defaultValue: shortList(['A', 'B', 'C']) })
    const suggestion = page.getByRole('button', { name: 'Turn into 3 reply buttons' })
    await expect
      .element(page.getByRole('group', { name: 'Sections' }).getByRole('button', { name: /reply buttons/ }))
      .toBe(suggestion.element())
    await userEvent.click(page.getByRole('button', { name: 'Suggestion: Sections' }))
    await expect.element(page.getByRole('group', { name: 'Sections' })).toHaveFocus()
    await userEvent.click(page.getByRole('tab', { name: 'JSON' }))
    await userEvent.click(suggestion)
    await expect.element(page.getByRole('region', { name: 'Problems' })).toHaveFocus()
    expect(typeInJson()).toBe('button')
  })
})
