import '../styles.css'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { accessibilityTree, spoken } from '../testing/spoken.ts'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { createMockClient } from './testing/mock-client.ts'

afterEach(cleanup)

describe("the customer's number as a screen reader is given it (Chromium)", () => {
  // The 24-hour window's note describes Send alone (send-dialog-pickers.test.tsx): the number's
  // description is its own note, ended ("Will be sent to +255712345678" read on into nothing).
  it('ends the number note, and the 24-hour window is read once, on Send', async () => {
    await page.viewport(390, 844)
    const { client } = createMockClient()
    render(
      <SendInteractiveDialog
        client={client}
        interactive={FEEDBACK_INTERACTIVE}
        defaultTo={FIXTURE_PHONES.open}
        trigger={<button type="button">Send to customer…</button>}
      />,
    )
    await page.getByRole('button', { name: 'Send to customer…' }).click()
    const recipient = page.getByRole('textbox', { name: "Customer's WhatsApp number" })
    const send = page.getByRole('button', { name: 'Send', exact: true })
    await expect.element(send).toHaveAccessibleDescription(/The customer wrote in the last 24 hours/)
    expect(await spoken(recipient.element())).toMatch(/ — Will be sent to \+255712345678\.$/)
    // A swipe through the dialog meets the window's words once: as Send's description.
    const lines = await accessibilityTree('[role="dialog"]')
    expect(lines.filter((line) => line.includes('The customer wrote in the last 24 hours'))).toEqual([
      expect.stringMatching(/^\s*button "Send" — The customer wrote in the last 24 hours/),
    ])
  })

  it('and in the inline composer, for a closed window', async () => {
    await page.viewport(390, 844)
    const { client } = createMockClient()
    render(
      <InteractiveComposer
        client={client}
        defaultValue={FEEDBACK_INTERACTIVE}
        sendMode="inline"
        defaultTo={FIXTURE_PHONES.closed}
      />,
    )
    const send = page.getByRole('button', { name: 'Send', exact: true })
    await expect.element(send).toHaveAccessibleDescription(/This customer has not written to you in the last 24 hours/)
    const lines = await accessibilityTree('body')
    expect(lines.filter((line) => line.includes('has not written to you in the last 24 hours'))).toEqual([
      expect.stringMatching(/^\s*button "Send" — This customer has not written to you/),
    ])
  })
})
