import { format } from 'node:util'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { SendDialog } from './send-dialog.ts'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { createMockClient } from './testing/mock-client.ts'

// An admin UI often has its own <form> around the composer (a ticket being edited). Sending a
// message is the kit's submit, never the host's: its onSubmit (save the ticket) must not run.
function HostForm({ onSubmit, children }: { onSubmit: () => void; children: ReactNode }) {
  return (
    <form
      aria-label="Ticket"
      onSubmit={(event) => {
        event.preventDefault()
        onSubmit()
      }}
    >
      <input aria-label="Subject" defaultValue="Order 42" />
      {children}
    </form>
  )
}

const recipient = () => screen.getByRole('textbox', { name: "Customer's WhatsApp number" })

describe('the send parts inside a host’s <form> (jsdom)', () => {
  it('the dialog sends from Enter in the recipient, and the host’s onSubmit is not called', async () => {
    const { client, sends } = createMockClient()
    const hostSubmit = vi.fn()
    const onSent = vi.fn()
    render(
      <HostForm onSubmit={hostSubmit}>
        <SendInteractiveDialog
          client={client}
          interactive={FEEDBACK_INTERACTIVE}
          onSent={onSent}
          trigger={<button type="button">Send…</button>}
        />
      </HostForm>,
    )
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Send…' }))
    await user.type(recipient(), `${FIXTURE_PHONES.open}{Enter}`)
    await screen.findByRole('region', { name: 'Message sent' })
    expect(onSent).toHaveBeenCalledOnce()
    expect(sends).toHaveLength(1)
    expect(hostSubmit).not.toHaveBeenCalled()
  })

  it('inline parts in their own SendDialog.Form send once, and the host’s onSubmit is not called', async () => {
    const { client, sends } = createMockClient()
    const hostSubmit = vi.fn()
    // A form inside a form, which the README documents (fine on the client, not for server
    // HTML): React says so in development (its warning and the ancestor stack), and nothing else is logged.
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    render(
      <HostForm onSubmit={hostSubmit}>
        <SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE}>
          <SendDialog.Form aria-label="Send inline">
            <SendDialog.Recipient />
            <SendDialog.Status />
            <SendDialog.Actions />
          </SendDialog.Form>
        </SendDialog.Root>
      </HostForm>,
    )
    await userEvent.setup().type(recipient(), `${FIXTURE_PHONES.open}{Enter}`)
    await screen.findByRole('region', { name: 'Message sent' })
    expect(sends).toHaveLength(1)
    expect(hostSubmit).not.toHaveBeenCalled()
    expect(error.mock.calls.map((call) => format(...call))).toEqual([
      expect.stringContaining('In HTML, <form> cannot be a descendant of <form>.'),
      expect.stringContaining('<form> cannot contain a nested <form>.'),
    ])
    error.mockRestore()
  })

  it('parts laid out without a SendDialog.Form: Send sends and does not submit the host’s form', async () => {
    const { client, sends } = createMockClient()
    const hostSubmit = vi.fn()
    render(
      <HostForm onSubmit={hostSubmit}>
        <SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE} defaultTo={FIXTURE_PHONES.open}>
          <SendDialog.Status />
          <SendDialog.Actions />
        </SendDialog.Root>
      </HostForm>,
    )
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Message sent' })
    expect(sends).toHaveLength(1)
    expect(hostSubmit).not.toHaveBeenCalled()
  })

  it('parts laid out without a SendDialog.Form: Enter in the recipient sends, never the host’s Save', async () => {
    const { client, sends } = createMockClient()
    const hostSubmit = vi.fn()
    // The host's own submit button comes first: the browser's Enter in a field clicks the
    // form's first submit button, which would save the ticket.
    render(
      <HostForm onSubmit={hostSubmit}>
        <button type="submit">Save ticket</button>
        <SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE}>
          <SendDialog.Recipient />
          <SendDialog.Status />
          <SendDialog.Actions />
        </SendDialog.Root>
      </HostForm>,
    )
    await userEvent.setup().type(recipient(), `${FIXTURE_PHONES.open}{Enter}`)
    await screen.findByRole('region', { name: 'Message sent' })
    expect(sends).toHaveLength(1)
    expect(hostSubmit).not.toHaveBeenCalled()
  })

  it('parts laid out without any form: Enter in the recipient sends', async () => {
    const { client, sends } = createMockClient()
    render(
      <SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE}>
        <SendDialog.Recipient />
        <SendDialog.Status />
        <SendDialog.Actions />
      </SendDialog.Root>,
    )
    await userEvent.setup().type(recipient(), `${FIXTURE_PHONES.open}{Enter}`)
    await screen.findByRole('region', { name: 'Message sent' })
    expect(sends).toHaveLength(1)
  })
})
