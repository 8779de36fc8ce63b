import { createDraft } from '@briq-interactive/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { renderBuilder } from './testing/browser-builder.tsx'
import { copyToClipboard } from './testing/browser-clipboard.ts'

afterEach(() => vi.useRealTimers())

describe("the browser's own undo in Chromium", () => {
  it('pressed on a control outside the builder, is the builder’s undo, and its Redo stays', async () => {
    // Undo steps follow the clock (a pause of a second starts one): held still, so a loaded
    // machine's slow keystrokes cannot split the typing into two.
    vi.useFakeTimers({ toFake: ['Date'] })
    const { root } = renderBuilder({ defaultValue: { ...createDraft('button'), body: { text: 'Hello' } } })
    // A control of the page beside the builder (a host's Copy button).
    const outside = document.createElement('button')
    outside.textContent = 'Copy'
    root.parentElement?.after(outside)
    try {
      const body = page.getByRole('textbox', { name: 'Body text' })
      await userEvent.click(body)
      await userEvent.keyboard('{End} there')
      await expect.element(body).toHaveValue('Hello there')
      outside.focus()
      await userEvent.keyboard('{Control>}z{/Control}')
      // Not one character taken away as new typing: the builder's step undone, focus left outside.
      await expect.element(body).toHaveValue('Hello')
      expect(document.activeElement).toBe(outside)
      const redo = page.getByRole('button', { name: 'Redo' })
      await expect.element(redo).not.toHaveAttribute('aria-disabled')
      await userEvent.click(redo)
      await expect.element(body).toHaveValue('Hello there')
    } finally {
      outside.remove()
    }
  })

  it('Ctrl+Z in a field takes a paste away alone, as the browser’s own undo would, not the typing before it', async () => {
    // Undo steps follow the clock (a pause of a second starts one): held still, so a loaded
    // machine's slow keystrokes cannot split the typing into two.
    vi.useFakeTimers({ toFake: ['Date'] })
    renderBuilder({ defaultValue: { ...createDraft('button'), body: { text: 'Hello' } } })
    // Copied from a page's own text, with the browser's clipboard.
    await copyToClipboard(' and welcome')
    const body = page.getByRole('textbox', { name: 'Body text' })
    await userEvent.click(body)
    // Typed, pasted and typed on within one pause.
    await userEvent.keyboard('{End} there')
    await userEvent.paste()
    await userEvent.keyboard('!')
    await expect.element(body).toHaveValue('Hello there and welcome!')
    await userEvent.keyboard('{Control>}z{/Control}')
    await expect.element(body).toHaveValue('Hello there and welcome')
    await userEvent.keyboard('{Control>}z{/Control}')
    await expect.element(body).toHaveValue('Hello there')
    await userEvent.keyboard('{Control>}z{/Control}')
    await expect.element(body).toHaveValue('Hello')
  })
})
