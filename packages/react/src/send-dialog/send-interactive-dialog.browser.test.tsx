import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import '../styles.css'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { commands, page, userEvent } from 'vitest/browser'
import { axeReport } from '../testing/axe-report.ts'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { createMockClient } from './testing/mock-client.ts'

declare module 'vitest/browser' {
  interface BrowserCommands {
    keyDown: (key: string) => Promise<void>
    keyUp: (key: string) => Promise<void>
  }
}

afterEach(cleanup)

function setup(theme: 'light' | 'dark' = 'light', defaultTo: string = FIXTURE_PHONES.open) {
  const { mock, client } = createMockClient()
  const sent: string[] = []
  render(
    <StrictMode>
      <SendInteractiveDialog
        client={client}
        interactive={FEEDBACK_INTERACTIVE}
        defaultTo={defaultTo}
        theme={theme}
        pollIntervalMs={20}
        onSent={(result) => sent.push(result.message_id)}
        trigger={<button type="button">Send to customer…</button>}
      />
    </StrictMode>,
  )
  return { mock, sent }
}
const trigger = () => page.getByRole('button', { name: 'Send to customer…' })
const recipient = () => page.getByRole('textbox', { name: "Customer's WhatsApp number" })
const dialogElement = () => {
  const element = document.querySelector('[role="dialog"]')
  if (!(element instanceof HTMLElement)) throw new Error('the dialog is not open')
  return element
}

/** Runs axe on the open dialog and lists violations as readable lines (empty when clean). */
async function violations(): Promise<string[]> {
  return (await axeReport(dialogElement())).violations
}

describe('SendInteractiveDialog in Chromium', () => {
  it('focuses the recipient on open, traps Tab, closes on Escape and returns focus to the trigger', async () => {
    setup()
    await trigger().click()
    await expect.element(recipient()).toHaveFocus()
    const dialog = dialogElement()
    const visited = new Set<Element>()
    for (let i = 0; i < 25; i++) {
      await userEvent.keyboard('{Tab}')
      expect(dialog.contains(document.activeElement)).toBe(true)
      if (document.activeElement) visited.add(document.activeElement)
    }
    // Focus went round: it reached the recipient field again from the end of the dialog.
    expect(visited.has(recipient().element())).toBe(true)
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}')
    expect(dialog.contains(document.activeElement)).toBe(true)
    await userEvent.keyboard('{Escape}')
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument()
    await expect.element(trigger()).toHaveFocus()
  })

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations open, failed and sent (${theme})`, async () => {
      const { mock, sent } = setup(theme)
      await trigger().click()
      expect(await violations()).toEqual([])

      await recipient().fill(FIXTURE_PHONES.closed)
      await page.getByRole('button', { name: 'Send', exact: true }).click()
      const failure = page.getByRole('region', { name: 'Not sent' })
      await expect.element(failure).toHaveAttribute('data-code', 'WINDOW_CLOSED')
      expect(failure.element().textContent).toContain('Ask the customer to write first, or send an approved template.')
      await expect.element(recipient()).toHaveValue(FIXTURE_PHONES.closed)
      expect(await violations()).toEqual([])

      await recipient().fill('123')
      await recipient().fill(FIXTURE_PHONES.open)
      await page.getByRole('button', { name: 'Send', exact: true }).click()
      await expect.element(page.getByRole('region', { name: 'Message sent' })).toBeVisible()
      mock.advance(4000)
      mock.simulateReply(sent[0] ?? '', 'yes')
      await expect
        .element(page.getByRole('region', { name: 'Message sent' }).getByText('The customer replied: Yes'))
        .toBeVisible()
      expect(await violations()).toEqual([])
    })

    it(`shows a Retry-After hold beside Send, which keeps focus, without axe violations (${theme})`, async () => {
      const { mock } = setup(theme)
      mock.setFaults({ status: 429, retryAfterSeconds: 30 })
      await trigger().click()
      const send = page.getByRole('button', { name: 'Send', exact: true })
      await send.click()
      await expect.element(page.getByRole('region', { name: 'Not sent' })).toBeVisible()
      mock.setFaults({})
      const note = page.getByText(/^Sending is on hold for another \d+ seconds/)
      await expect.element(note).toBeVisible()
      await expect.element(send).toHaveAccessibleDescription(/^Sending is on hold for another \d+ seconds/)
      await expect.element(send).toHaveFocus()
      expect(await violations()).toEqual([])
      // A press by keyboard during the hold is refused and says the time left anew; focus stays.
      const live = () => dialogElement().querySelector('.bi-send-dialog-live[aria-live="polite"]')?.firstElementChild
      const firstWords = live()
      await userEvent.keyboard('{Enter}')
      await expect.poll(live).not.toBe(firstWords)
      expect(live()?.textContent).toMatch(/^Not sent: too many messages at once\. Try again in \d+ seconds\.$/)
      await expect.element(send).toHaveFocus()
      await expect.element(note).toBeVisible()
    })

    it(`Enter held down on Send sends once and does not close the confirmation (${theme})`, async () => {
      const { sent } = setup(theme)
      await trigger().click()
      const send = page.getByRole('button', { name: 'Send', exact: true })
      send.element().focus()
      await commands.keyDown('Enter')
      const close = page.getByRole('button', { name: 'Close', exact: true })
      await expect.element(close).toHaveFocus()
      // The key, still down, repeats onto Close, where focus went after the send.
      const repeats: boolean[] = []
      close.element().addEventListener('keydown', (event) => repeats.push((event as KeyboardEvent).repeat))
      await commands.keyDown('Enter')
      await commands.keyDown('Enter')
      await commands.keyUp('Enter')
      expect(repeats).toEqual([true, true])
      await expect.element(page.getByRole('region', { name: 'Message sent' })).toBeVisible()
      expect(sent).toHaveLength(1)
      // A fresh press still closes it.
      await userEvent.keyboard('{Enter}')
      await expect.element(page.getByRole('dialog')).not.toBeInTheDocument()
    })

    it(`marks an invalid number without axe violations (${theme})`, async () => {
      setup(theme, '12')
      await trigger().click()
      await page.getByRole('button', { name: 'Send', exact: true }).click()
      await expect.element(recipient()).toHaveAttribute('aria-invalid', 'true')
      expect(await violations()).toEqual([])
    })
  }
})
