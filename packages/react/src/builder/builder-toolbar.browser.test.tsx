import { createDraft } from '@briq-interactive/core'
import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { spoken } from '../testing/spoken.ts'
import { Builder } from './builder.ts'
import { renderBuilder } from './testing/browser-builder.tsx'

const body = () => page.getByRole('textbox', { name: 'Body text' })
const area = () => body().element() as HTMLTextAreaElement
const select = (start: number, end: number) => {
  area().focus()
  area().setSelectionRange(start, end)
}

describe('the formatting toolbar in Chromium', () => {
  it('a pointer press on Bold keeps the text area focused and its selection, then wraps it', async () => {
    renderBuilder({ defaultValue: { ...createDraft('button'), body: { text: 'Karibu sana leo' } } })
    select(7, 11)
    await userEvent.click(page.getByRole('toolbar', { name: 'Text style' }).getByRole('button', { name: 'Bold' }))
    await expect.element(body()).toHaveValue('Karibu *sana* leo')
    await expect.element(body()).toHaveFocus()
    expect([area().selectionStart, area().selectionEnd]).toEqual([8, 12])
    // Typing replaces the still-selected word inside the markers.
    await userEvent.keyboard('sana sana')
    await expect.element(body()).toHaveValue('Karibu *sana sana* leo')
  })

  it('Ctrl+B, Ctrl+I, Ctrl+Shift+X and Ctrl+Shift+M style the selection in the text area', async () => {
    renderBuilder({ defaultValue: { ...createDraft('button'), body: { text: 'one two three four' } } })
    select(0, 3)
    await userEvent.keyboard('{Control>}b{/Control}')
    await expect.element(body()).toHaveValue('*one* two three four')
    select(6, 9)
    await userEvent.keyboard('{Control>}i{/Control}')
    await expect.element(body()).toHaveValue('*one* _two_ three four')
    select(12, 17)
    await userEvent.keyboard('{Control>}{Shift>}x{/Shift}{/Control}')
    await expect.element(body()).toHaveValue('*one* _two_ ~three~ four')
    select(20, 24)
    await userEvent.keyboard('{Control>}{Shift>}m{/Shift}{/Control}')
    await expect.element(body()).toHaveValue('*one* _two_ ~three~ ```four```')
    await expect.element(body()).toHaveFocus()
  })

  it('says each button once: no description repeating its name, a tooltip and its glyph still shown', async () => {
    renderBuilder({ defaultValue: createDraft('button') })
    const toolbar = page.getByRole('toolbar', { name: 'Text style' })
    const glyphs = { Bold: 'B', Italic: 'I', Strikethrough: 'S', Monospace: '</>' }
    for (const [name, glyph] of Object.entries(glyphs)) {
      const button = toolbar.getByRole('button', { name, exact: true }).element()
      // Was 'button "Bold" — Bold': the title, equal to the name, was also its description.
      expect(await spoken(button)).toBe(`button "${name}"`)
      expect(button).toHaveAttribute('title', name)
      const drawn = button.querySelector('.bi-builder-toolbar-glyph') as HTMLElement
      expect(getComputedStyle(drawn, '::before').content).toMatch(new RegExp(`^"${glyph}"`))
      expect(drawn.getBoundingClientRect().width).toBeGreaterThan(0)
    }
  })

  it("a field's label finds its text area alone, by part as getByLabel matches, in English and Swahili", async () => {
    // The toolbar was "Body text formatting" ("Mtindo wa maandishi ya ujumbe"): a second element
    // for the label "Body text", so a strict locator by that label failed before it could type.
    // Playwright's getByLabel matches by part unless told `exact`; Vitest's locators are exact by default.
    const label = (text: string) => page.getByLabelText(text, { exact: false })
    const english = renderBuilder({ defaultValue: createDraft('carousel') })
    await userEvent.fill(label('Body text'), 'Karibu')
    await expect.element(body()).toHaveValue('Karibu')
    await userEvent.fill(label('Card 2 text'), 'Kadi ya pili')
    await expect.element(page.getByRole('textbox', { name: 'Card 2 text' })).toHaveValue('Kadi ya pili')
    english.unmount()
    renderBuilder({ defaultValue: createDraft('carousel'), locale: 'sw' })
    await userEvent.fill(label('Maandishi ya ujumbe'), 'Habari')
    await expect.element(page.getByRole('textbox', { name: 'Maandishi ya ujumbe' })).toHaveValue('Habari')
    await userEvent.fill(label('Maandishi ya kadi 1'), 'Kadi ya kwanza')
    await expect.element(page.getByRole('textbox', { name: 'Maandishi ya kadi 1' })).toHaveValue('Kadi ya kwanza')
  })

  it('the preview beside the form shows the style at once', async () => {
    render(
      <Builder.Root defaultValue={{ ...createDraft('button'), body: { text: 'Karibu sana' } }} theme="light">
        <Builder.Body />
        <Builder.Preview time="2026-01-01T09:41:00" />
      </Builder.Root>,
    )
    select(7, 11)
    await userEvent.keyboard('{Control>}b{/Control}')
    const preview = page.getByRole('region', { name: 'WhatsApp message preview' })
    await expect.element(preview.getByText('sana', { exact: true })).toBeVisible()
    expect(getComputedStyle(preview.getByText('sana', { exact: true }).element()).fontWeight).toBe('700')
  })
})
