import '../styles.css'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { createMockClient } from './testing/mock-client.ts'

afterEach(cleanup)

/** The focused element's role and name, as a keyboard user hears it. */
function focused(): string {
  const element = document.activeElement as HTMLButtonElement
  const name = element.getAttribute('aria-label') ?? element.labels?.[0]?.textContent ?? element.textContent
  return `${element.tagName.toLowerCase()} ${name?.trim()}`
}

// The WAI-ARIA APG's dialog pattern (https://www.w3.org/WAI/ARIA/apg/patterns/dialog-modal/):
// Tab moves through the dialog's own controls. Beside the form, the preview's reply buttons used
// to come between the number and Cancel and Send.
describe.each([
  [1280, 800],
  [700, 1000],
])('the send dialog at %i×%i, by keyboard (Chromium)', (width, height) => {
  it('reaches Cancel and Send right after the number, then the preview’s buttons', async () => {
    await page.viewport(width, height)
    const { client } = createMockClient()
    render(
      <SendInteractiveDialog
        client={client}
        interactive={FEEDBACK_INTERACTIVE}
        defaultOpen
        defaultTo={FIXTURE_PHONES.open}
      />,
    )
    await expect.element(page.getByRole('combobox', { name: 'Send from' })).toBeVisible()
    await expect.element(page.getByRole('textbox', { name: "Customer's WhatsApp number" })).toHaveFocus()
    const order: string[] = []
    for (let step = 0; step < 6; step++) {
      await userEvent.keyboard('{Tab}')
      order.push(focused())
    }
    expect(order).toEqual([
      'button Cancel',
      'button Send',
      'button Yes',
      'button No',
      'select Send to',
      'select Send from',
    ])
    // What is shown keeps its place: in one column the preview above the buttons, in two beside the form.
    const preview = document.querySelector('.bi-send-dialog-preview') as HTMLElement
    const row = document.querySelector('.bi-send-dialog-actions') as HTMLElement
    if (width < 800) expect(preview.getBoundingClientRect().bottom).toBeLessThanOrEqual(row.getBoundingClientRect().top)
    else expect(preview.getBoundingClientRect().left).toBeGreaterThanOrEqual(row.getBoundingClientRect().right)
  })
})
