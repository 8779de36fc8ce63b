import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { DEFAULT_API_KEY, FIXTURE_IDS, FIXTURE_PHONES } from '@briq-interactive/mock'
import { act, render, screen, waitFor } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { StrictMode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { BriqProvider, type BriqProviderProps } from '../provider/briq-provider.tsx'
import { SendInteractiveDialog, type SendInteractiveDialogProps } from './send-interactive-dialog.tsx'
import { startMockServer } from './testing/mock-server.ts'

const { mock, server } = startMockServer('react-send-dialog-sender')

function open(props: Partial<SendInteractiveDialogProps> = {}, provider: Partial<BriqProviderProps> = {}) {
  return render(
    <StrictMode>
      <BriqProvider endpoint="http://localhost/api/briq" headers={{ 'X-API-Key': DEFAULT_API_KEY }} {...provider}>
        <SendInteractiveDialog
          interactive={FEEDBACK_INTERACTIVE}
          defaultOpen
          defaultTo={FIXTURE_PHONES.open}
          pollIntervalMs={20}
          {...props}
        />
      </BriqProvider>
    </StrictMode>,
  )
}

const oneSender = () =>
  server.use(
    http.get('*/v1/whatsapp/senders', () =>
      HttpResponse.json([
        {
          id: FIXTURE_IDS.supportSender,
          display_number: '255700000001',
          label: 'Support line',
          is_default: true,
          is_active: true,
        },
      ]),
    ),
  )
/** The senders' look-ups wait until `answer()` (the mock's senders) or `fail()` (a 500), made by then. */
function heldSenders() {
  const waiting: ((down: boolean) => void)[] = []
  server.use(
    http.get('*/v1/whatsapp/senders', async () => {
      const down = await new Promise<boolean>((resolve) => waiting.push(resolve))
      return down ? HttpResponse.json({ detail: 'down' }, { status: 500 }) : undefined
    }),
  )
  const release = async (down: boolean) => {
    await waitFor(() => expect(waiting.length).toBeGreaterThan(0))
    act(() => {
      for (const resolve of waiting.splice(0)) resolve(down)
    })
  }
  return { answer: () => release(false), fail: () => release(true) }
}
const sendFromSelect = () => screen.queryByRole('combobox', { name: 'Send from' })
const sendFromShown = () => screen.queryByRole('textbox', { name: 'Send from' })
const send = () => screen.getByRole('button', { name: 'Send' })
const WAITS = 'Send waits while the numbers you send from load, so you see which one this message goes from.'

describe('SendDialog.Sender: a sender that goes into the send is always shown', () => {
  it('one active sender: your sender shows read-only, named as Briq lists it, and goes', async () => {
    oneSender()
    const onSent = vi.fn()
    open({ sender: '255700000001', onSent })
    await waitFor(() => expect(sendFromShown()).toHaveValue('Support line · +255700000001'))
    expect(sendFromShown()).toHaveAttribute('readonly')
    expect(sendFromSelect()).toBeNull()
    await userEvent.setup().click(send())
    await screen.findByRole('region', { name: 'Message sent' })
    expect(onSent.mock.calls[0]?.[1]).toMatchObject({ sender: '255700000001' })
  })

  it('one active sender: a sender Briq does not list shows as given, before it goes', async () => {
    oneSender()
    mock.openWindow(FIXTURE_PHONES.open, { sender: '255700000002' })
    const onSent = vi.fn()
    open({ defaultSender: '255700000002', onSent })
    await waitFor(() => expect(sendFromShown()).toHaveValue('255700000002'))
    await userEvent.setup().click(send())
    await screen.findByRole('region', { name: 'Message sent' })
    expect(onSent.mock.calls[0]?.[1]).toMatchObject({ sender: '255700000002' })
  })

  it('no sender chosen and one active: nothing shows (Briq sends from it), as before', async () => {
    oneSender()
    open()
    await waitFor(() => expect(document.querySelector('[data-window]')).toHaveAttribute('data-window', 'open'))
    expect(sendFromShown()).toBeNull()
    expect(sendFromSelect()).toBeNull()
  })

  it('senders that cannot be read: your sender shows read-only, says why, and "Load numbers again" brings the choice', async () => {
    const senders = heldSenders()
    mock.openWindow(FIXTURE_PHONES.open, { sender: '255700000002' })
    const onSent = vi.fn()
    open({ defaultSender: '255700000002', onSent })
    await senders.fail()
    await waitFor(() => expect(sendFromShown()).toHaveValue('255700000002'))
    expect(sendFromShown()).toHaveAccessibleDescription(
      'The numbers you send from could not be loaded: Briq had a problem on its side',
    )
    expect(send()).not.toHaveAttribute('aria-disabled')
    const user = userEvent.setup()
    const again = screen.getByRole('button', { name: 'Load numbers again' })
    await user.click(again)
    // Asked again: the failure stays in sight, the button waits, the sender still shows.
    expect(again).toHaveAttribute('aria-disabled', 'true')
    expect(sendFromShown()).toHaveValue('255700000002')
    await senders.answer()
    await waitFor(() => expect(sendFromSelect()).toHaveValue('255700000002'))
    await waitFor(() => expect(sendFromSelect()).toHaveFocus())
    expect(screen.queryByRole('button', { name: 'Load numbers again' })).toBeNull()
    await user.click(send())
    await screen.findByRole('region', { name: 'Message sent' })
    expect(onSent.mock.calls[0]?.[1]).toMatchObject({ sender: '255700000002' })
  })

  it('"Load numbers again" that fails again keeps the failure and the button where focus is', async () => {
    const senders = heldSenders()
    open({ defaultSender: '255700000002' })
    await senders.fail()
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: 'Load numbers again' }))
    await senders.fail()
    const again = screen.getByRole('button', { name: 'Load numbers again' })
    await waitFor(() => expect(again).not.toHaveAttribute('aria-disabled'))
    expect(again).toHaveFocus()
    expect(sendFromShown()).toHaveValue('255700000002')
  })
})

const DEFAULT_FAILED =
  'Briq sends from your default number. The numbers you send from could not be loaded: Briq had a problem on its side'

describe('SendDialog.Sender: no sender chosen and the senders cannot be read', () => {
  it('shows and says that Briq sends from your default number, and why; "Load numbers again" brings the choice', async () => {
    const senders = heldSenders()
    const onSent = vi.fn()
    open({ onSent })
    await senders.fail()
    await waitFor(() => expect(sendFromShown()).toHaveValue('Your default number'))
    expect(sendFromShown()).toHaveAttribute('readonly')
    expect(sendFromShown()).toHaveAccessibleDescription(DEFAULT_FAILED)
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(DEFAULT_FAILED))
    expect(send()).not.toHaveAttribute('aria-disabled')
    const user = userEvent.setup()
    const again = screen.getByRole('button', { name: 'Load numbers again' })
    await user.click(again)
    expect(again).toHaveAttribute('aria-disabled', 'true')
    expect(sendFromShown()).toHaveValue('Your default number')
    await senders.answer()
    // The default is chosen in the picker now: nothing changes in what is sent.
    await waitFor(() => expect(sendFromSelect()).toHaveValue('255700000001'))
    await waitFor(() => expect(sendFromSelect()).toHaveFocus())
    expect(screen.getByRole('status')).not.toHaveTextContent(DEFAULT_FAILED)
    await user.click(send())
    await screen.findByRole('region', { name: 'Message sent' })
    expect(onSent.mock.calls[0]?.[1]).not.toHaveProperty('sender')
  })

  it('a retry that fails again says it again (a new node in the live region), focus staying on the button', async () => {
    const senders = heldSenders()
    open()
    await senders.fail()
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(DEFAULT_FAILED))
    const firstWords = screen.getByRole('status').firstElementChild
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Load numbers again' }))
    await senders.fail()
    const again = screen.getByRole('button', { name: 'Load numbers again' })
    await waitFor(() => expect(again).not.toHaveAttribute('aria-disabled'))
    expect(again).toHaveFocus()
    expect(screen.getByRole('status')).toHaveTextContent(DEFAULT_FAILED)
    expect(screen.getByRole('status').firstElementChild).not.toBe(firstWords)
  })

  it('a retry that finds one sender shows it read-only, with focus', async () => {
    const senders = heldSenders()
    open()
    await senders.fail()
    oneSender()
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Load numbers again' }))
    await waitFor(() => expect(sendFromShown()).toHaveValue('Support line · +255700000001'))
    expect(sendFromShown()).toHaveFocus()
    expect(sendFromShown()).not.toHaveAccessibleDescription()
  })

  it('a retry that finds no active sender leaves no field: focus goes to Send', async () => {
    const senders = heldSenders()
    open()
    await senders.fail()
    server.use(http.get('*/v1/whatsapp/senders', () => HttpResponse.json([])))
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Load numbers again' }))
    await waitFor(() => expect(sendFromShown()).toBeNull())
    expect(send()).toHaveFocus()
  })

  it('in Swahili', async () => {
    const senders = heldSenders()
    open({}, { locale: 'sw' })
    await senders.fail()
    const field = await screen.findByRole('textbox', { name: 'Tuma kutoka' })
    expect(field).toHaveValue('Namba yako ya chaguo-msingi')
    expect(field.getAttribute('aria-describedby')).toBeTruthy()
    expect(document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(
      /^Briq itatuma kutoka namba yako ya chaguo-msingi\. Namba zako za kutuma hazikuweza kupakiwa: \S/,
    )
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(/^Briq itatuma kutoka namba yako ya chaguo-msingi\./),
    )
    expect(screen.getByRole('button', { name: 'Pakia namba tena' })).toBeInTheDocument()
  })

  it('a conversation chosen decides the sender: nothing shows, nothing is said', async () => {
    const senders = heldSenders()
    open({ defaultConversationId: FIXTURE_IDS.openConversation })
    await senders.fail()
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Load numbers again' })).toBeNull())
    expect(sendFromShown()).toBeNull()
    expect(screen.getByRole('status')).not.toHaveTextContent(DEFAULT_FAILED)
  })
})

describe('Send waits for the senders while a chosen sender is not shown yet', () => {
  it('says why above Send, as its description, and in the polite live region, while it lasts', async () => {
    const senders = heldSenders()
    open({ defaultSender: '255700000002' })
    await waitFor(() => expect(send()).toHaveAttribute('aria-disabled', 'true'))
    expect(screen.getByText(WAITS, { selector: 'p' })).toBeVisible()
    expect(send()).toHaveAccessibleDescription(expect.stringContaining(WAITS))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(WAITS))
    // A press says it was not sent, in the same region.
    await userEvent.setup().click(send())
    expect(screen.getByRole('status')).toHaveTextContent(
      'Not sent yet: the numbers you send from are still loading. Press Send again once they have.',
    )
    await senders.answer()
    await waitFor(() => expect(sendFromSelect()).toHaveValue('255700000002'))
    expect(screen.queryByText(WAITS, { selector: 'p' })).toBeNull()
    expect(send()).not.toHaveAttribute('aria-disabled')
    expect(send()).not.toHaveAccessibleDescription(expect.stringContaining(WAITS))
    expect(screen.getByRole('status')).not.toHaveTextContent(WAITS)
  })

  it('no sender chosen: Send never waits for the senders, and no note shows', async () => {
    const senders = heldSenders()
    open()
    expect(send()).not.toHaveAttribute('aria-disabled')
    expect(screen.queryByText(WAITS)).toBeNull()
    await senders.answer()
    await waitFor(() => expect(sendFromSelect()).not.toBeNull())
  })

  it('a look-up that hangs ends at the client’s timeout: the sender shows, Send sends it, nothing typed is lost', async () => {
    // Never answered: only the client's deadline ends it (its fetch gives up as its signal aborts).
    server.use(http.get('*/v1/whatsapp/senders', () => new Promise<never>(() => {})))
    mock.openWindow(FIXTURE_PHONES.open, { sender: '255700000002' })
    const onSent = vi.fn()
    open({ defaultSender: '255700000002', defaultTo: '', onSent }, { timeoutMs: 300, retry: false })
    expect(screen.getByText(WAITS, { selector: 'p' })).toBeVisible()
    const user = userEvent.setup()
    const number = screen.getByRole('textbox', { name: "Customer's WhatsApp number" })
    await user.type(number, FIXTURE_PHONES.open)
    await waitFor(() => expect(sendFromShown()).toHaveValue('255700000002'))
    expect(sendFromShown()).toHaveAccessibleDescription(/^The numbers you send from could not be loaded: /)
    expect(screen.getByRole('button', { name: 'Load numbers again' })).toBeInTheDocument()
    expect(screen.queryByText(WAITS, { selector: 'p' })).toBeNull()
    expect(number).toHaveValue(FIXTURE_PHONES.open)
    await user.click(send())
    await screen.findByRole('region', { name: 'Message sent' })
    expect(onSent.mock.calls[0]?.[1]).toEqual({
      to: FIXTURE_PHONES.open,
      sender: '255700000002',
      interactive: FEEDBACK_INTERACTIVE,
    })
  })
})
