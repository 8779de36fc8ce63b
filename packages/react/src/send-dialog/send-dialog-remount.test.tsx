import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { StrictMode } from 'react'
import { describe, expect, it } from 'vitest'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { SendDialog } from './send-dialog.ts'
import { createHeldSendClient } from './testing/mock-client.ts'

// A panel of the host's that holds the inline send form (a ticket's tab, a route): the host
// unmounts it while the message is on its way, and mounts it again. The provider (its client)
// sits higher up, at the app's root.
function Panel() {
  return (
    <SendDialog.Root interactive={FEEDBACK_INTERACTIVE}>
      <SendDialog.Form aria-label="Reply">
        <SendDialog.Recipient />
        <SendDialog.Status />
        <SendDialog.Actions />
      </SendDialog.Form>
    </SendDialog.Root>
  )
}

const recipient = () => screen.getByRole('textbox', { name: "Customer's WhatsApp number" })

describe('a send form unmounted while it sends, and mounted again', () => {
  it('the same message to the same number follows the send under way, not a second one', async () => {
    const { client, sends, answer } = createHeldSendClient({ seed: 'send-dialog-remount' })
    const app = (panel: boolean) => (
      <StrictMode>
        <BriqProvider client={client}>{panel ? <Panel /> : <p>Another tab</p>}</BriqProvider>
      </StrictMode>
    )
    const view = render(app(true))
    const user = userEvent.setup()
    await user.type(recipient(), `${FIXTURE_PHONES.open}{Enter}`)
    expect(sends).toHaveLength(1)
    view.rerender(app(false))
    view.rerender(app(true))
    // The form starts empty; the person types the number again and presses Send.
    await user.type(recipient(), FIXTURE_PHONES.open)
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(sends).toHaveLength(1)
    expect(screen.getByRole('button', { name: 'Send' })).toHaveAttribute('aria-disabled', 'true')
    answer()
    await screen.findByRole('region', { name: 'Message sent' })
    expect(document.querySelector('.bi-send-dialog-live')).toHaveTextContent('Accepted by Briq. Status: Queued')
    expect(sends).toHaveLength(1)

    // Once it was accepted, mounted again once more: the same message is the earlier send.
    view.rerender(app(false))
    view.rerender(app(true))
    await user.type(recipient(), `${FIXTURE_PHONES.open}{Enter}`)
    expect(await screen.findByRole('region', { name: 'Not sent' })).toHaveAttribute('data-code', 'DUPLICATE_SEND')
    expect(sends).toHaveLength(1)
  })
})
