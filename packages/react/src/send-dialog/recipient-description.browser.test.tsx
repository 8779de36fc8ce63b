import '../styles.css'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { spoken } from '../testing/spoken.ts'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { createMockClient } from './testing/mock-client.ts'

afterEach(cleanup)

describe("the customer's number as a screen reader is given it (Chromium)", () => {
  it('ends the number note before the 24-hour window note', async () => {
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
    await expect.element(recipient).toHaveAccessibleDescription(/The customer wrote in the last 24 hours/)
    // Was "Will be sent to +255712345678 The customer wrote…".
    expect(await spoken(recipient.element())).toMatch(
      / — Will be sent to \+255712345678\. The customer wrote in the last 24 hours/,
    )
  })
})
