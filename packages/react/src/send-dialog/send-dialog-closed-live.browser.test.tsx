import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import '../styles.css'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { createHeldSendClient, createMockClient } from './testing/mock-client.ts'

afterEach(cleanup)

// Live regions outside the dialog (the dialog's own is gone once it closes).
const outside = () =>
  [...document.querySelectorAll('[role="status"]')].filter((region) => !region.closest('[role="dialog"]'))
const outsideText = () =>
  outside()
    .map((region) => region.textContent)
    .join('')

// The send is held until the test answers it: on a loaded machine a send answered after a fixed
// latency could end before Escape closed the dialog (a send ended with the dialog open is said
// in the dialog only), and the test then waited in vain for the outside region.
function setup(faults: object, locale?: 'sw') {
  const { mock, client, sends, answer } = createHeldSendClient()
  mock.setFaults(faults as never)
  render(
    <StrictMode>
      <SendInteractiveDialog
        client={client}
        interactive={FEEDBACK_INTERACTIVE}
        defaultTo={FIXTURE_PHONES.open}
        pollIntervalMs={20}
        locale={locale}
        trigger={<button type="button">Open</button>}
      />
    </StrictMode>,
  )
  return { sends, answer }
}

/** Sends, closes the dialog while the send is under way, then lets Briq answer. */
async function sendThenClose(answer: () => void) {
  await page.getByRole('button', { name: 'Open' }).click()
  await page.getByRole('button', { name: /^(Send|Tuma)$/ }).click()
  await userEvent.keyboard('{Escape}')
  await expect.element(page.getByRole('dialog')).not.toBeInTheDocument()
  // Under way, nothing is said outside yet: only how the send ended is.
  expect(outsideText()).toBe('')
  answer()
}

// The dialog says closing it keeps the send going; a screen-reader user who closed it then heard
// nothing of how it ended (nor did anyone see it, until they reopened the dialog).
describe('a send that ends while its dialog is closed (Chromium)', () => {
  for (const [name, faults, said] of [
    ['accepted', {}, /^Accepted by Briq$/],
    ['lost on the way', { failure: 'network' }, /^Not confirmed: .*may have been sent/],
    ['refused', { status: 429, retryAfterSeconds: 30 }, /^Not sent: too many messages at once/],
  ] as const) {
    it(`is said outside the dialog: ${name}`, async () => {
      const { sends, answer } = setup(faults)
      await sendThenClose(answer)
      await expect.poll(outsideText).toMatch(said)
      expect(sends).toHaveLength(1)
      // Reopened, the dialog shows (and its own region says) it; the outside one is gone.
      await page.getByRole('button', { name: 'Open' }).click()
      await expect.poll(() => outside().length).toBe(0)
    })
  }

  it('in the dialog’s language', async () => {
    const { answer } = setup({ failure: 'network' }, 'sw')
    await sendThenClose(answer)
    await expect.poll(outsideText).toMatch(/^Haijathibitishwa: /)
  })

  it('says nothing outside while it is still pending, nor for a send made with the dialog open', async () => {
    const { answer } = setup({})
    await page.getByRole('button', { name: 'Open' }).click()
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    answer()
    await expect.element(page.getByRole('region', { name: 'Message sent' })).toBeInTheDocument()
    await userEvent.keyboard('{Escape}')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(outsideText()).toBe('')
  })

  it('the inline composer (no dialog) keeps one live region', async () => {
    const { client } = createMockClient()
    render(<InteractiveComposer client={client} sendMode="inline" defaultTo={FIXTURE_PHONES.open} />)
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    await expect.element(page.getByRole('region', { name: /Message sent|Not sent/ })).toBeInTheDocument()
    const regions = [...document.querySelectorAll('.bi-composer [role="status"]')].filter((region) =>
      region.textContent?.startsWith('Accepted'),
    )
    expect(regions.length).toBeLessThanOrEqual(1)
  })
})
