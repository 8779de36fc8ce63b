import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import '../styles.css'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { commands, page } from 'vitest/browser'
import { SendDialog } from './send-dialog.ts'
import { createMockClient } from './testing/mock-client.ts'

declare module 'vitest/browser' {
  interface BrowserCommands {
    keyDown: (key: string) => Promise<void>
    keyUp: (key: string) => Promise<void>
  }
}

afterEach(cleanup)

// The inline form (the composer's `sendMode="inline"`, a host's own layout): Send stays Send
// after the message went, and keeps focus, so a held key's repeats land on it (or go on
// submitting from the number field).
function setup(to: string = FIXTURE_PHONES.open) {
  const { client, sends } = createMockClient()
  render(
    <StrictMode>
      <SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE} defaultTo={to}>
        <SendDialog.Form aria-label="Reply">
          <SendDialog.Recipient />
          <SendDialog.Status />
          <SendDialog.Actions />
        </SendDialog.Form>
      </SendDialog.Root>
    </StrictMode>,
  )
  return { sends }
}

const sent = () => page.getByRole('region', { name: 'Message sent' })
const notSent = () => document.querySelector('[aria-label="Not sent"]')

describe('Enter held down in the inline send form (Chromium)', () => {
  it.each([
    ['on Send', () => page.getByRole('button', { name: 'Send', exact: true })],
    ['in the number field', () => page.getByRole('textbox', { name: "Customer's WhatsApp number" })],
  ])('%s: sends once, and its repeats do not turn "sent" into "not sent"', async (_where, target) => {
    const { sends } = setup()
    ;(target().element() as HTMLElement).focus()
    await commands.keyDown('Enter')
    await expect.element(sent()).toBeVisible()
    await commands.keyDown('Enter')
    await commands.keyDown('Enter')
    await commands.keyUp('Enter')
    expect(sends).toHaveLength(1)
    expect(notSent()).toBeNull()
    expect(document.querySelector('.bi-send-dialog-live')?.textContent).toMatch(/^Accepted by Briq/)
  })

  it('on Send after a refusal: Briq is not asked again on every repeat', async () => {
    const { sends } = setup(FIXTURE_PHONES.closed)
    const send = page.getByRole('button', { name: 'Send', exact: true })
    ;(send.element() as HTMLElement).focus()
    await commands.keyDown('Enter')
    await expect.element(page.getByRole('region', { name: 'Not sent' })).toHaveAttribute('data-code', 'WINDOW_CLOSED')
    await commands.keyDown('Enter')
    await commands.keyDown('Enter')
    await commands.keyUp('Enter')
    expect(sends).toHaveLength(1)
  })
})
