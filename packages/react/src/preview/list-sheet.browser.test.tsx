import { describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { validFixtures } from './fixtures.ts'
import { renderPreview } from './testing/browser-render.tsx'

// While the modal is open Radix hides the rest of the preview from assistive tech (aria-hidden),
// so the list button is found including hidden elements.
const trigger = () => page.getByRole('button', { name: 'Chagua njia', includeHidden: true })
const sheet = () => page.getByRole('dialog', { name: 'Chagua njia' })
const radio = (name: string) => sheet().getByRole('radio', { name: new RegExp(name) })
const sendButton = () => sheet().getByRole('button', { name: 'Send' })
const focusIsInSheet = () => sheet().element().contains(document.activeElement)

async function openWith(key: '{Enter}' | ' ') {
  trigger().element().focus()
  await userEvent.keyboard(key)
  await expect.element(sheet()).toBeVisible()
}

describe('list sheet: focus and keyboard (Chromium)', () => {
  it('opens with Enter, moves focus into the dialog and traps Tab inside it', async () => {
    renderPreview(validFixtures.list)
    await expect.element(trigger()).toHaveAttribute('aria-expanded', 'false')
    await openWith('{Enter}')
    await expect.element(trigger()).toHaveAttribute('aria-expanded', 'true')
    expect(focusIsInSheet()).toBe(true)
    await expect.element(sendButton()).toHaveAttribute('aria-disabled', 'true')
    // Close, the radio group (one tab stop) and Send: cycling many times never leaves.
    for (let i = 0; i < 6; i++) {
      await userEvent.tab()
      expect(focusIsInSheet()).toBe(true)
    }
    for (let i = 0; i < 6; i++) {
      await userEvent.tab({ shift: true })
      expect(focusIsInSheet()).toBe(true)
    }
  })

  it('walks Tab through Close, the rows and Send and round again before a row is chosen', async () => {
    const onReply = vi.fn()
    renderPreview(validFixtures.list, { onReply })
    await openWith('{Enter}')
    const close = sheet().getByRole('button', { name: 'Close' }).element()
    const firstRow = radio('Kimara – Kivukoni').element()
    expect(document.activeElement).toBe(close)
    // Send cannot send yet but stays a tab stop: a disabled button would leave the radio group
    // as the dialog's last stop, and Tab from it went nowhere (Radix's trap pulled focus back).
    const forward = [firstRow, sendButton().element(), close, firstRow]
    for (const expected of forward) {
      await userEvent.tab()
      expect(document.activeElement).toBe(expected)
    }
    await userEvent.tab()
    expect(document.activeElement).toBe(sendButton().element())
    await expect.element(sendButton()).toHaveAttribute('aria-disabled', 'true')
    await expect.element(sendButton()).toHaveAccessibleDescription('Choose an option first')
    await userEvent.keyboard('{Enter}')
    await expect.element(sheet()).toBeVisible()
    expect(document.activeElement).toBe(sendButton().element())
    expect(onReply).not.toHaveBeenCalled()
    // Not a silent no-op: why, said and shown beside Send; the hidden description stays unseen.
    await expect.element(sheet().getByRole('status')).toHaveTextContent('Choose an option first')
    await expect.element(sheet().getByRole('status').getByText('Choose an option first')).toBeVisible()
    const hidden = sheet().element().querySelector('.bi-sr-only') as HTMLElement
    expect(hidden.getBoundingClientRect().width).toBeLessThanOrEqual(1)
  })

  it('chooses with Space and arrow keys, enables Send only then, and sends with Enter', async () => {
    const onReply = vi.fn()
    const { root } = renderPreview(validFixtures.list, { onReply })
    await openWith(' ')
    radio('Kimara – Kivukoni').element().focus()
    await expect.element(sendButton()).toHaveAttribute('aria-disabled', 'true')
    await userEvent.keyboard(' ')
    await expect.element(radio('Kimara – Kivukoni')).toBeChecked()
    await expect.element(sendButton()).not.toHaveAttribute('aria-disabled')
    await userEvent.keyboard('{ArrowDown}')
    await expect.element(radio('Kimara – Gerezani')).toBeChecked()
    // Arrow keys cross section boundaries: the rows are one radio group.
    await userEvent.keyboard('{ArrowDown}')
    await expect.element(radio('Morocco – Kivukoni')).toBeChecked()
    await userEvent.keyboard('{ArrowUp}')
    await expect.element(radio('Kimara – Gerezani')).toBeChecked()
    await expect.element(radio('Kimara – Kivukoni')).not.toBeChecked()
    expect(onReply).not.toHaveBeenCalled()

    await userEvent.tab()
    expect(document.activeElement).toBe(sendButton().element())
    await userEvent.keyboard('{Enter}')
    expect(onReply).toHaveBeenCalledTimes(1)
    expect(onReply).toHaveBeenCalledWith({
      type: 'list_reply',
      list_reply: { id: 'kimara_gerezani', title: 'Kimara – Gerezani', description: 'Kila dakika 8' },
    })
    await expect.element(sheet()).not.toBeInTheDocument()
    await expect.poll(() => document.activeElement).toBe(trigger().element())
    const reply = root.querySelector('.bi-bubble[data-direction="out"][data-reply="list_reply"]')
    expect(reply?.textContent).toContain('Kimara – Gerezani')
  })

  it('sends with Space on Send, without a description when the row has none', async () => {
    const onReply = vi.fn()
    renderPreview(validFixtures.list, { onReply })
    await openWith('{Enter}')
    await radio('Morocco – Gerezani').click()
    sendButton().element().focus()
    await userEvent.keyboard(' ')
    expect(onReply).toHaveBeenCalledWith({
      type: 'list_reply',
      list_reply: { id: 'morocco_gerezani', title: 'Morocco – Gerezani' },
    })
  })

  it('closes with Escape without replying and returns focus to the list button', async () => {
    const onReply = vi.fn()
    const { root } = renderPreview(validFixtures.list, { onReply })
    await openWith(' ')
    await radio('Mbezi – Ubungo').click()
    await userEvent.keyboard('{Escape}')
    await expect.element(sheet()).not.toBeInTheDocument()
    await expect.poll(() => document.activeElement).toBe(trigger().element())
    await expect.element(trigger()).toHaveAttribute('aria-expanded', 'false')
    expect(onReply).not.toHaveBeenCalled()
    expect(root.querySelector('.bi-bubble[data-direction="out"]')).toBeNull()
  })

  it('closes with the Close button and returns focus to the list button', async () => {
    renderPreview(validFixtures.list)
    await openWith('{Enter}')
    await sheet().getByRole('button', { name: 'Close' }).click()
    await expect.element(sheet()).not.toBeInTheDocument()
    await expect.poll(() => document.activeElement).toBe(trigger().element())
  })
})
