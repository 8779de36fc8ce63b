import { createDraft } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { renderBuilder } from './testing/browser-builder.tsx'

describe('New message in Chromium', () => {
  it('is reached by Shift+Tab from the tabs after Redo and Undo, started with Enter, focuses "Message type"; Ctrl+Z brings the old one back', async () => {
    renderBuilder({ defaultValue: { ...createDraft('list'), body: { text: 'Order 42 is ready' } } })
    const body = page.getByRole('textbox', { name: 'Body text' })
    const newMessage = page.getByRole('button', { name: 'New message' })
    const undo = page.getByRole('button', { name: 'Undo' })
    // Before the tabs in the bar (Tab from a tab goes into its panel): back from them, Redo, Undo, New message.
    await userEvent.click(page.getByRole('tab', { name: 'Form' }))
    await userEvent.keyboard('{Shift>}{Tab}{Tab}{/Shift}')
    await expect.element(undo).toHaveFocus()
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}')
    await expect.element(newMessage).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    const type = page.getByRole('combobox', { name: 'Message type' })
    await expect.element(type).toHaveFocus()
    await expect.element(type).toHaveValue('list')
    await expect.element(body).not.toHaveValue('Order 42 is ready')
    await expect.element(newMessage).toHaveAttribute('aria-disabled', 'true')
    await userEvent.keyboard('{Control>}z{/Control}')
    await expect.element(body).toHaveValue('Order 42 is ready')
    await expect.element(type).toHaveFocus()
  })

  it('pressed with Space while aria-disabled, does nothing and keeps focus', async () => {
    renderBuilder({})
    const newMessage = page.getByRole('button', { name: 'New message' })
    await expect.element(newMessage).toHaveAttribute('aria-disabled', 'true')
    ;(newMessage.element() as HTMLElement).focus()
    await userEvent.keyboard(' ')
    await expect.element(newMessage).toHaveFocus()
    await expect.element(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('aria-disabled', 'true')
  })

  it('after types only looked through, stays aria-disabled; with a row typed under one, says what goes', async () => {
    renderBuilder({})
    const type = page.getByRole('combobox', { name: 'Message type' })
    const newMessage = page.getByRole('button', { name: 'New message' })
    await userEvent.selectOptions(type, 'list')
    await userEvent.selectOptions(type, 'button')
    await expect.element(newMessage).toHaveAttribute('aria-disabled', 'true')
    await userEvent.selectOptions(type, 'list')
    await userEvent.fill(page.getByRole('textbox', { name: 'Row 1 description' }), 'Today')
    await userEvent.selectOptions(type, 'button')
    await expect.element(newMessage).not.toHaveAttribute('aria-disabled')
    await userEvent.click(newMessage)
    await expect
      .poll(() => document.querySelector('.bi-builder-live')?.textContent)
      .toBe('New message started, and what you typed before changing a type or kind is gone too. Undo brings it back.')
    await expect.element(type).toHaveFocus()
  })

  it('on the JSON tab, focuses the JSON text it replaced', async () => {
    renderBuilder({ defaultValue: { ...createDraft('button'), body: { text: 'Old' } }, defaultTab: 'json' })
    await userEvent.click(page.getByRole('button', { name: 'New message' }))
    const text = page.getByRole('textbox', { name: 'Interactive object (JSON)' })
    await expect.element(text).toHaveFocus()
    expect(JSON.parse((text.element() as HTMLTextAreaElement).value)).toEqual(createDraft('button'))
  })
})
