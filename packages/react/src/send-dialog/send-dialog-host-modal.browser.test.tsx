import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import '../styles.css'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { useEffect, useRef, useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { createMockClient } from './testing/mock-client.ts'

afterEach(cleanup)

/** The host's own modal: a native <dialog> opened with showModal(), which makes the rest of the page inert. */
function HostModal({ children }: { children: React.ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    ref.current?.showModal()
  }, [])
  return (
    <dialog ref={ref} aria-label="Ticket 42">
      {children}
    </dialog>
  )
}

/** The host's modal with a button of its own that opens the kit's dialog (`open`, no trigger). */
function TicketWithOwnButton() {
  const [client] = useState(() => createMockClient().client)
  const [open, setOpen] = useState(false)
  return (
    <HostModal>
      <button type="button" onClick={() => setOpen(true)}>
        Message the customer
      </button>
      <SendInteractiveDialog client={client} interactive={FEEDBACK_INTERACTIVE} open={open} onOpenChange={setOpen} />
    </HostModal>
  )
}

// An admin opens "Send on WhatsApp…" from its own modal. Portalled to document.body, the kit's
// dialog was behind the host's modal in the top layer and inert: nothing in it could be clicked
// or typed into. It portals into the host's modal dialog instead.
describe('the send dialog opened from a host’s modal <dialog> (Chromium)', () => {
  it('is inside the host’s modal, takes focus and typing, and sends', async () => {
    const { client, sends } = createMockClient()
    render(
      <HostModal>
        <SendInteractiveDialog
          client={client}
          interactive={FEEDBACK_INTERACTIVE}
          trigger={<button type="button">Send on WhatsApp…</button>}
        />
      </HostModal>,
    )
    await page.getByRole('button', { name: 'Send on WhatsApp…' }).click()
    const dialog = document.querySelector('.bi-send-dialog')
    expect(dialog?.closest('dialog')).toBe(document.querySelector('dialog[aria-label="Ticket 42"]'))
    const recipient = page.getByRole('textbox', { name: "Customer's WhatsApp number" })
    await expect.element(recipient).toHaveFocus()
    await userEvent.type(recipient, `${FIXTURE_PHONES.open}{Enter}`)
    await expect.element(page.getByRole('region', { name: 'Message sent' })).toBeVisible()
    expect(sends).toHaveLength(1)
  })

  it('opened with no trigger (the host’s own button and `open`), is inside the host’s modal too', async () => {
    render(<TicketWithOwnButton />)
    await page.getByRole('button', { name: 'Message the customer' }).click()
    const recipient = page.getByRole('textbox', { name: "Customer's WhatsApp number" })
    await expect.element(recipient).toHaveFocus()
    expect(document.querySelector('.bi-send-dialog')?.closest('dialog')).toBe(
      document.querySelector('dialog[aria-label="Ticket 42"]'),
    )
    await userEvent.type(recipient, '0712')
    await expect.element(recipient).toHaveValue('0712')
  })
})
