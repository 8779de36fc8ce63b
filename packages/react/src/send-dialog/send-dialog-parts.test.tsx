import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { DEFAULT_API_KEY, FIXTURE_CATALOGUE, FIXTURE_PHONES } from '@briq-interactive/mock'
import * as HostDialog from '@radix-ui/react-dialog'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { validFixtures } from '../preview/fixtures.ts'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { SendDialog } from './send-dialog.ts'
import type { SendDialogRootProps } from './send-dialog-root.tsx'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { startMockServer } from './testing/mock-server.ts'

const { mock } = startMockServer('react-send-dialog-parts')

function Provider({ children }: { children: ReactNode }) {
  return (
    <BriqProvider endpoint="http://localhost/api/briq" headers={{ 'X-API-Key': DEFAULT_API_KEY }}>
      {children}
    </BriqProvider>
  )
}

/** The parts laid out inline, as a composer does: no dialog, no Cancel. */
function Inline(props: Partial<SendDialogRootProps>) {
  return (
    <Provider>
      <SendDialog.Root interactive={FEEDBACK_INTERACTIVE} pollIntervalMs={20} {...props}>
        <SendDialog.Form aria-label="Send inline">
          <SendDialog.Recipient />
          <SendDialog.Issues />
          <SendDialog.Status />
          <SendDialog.Preview />
          <SendDialog.Actions />
        </SendDialog.Form>
      </SendDialog.Root>
    </Provider>
  )
}

const recipient = () => screen.getByRole('textbox', { name: "Customer's WhatsApp number" })

describe('SendDialog parts laid out inline (jsdom, over the mock)', () => {
  it('sends from Enter in the recipient field, without a dialog, and shows the status under the form', async () => {
    const onSent = vi.fn()
    render(<Inline onSent={onSent} locale="en" theme="dark" />)
    const form = screen.getByRole('form', { name: 'Send inline' })
    expect(form).toHaveClass('bi-root', 'bi-send-form')
    expect(form).toHaveAttribute('data-bi-theme', 'dark')
    expect(form).toHaveAttribute('lang', 'en')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull()
    const user = userEvent.setup()
    await user.type(recipient(), `${FIXTURE_PHONES.open}{Enter}`)
    const success = await screen.findByRole('region', { name: 'Message sent' })
    expect(form).toHaveAttribute('data-send-state', 'success')
    expect(screen.getByRole('status')).toHaveTextContent('Accepted by Briq. Status: Queued')
    // Inline there is nothing to close: Send stays, for the next recipient.
    expect(screen.getByRole('button', { name: 'Send' })).toBeEnabled()
    expect(screen.queryByRole('button', { name: 'Close' })).toBeNull()
    const messageId = onSent.mock.calls[0]?.[0].message_id as string
    expect(success).toHaveTextContent(messageId)
  })

  it('shows the delivery progress, then the reply with its id', async () => {
    const onSent = vi.fn()
    render(<Inline onSent={onSent} defaultTo={FIXTURE_PHONES.open} />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Message sent' })
    const progress = screen.getByRole('list', { name: 'Delivery progress' })
    expect(
      within(progress)
        .getAllByRole('listitem')
        .map((step) => step.textContent),
    ).toEqual(['Queued', 'Sent', 'Delivered', 'Read'])
    await waitFor(() => expect(within(progress).getByText('Queued')).toHaveAttribute('aria-current', 'step'))
    act(() => mock.advance(4000))
    await waitFor(() => expect(within(progress).getByText('Read')).toHaveAttribute('aria-current', 'step'))
    expect(within(progress).getByText('Delivered')).toHaveAttribute('data-state', 'done')
    act(() => {
      mock.simulateReply(onSent.mock.calls[0]?.[0].message_id as string, 'no')
    })
    // The title inside is the message's own words, marked apart (lang="").
    await waitFor(() =>
      expect(document.querySelector('.bi-send-dialog-reply')).toHaveTextContent('The customer replied: No'),
    )
    expect(screen.getByRole('region', { name: 'Message sent' })).toHaveTextContent('Reply idno')
  })

  it('a Send button laid out without a form still sends', async () => {
    const onSent = vi.fn()
    render(
      <Provider>
        <SendDialog.Root interactive={FEEDBACK_INTERACTIVE} defaultTo={FIXTURE_PHONES.open} onSent={onSent}>
          <SendDialog.Status />
          <SendDialog.Actions />
        </SendDialog.Root>
      </Provider>,
    )
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Message sent' })
    expect(onSent).toHaveBeenCalledOnce()
  })

  it('inline, Escape answers "Send again" with no and puts focus back on Send', async () => {
    const onSent = vi.fn()
    render(<Inline onSent={onSent} defaultTo={FIXTURE_PHONES.open} />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Message sent' })
    await user.click(screen.getByRole('button', { name: 'Send' }))
    const refusal = await screen.findByRole('region', { name: 'Not sent' })
    expect(refusal).toHaveAttribute('data-code', 'DUPLICATE_SEND')
    within(refusal).getByRole('button', { name: 'Send again' }).focus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('region', { name: 'Not sent' })).toBeNull()
    expect(screen.getByRole('button', { name: 'Send' })).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await user.click(await screen.findByRole('button', { name: 'Send again' }))
    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(2))
  })

  it('inline, "Send again" ignores a double click’s second click (click count 2): one more send, not two', async () => {
    const onSent = vi.fn()
    render(<Inline onSent={onSent} defaultTo={FIXTURE_PHONES.open} />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Message sent' })
    await user.click(screen.getByRole('button', { name: 'Send' }))
    const sendAgain = within(await screen.findByRole('region', { name: 'Not sent' })).getByRole('button', {
      name: 'Send again',
    })
    // The second click of a double click whose first (on Send) brought "Send again" under the pointer.
    fireEvent.click(sendAgain, { detail: 2 })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(screen.getByRole('region', { name: 'Not sent' })).toHaveAttribute('data-code', 'DUPLICATE_SEND')
    expect(onSent).toHaveBeenCalledOnce()
    // A press of its own (click count 1) sends it.
    fireEvent.click(sendAgain, { detail: 1 })
    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(2))
    // So does Enter on it (a keyboard's click has click count 0).
    await user.click(screen.getByRole('button', { name: 'Send' }))
    ;(await screen.findByRole('button', { name: 'Send again' })).focus()
    await user.keyboard('{Enter}')
    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(3))
  })

  it('inline inside a host’s Radix dialog, Escape answers "Send again" only; the next Escape closes the host’s', async () => {
    render(
      <HostDialog.Root defaultOpen>
        <HostDialog.Portal>
          <HostDialog.Content aria-describedby={undefined}>
            <HostDialog.Title>Ticket 42</HostDialog.Title>
            <Inline defaultTo={FIXTURE_PHONES.open} />
          </HostDialog.Content>
        </HostDialog.Portal>
      </HostDialog.Root>,
    )
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Message sent' })
    await user.click(screen.getByRole('button', { name: 'Send' }))
    const refusal = await screen.findByRole('region', { name: 'Not sent' })
    within(refusal).getByRole('button', { name: 'Send again' }).focus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('region', { name: 'Not sent' })).toBeNull()
    expect(screen.getByRole('dialog', { name: 'Ticket 42' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Send' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog', { name: 'Ticket 42' })).toBeNull()
  })

  it('inline, with the preview’s list sheet open over "Send again", Escape closes the sheet first', async () => {
    render(<Inline interactive={validFixtures.list} defaultTo={FIXTURE_PHONES.open} />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Message sent' })
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Not sent' })
    await user.click(screen.getByRole('button', { name: 'Chagua njia' }))
    const sheet = screen.getByRole('dialog', { name: 'Chagua njia' })
    expect(sheet).toContainElement(document.activeElement as HTMLElement)
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog', { name: 'Chagua njia' })).toBeNull()
    expect(screen.getByRole('region', { name: 'Not sent' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Chagua njia' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('region', { name: 'Not sent' })).toBeNull()
  })

  it('passes the catalogue to the preview (its own prop, else the provider’s)', () => {
    const { rerender } = render(<Inline interactive={validFixtures.product} catalogue={FIXTURE_CATALOGUE} />)
    expect(screen.getByRole('region', { name: 'WhatsApp message preview' })).toHaveTextContent(
      'Tecno Spark 20 (128 GB)',
    )
    rerender(
      <BriqProvider endpoint="http://localhost/api/briq" catalogue={{ 'tecno-spark-20': { name: 'Simu ya Tecno' } }}>
        <SendDialog.Root interactive={validFixtures.product}>
          <SendDialog.Preview />
        </SendDialog.Root>
      </BriqProvider>,
    )
    expect(screen.getByRole('region', { name: 'WhatsApp message preview' })).toHaveTextContent('Simu ya Tecno')
  })

  // WhatsApp links a number written without its country code in the reader's own country.
  it('reads the preview’s numbers without a country code in the root’s defaultCountryCode', () => {
    const interactive = {
      type: 'button',
      body: { text: 'Piga 0712 345 678' },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Sawa' } }] },
    }
    const { rerender } = render(<Inline interactive={interactive} defaultCountryCode="254" />)
    const link = () =>
      within(screen.getByRole('region', { name: 'WhatsApp message preview' })).getByRole('link', {
        name: '0712 345 678',
      })
    expect(link()).toHaveAttribute('href', 'tel:+254712345678')
    rerender(<Inline interactive={interactive} />)
    expect(link()).toHaveAttribute('href', 'tel:+255712345678')
    // A recipient typed with another country's code is a customer of that country: a Root of
    // its own (a new key), as a Root keeps `to` controlled or not for its whole life.
    const error = vi.spyOn(console, 'error')
    rerender(<Inline key="controlled" interactive={interactive} to="+256 712 345 678" />)
    expect(link()).toHaveAttribute('href', 'tel:+256712345678')
    expect(error).not.toHaveBeenCalled()
    error.mockRestore()
  })

  it('a part outside a Root says which part and where it belongs', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<SendDialog.Actions />)).toThrow(
      'SendDialog.Actions must be inside <SendDialog.Root> (or <SendInteractiveDialog>)',
    )
    vi.restoreAllMocks()
  })

  it('merges the host’s class names and props into each part', async () => {
    render(
      <Provider>
        <SendDialog.Root interactive={{ type: 'button', body: { text: '' } }} defaultOpen>
          <SendDialog.Content className="host-dialog" data-testid="content">
            <SendDialog.Recipient className="host-field" />
            <SendDialog.Issues className="host-issues" />
            <SendDialog.Actions className="host-actions" />
          </SendDialog.Content>
        </SendDialog.Root>
      </Provider>,
    )
    expect(screen.getByTestId('content')).toHaveClass('bi-root', 'bi-send-dialog', 'host-dialog')
    expect(recipient().closest('.bi-send-dialog-field')).toHaveClass('host-field')
    expect(screen.getByRole('region', { name: /errors? to fix before sending$/ }).parentElement).toHaveClass(
      'bi-send-dialog-issue-groups',
      'host-issues',
    )
    expect(screen.getByRole('button', { name: 'Send' }).parentElement).toHaveClass(
      'bi-send-dialog-actions',
      'host-actions',
    )
  })

  it('the preset keeps one shared Root: a dialog opened from its own trigger focuses the recipient', async () => {
    render(
      <Provider>
        <SendInteractiveDialog interactive={FEEDBACK_INTERACTIVE} trigger={<button type="button">Open</button>} />
      </Provider>,
    )
    await userEvent.setup().click(screen.getByRole('button', { name: 'Open' }))
    expect(recipient()).toHaveFocus()
  })
})
