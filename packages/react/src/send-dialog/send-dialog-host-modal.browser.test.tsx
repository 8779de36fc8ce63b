import { FEEDBACK_INTERACTIVE, INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import '../styles.css'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import * as Dialog from '@radix-ui/react-dialog'
import { cleanup, render } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { SendInteractiveDialog, type SendInteractiveDialogProps } from './send-interactive-dialog.tsx'
import { dialogsReadInHostModal, KIT_DIALOG } from './testing/dialogs-read-in-host-modal.tsx'
import { HostModal } from './testing/host-modal.tsx'
import { createMockClient } from './testing/mock-client.ts'
import { renderInHostModal } from './testing/render-in-host-modal.tsx'
import { sendFromTransformedHostModal } from './testing/send-from-transformed-host-modal.tsx'

afterEach(cleanup)

/** The host's modal with a button of its own that opens the kit's dialog (`open`, no trigger). */
function TicketWithOwnButton({ onOpenChange }: { onOpenChange?: (open: boolean) => void }) {
  const [client] = useState(() => createMockClient().client)
  const [open, setOpen] = useState(false)
  const change = (next: boolean) => {
    onOpenChange?.(next)
    setOpen(next)
  }
  return (
    <HostModal>
      <button type="button" onClick={() => change(true)}>
        Message the customer
      </button>
      <SendInteractiveDialog client={client} interactive={FEEDBACK_INTERACTIVE} open={open} onOpenChange={change} />
    </HostModal>
  )
}

/** The host's modal with a box of its own that it gives the kit's dialog as `portalContainer`. */
function WithContainer() {
  const [client] = useState(() => createMockClient().client)
  const [box, setBox] = useState<HTMLDivElement | null>(null)
  return (
    <HostModal>
      <div ref={setBox} data-testid="host-box" />
      <SendInteractiveDialog
        client={client}
        interactive={FEEDBACK_INTERACTIVE}
        portalContainer={box}
        trigger={<button type="button">Send on WhatsApp…</button>}
      />
    </HostModal>
  )
}

// An admin opens "Send on WhatsApp…" from its own modal. Portalled to document.body, the kit's
// dialog was behind the host's modal in the top layer and inert: nothing in it could be clicked
// or typed into. It portals into the host's modal dialog instead.
describe('the send dialog opened from a host’s modal <dialog> (Chromium)', () => {
  it('is inside the host’s modal, takes focus and typing, and sends', async () => {
    const sends = renderInHostModal()
    await page.getByRole('button', { name: 'Send on WhatsApp…' }).click()
    const dialog = document.querySelector('.bi-send-dialog')
    expect(dialog?.closest('dialog')).toBe(document.querySelector('dialog[aria-label="Ticket 42"]'))
    const recipient = page.getByRole('textbox', { name: "Customer's WhatsApp number" })
    await expect.element(recipient).toHaveFocus()
    await userEvent.type(recipient, `${FIXTURE_PHONES.open}{Enter}`)
    await expect.element(page.getByRole('region', { name: 'Message sent' })).toBeVisible()
    expect(sends).toHaveLength(1)
  })

  it('a host’s own popover and dialog look (loaded last) does not turn the kit’s layer into a sheet', async () => {
    const host = document.createElement('style')
    host.textContent = `[popover], [popover]:popover-open, dialog[open] { background: white; padding: 16px; border: 2px solid red; }
      [popover]::backdrop, dialog::backdrop { background: rgba(0, 0, 0, 0.5); }`
    document.head.append(host)
    try {
      renderInHostModal()
      await page.getByRole('button', { name: 'Send on WhatsApp…' }).click()
      const layer = document.querySelector('.bi-top-layer') as HTMLElement
      const look = getComputedStyle(layer)
      expect([look.backgroundColor, look.paddingTop, look.borderTopWidth]).toEqual(['rgba(0, 0, 0, 0)', '0px', '0px'])
      expect(getComputedStyle(layer, '::backdrop').backgroundColor).toBe('rgba(0, 0, 0, 0)')
    } finally {
      host.remove()
    }
  })

  it(
    'inside a host’s modal with a transform, covers the viewport, unclipped, and still sends',
    sendFromTransformedHostModal,
  )

  // The popover layer is inside the host's modal, which stays open (and not inert) around it.
  it("inside a host's modal, gives assistive tech the kit's dialog in the host's, nothing between", async () => {
    expect(await dialogsReadInHostModal()).toEqual(['dialog "Ticket 42"', KIT_DIALOG])
  })

  it('portals into a portalContainer the host gives inside its modal, with no top layer of the kit’s', async () => {
    render(<WithContainer />)
    await page.getByRole('button', { name: 'Send on WhatsApp…' }).click()
    await expect.element(page.getByRole('textbox', { name: "Customer's WhatsApp number" })).toHaveFocus()
    expect(kitDialog()?.parentElement).toBe(page.getByTestId('host-box').element())
    expect(document.querySelector('.bi-top-layer')).toBeNull()
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

  // The host closes its modal itself (a ticket closed elsewhere, a timer): the kit's dialog went
  // out of sight with it, but its locks stayed: nothing on the page could be clicked or scrolled.
  it('closes when the host closes its modal, releasing the page and telling onOpenChange', async () => {
    const changes: boolean[] = []
    render(<TicketWithOwnButton onOpenChange={(open) => changes.push(open)} />)
    await page.getByRole('button', { name: 'Message the customer' }).click()
    await expect.element(page.getByRole('textbox', { name: "Customer's WhatsApp number" })).toHaveFocus()
    ;(document.querySelector('dialog[aria-label="Ticket 42"]') as HTMLDialogElement).close()
    await expect.poll(kitDialog).toBeNull()
    expect(changes).toEqual([true, false])
    expect(document.body.hasAttribute('data-scroll-locked')).toBe(false)
    expect(document.body.style.pointerEvents).toBe('')
    expect(document.querySelector('.bi-top-layer')).toBeNull()
  })

  it('opened with no trigger, Escape gives focus back to the host’s own button; the host’s modal stays open', async () => {
    render(<TicketWithOwnButton />)
    await page.getByRole('button', { name: 'Message the customer' }).click()
    await expect.element(page.getByRole('textbox', { name: "Customer's WhatsApp number" })).toHaveFocus()
    await userEvent.keyboard('{Escape}')
    await expect.poll(kitDialog).toBeNull()
    await expect.element(page.getByRole('button', { name: 'Message the customer' })).toHaveFocus()
    expect((document.querySelector('dialog') as HTMLDialogElement).open).toBe(true)
  })
})

/** The host's own Radix dialog (the kit's library: nested Radix layers), with the kit's dialog and trigger inside. */
function TicketRadix({
  interactive = FEEDBACK_INTERACTIVE,
}: {
  interactive?: SendInteractiveDialogProps['interactive']
}) {
  const [client] = useState(() => createMockClient().client)
  return (
    <Dialog.Root>
      <Dialog.Trigger>Open ticket</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay />
        <Dialog.Content aria-describedby={undefined}>
          <Dialog.Title>Ticket 42</Dialog.Title>
          <SendInteractiveDialog
            client={client}
            interactive={interactive}
            trigger={<button type="button">Send on WhatsApp…</button>}
          />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}

const kitDialog = () => document.querySelector('.bi-send-dialog')
const listSheet = () => document.querySelector('.bi-sheet[role="dialog"]')

/** Opens the preview's list sheet in the kit's dialog: a third modal layer; focus moves into it. */
async function openListSheet() {
  await userEvent.click(page.getByRole('dialog', { name: 'Send message' }).getByRole('button', { name: /Chagua njia/ }))
  await expect.poll(() => listSheet()?.contains(document.activeElement)).toBe(true)
}

describe('the send dialog inside a host’s Radix dialog (Chromium)', () => {
  it('Escape closes only the innermost layer; focus goes back to the trigger; both locks are released', async () => {
    render(<TicketRadix />)
    await page.getByRole('button', { name: 'Open ticket' }).click()
    await page.getByRole('button', { name: 'Send on WhatsApp…' }).click()
    await expect.element(page.getByRole('textbox', { name: "Customer's WhatsApp number" })).toHaveFocus()
    await userEvent.keyboard('{Escape}')
    await expect.element(page.getByRole('button', { name: 'Send on WhatsApp…' })).toHaveFocus()
    expect(kitDialog()).toBeNull()
    await expect.element(page.getByRole('dialog', { name: 'Ticket 42' })).toBeVisible()
    // The host's own modal still holds the page (its scroll lock and the body's pointer-events).
    expect(document.body.hasAttribute('data-scroll-locked')).toBe(true)
    await userEvent.keyboard('{Escape}')
    await expect.element(page.getByRole('button', { name: 'Open ticket' })).toHaveFocus()
    expect(document.body.hasAttribute('data-scroll-locked')).toBe(false)
    expect(document.body.style.pointerEvents).toBe('')
    expect(getComputedStyle(document.body).overflow).not.toBe('hidden')
  })

  it('the preview’s list sheet (a third layer) closes first on Escape, then the kit’s dialog, then the host’s', async () => {
    render(<TicketRadix interactive={INTERACTIVE_EXAMPLES.list as SendInteractiveDialogProps['interactive']} />)
    await page.getByRole('button', { name: 'Open ticket' }).click()
    await page.getByRole('button', { name: 'Send on WhatsApp…' }).click()
    await openListSheet()
    await userEvent.keyboard('{Escape}')
    await expect.poll(listSheet).toBeNull()
    expect(kitDialog()).not.toBeNull()
    await userEvent.keyboard('{Escape}')
    await expect.poll(kitDialog).toBeNull()
    await expect.element(page.getByRole('dialog', { name: 'Ticket 42' })).toBeVisible()
    await userEvent.keyboard('{Escape}')
    await expect.element(page.getByRole('button', { name: 'Open ticket' })).toHaveFocus()
  })
})

describe('Escape with the send dialog inside a host’s modal <dialog> (Chromium)', () => {
  it('closes the list sheet, then the kit’s dialog (focus to its trigger); the host’s modal stays open', async () => {
    renderInHostModal({ interactive: INTERACTIVE_EXAMPLES.list as SendInteractiveDialogProps['interactive'] })
    const host = document.querySelector('dialog') as HTMLDialogElement
    await page.getByRole('button', { name: 'Send on WhatsApp…' }).click()
    await openListSheet()
    await userEvent.keyboard('{Escape}')
    await expect.poll(listSheet).toBeNull()
    expect(kitDialog()).not.toBeNull()
    expect(host.open).toBe(true)
    await userEvent.keyboard('{Escape}')
    await expect.poll(kitDialog).toBeNull()
    await expect.element(page.getByRole('button', { name: 'Send on WhatsApp…' })).toHaveFocus()
    expect(host.open).toBe(true)
    expect(document.body.hasAttribute('data-scroll-locked')).toBe(false)
  })
})
