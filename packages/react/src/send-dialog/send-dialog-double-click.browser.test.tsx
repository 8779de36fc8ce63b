import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import '../styles.css'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { SendDialog } from './send-dialog.ts'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { createMockClient } from './testing/mock-client.ts'

afterEach(cleanup)

// A double click's second click, as Chromium delivers it when the first one's answer came
// before it (a fast proxy, the in-page mock): click count 2, on whatever is under the pointer
// by then, even an element that has just taken the first one's place.
const secondClickOf = (element: Element) =>
  element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail: 2 }))

const sent = () => page.getByRole('region', { name: 'Message sent' })

describe('a double click on Send whose answer comes between its clicks (Chromium)', () => {
  it('in the dialog: Close, in Send’s place, does not close the confirmation', async () => {
    const { client, sends } = createMockClient()
    render(
      <StrictMode>
        <SendInteractiveDialog
          client={client}
          interactive={FEEDBACK_INTERACTIVE}
          defaultTo={FIXTURE_PHONES.open}
          trigger={<button type="button">Send to customer…</button>}
        />
      </StrictMode>,
    )
    await page.getByRole('button', { name: 'Send to customer…' }).click()
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    await expect.element(sent()).toBeVisible()
    const close = page.getByRole('button', { name: 'Close', exact: true })
    secondClickOf(close.element())
    await new Promise((resolve) => setTimeout(resolve, 50))
    await expect.element(page.getByRole('dialog')).toBeInTheDocument()
    await expect.element(sent()).toBeVisible()
    expect(sends).toHaveLength(1)
    // A click of its own still closes it.
    await close.click()
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument()
  })

  it('inline: Send does not send again, so "sent" does not turn into "not sent"', async () => {
    const { client, sends } = createMockClient()
    render(
      <StrictMode>
        <SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE} defaultTo={FIXTURE_PHONES.open}>
          <SendDialog.Form aria-label="Reply">
            <SendDialog.Status />
            <SendDialog.Actions />
          </SendDialog.Form>
        </SendDialog.Root>
      </StrictMode>,
    )
    const send = page.getByRole('button', { name: 'Send', exact: true })
    await send.click()
    await expect.element(sent()).toBeVisible()
    secondClickOf(send.element())
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(document.querySelector('[aria-label="Not sent"]')).toBeNull()
    expect(sends).toHaveLength(1)
  })
})

describe('a double click whose second press lands outside the dialog as it shrinks (Chromium)', () => {
  it('"Send again" double-clicked sends once and keeps the dialog open; one press outside closes it', async () => {
    await page.viewport(1280, 800)
    // Briq's 500: the message may have gone, so a second Send asks "Send again".
    const { client, sends } = createMockClient({ scenario: 'server-error' })
    render(
      <StrictMode>
        <SendInteractiveDialog
          client={client}
          interactive={FEEDBACK_INTERACTIVE}
          defaultTo={FIXTURE_PHONES.open}
          defaultOpen
        />
      </StrictMode>,
    )
    const send = page.getByRole('button', { name: 'Send', exact: true })
    await send.click()
    await expect.element(page.getByRole('region', { name: 'Not confirmed' })).toBeVisible()
    await send.click()
    const again = page.getByRole('button', { name: 'Send again' })
    await expect.element(again).toBeVisible()
    expect(sends).toHaveLength(1)
    // The failure leaves as the send starts: the dialog shrinks under the pointer, and the second
    // click falls on the overlay. It closed the dialog mid-send.
    await userEvent.dblClick(again)
    await expect.element(page.getByRole('region', { name: 'Not confirmed' })).toBeVisible()
    await expect.element(page.getByRole('dialog')).toBeInTheDocument()
    expect(sends).toHaveLength(2)
    // A press of its own outside still closes it.
    const overlay = document.querySelector('.bi-send-dialog-overlay') as HTMLElement
    await userEvent.click(overlay, { position: { x: 5, y: 5 } })
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument()
  })
})
