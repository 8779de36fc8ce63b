import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { DEFAULT_API_KEY, FIXTURE_IDS, FIXTURE_PHONES } from '@briq-interactive/mock'
import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { StrictMode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { SendInteractiveDialog, type SendInteractiveDialogProps } from './send-interactive-dialog.tsx'
import { startMockServer } from './testing/mock-server.ts'

const { mock, server } = startMockServer('react-send-dialog-pickers')

function open(props: Partial<SendInteractiveDialogProps> = {}, apiKey: string = DEFAULT_API_KEY) {
  return render(
    <StrictMode>
      <BriqProvider endpoint="http://localhost/api/briq" headers={{ 'X-API-Key': apiKey }}>
        <SendInteractiveDialog interactive={FEEDBACK_INTERACTIVE} defaultOpen pollIntervalMs={20} {...props} />
      </BriqProvider>
    </StrictMode>,
  )
}
const sendTo = () => screen.getByRole('combobox', { name: 'Send to' })
const sendFrom = () => screen.queryByRole('combobox', { name: 'Send from' })
const recipient = () => screen.queryByRole('textbox', { name: "Customer's WhatsApp number" })
const optionTexts = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent)
const windowNote = () => document.querySelector<HTMLElement>('.bi-send-dialog-window')
/** Waits until the recent conversations are in the picker. */
const conversationsLoaded = () => waitFor(() => expect(optionTexts(sendTo()).length).toBeGreaterThan(1))

describe('SendInteractiveDialog: who sends, and to whom', () => {
  it('lists recent conversations with each window’s state, after "A new number"', async () => {
    open()
    await conversationsLoaded()
    const options = optionTexts(sendTo())
    expect(options[0]).toBe('A new number')
    expect(options).toContain('Baraka Mushi · +255713000001: window closed')
    expect(options).toContain('Neema Kimaro · +255713000002: window closed')
    expect(options.find((o) => o?.startsWith('Amina Juma'))).toMatch(
      /^Amina Juma · \+255712345678: open until .*\d\d:\d\d/,
    )
    expect(sendTo()).toHaveValue('')
    expect(recipient()).toBeInTheDocument()
  })

  it('looks the conversations up again after a send, so an option agrees with the window note', async () => {
    open()
    await conversationsLoaded()
    const user = userEvent.setup()
    await user.type(recipient() as HTMLElement, FIXTURE_PHONES.closed)
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(await screen.findByRole('region', { name: 'Not sent' })).toHaveAttribute('data-code', 'WINDOW_CLOSED')
    // The customer writes meanwhile: the next send goes, and both say the window is open.
    mock.openWindow(FIXTURE_PHONES.closed)
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Message sent' })
    await waitFor(() => expect(windowNote()).toHaveAttribute('data-window', 'open'))
    await waitFor(() =>
      expect(optionTexts(sendTo()).find((o) => o?.startsWith('Baraka Mushi'))).toMatch(/: open until /),
    )
  })

  it('names the sending line when one customer has threads with two of your numbers', async () => {
    // Amina writes to the sales line too: two threads with one number, and "Send from" hides once
    // a conversation is chosen, so the option itself must say which line sends.
    mock.openWindow(FIXTURE_PHONES.open, { sender: '255700000002' })
    open()
    await waitFor(() => expect(optionTexts(sendTo()).filter((o) => o?.includes('+255712345678'))).toHaveLength(2))
    const amina = optionTexts(sendTo()).filter((o) => o?.includes('+255712345678'))
    expect(amina).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Amina Juma · \+255712345678, from Support line: open until /),
        expect.stringMatching(/^\+255712345678, from Sales line: open until /),
      ]),
    )
    // A customer with one thread reads as before.
    expect(optionTexts(sendTo())).toContain('Baraka Mushi · +255713000001: window closed')
  })

  it('a closed conversation explains in one paragraph what WhatsApp needs; sending is left to Briq', async () => {
    const onConversationIdChange = vi.fn()
    open({ onConversationIdChange })
    await conversationsLoaded()
    const user = userEvent.setup()
    await user.selectOptions(sendTo(), FIXTURE_IDS.closedConversation)
    expect(onConversationIdChange).toHaveBeenCalledWith(FIXTURE_IDS.closedConversation)
    expect(recipient()).toBeNull()
    // The picker names the conversation; no second note with its id.
    expect(screen.queryByText(/^Sent in conversation/)).toBeNull()
    await waitFor(() => expect(windowNote()).toHaveAttribute('data-window', 'closed'))
    expect(windowNote()).toHaveTextContent(
      'This customer has not written to you in the last 24 hours. WhatsApp delivers interactive messages only inside the 24-hour customer-service window, which opens each time the customer writes: ask the customer to write first, or send an approved template message instead.',
    )
    // The conversation decides the sender: no sender picker while one is chosen.
    expect(sendFrom()).toBeNull()
  })

  it('sends into the chosen open conversation without a sender (Briq takes it from the conversation)', async () => {
    const onSent = vi.fn()
    open({ onSent })
    await conversationsLoaded()
    const user = userEvent.setup()
    await waitFor(() => expect(sendFrom()).not.toBeNull())
    await user.selectOptions(sendFrom() as HTMLElement, '255700000002')
    await user.selectOptions(sendTo(), FIXTURE_IDS.openConversation)
    await waitFor(() => expect(windowNote()).toHaveAttribute('data-window', 'open'))
    expect(windowNote()?.textContent).toMatch(
      /^The customer wrote in the last 24 hours: interactive messages can be sent until .*\d\d:\d\d.*\.$/,
    )
    expect(screen.queryByRole('region', { name: /warnings?: you can still send$/ })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Message sent' })
    expect(onSent.mock.calls[0]?.[1]).toEqual({
      conversation_id: FIXTURE_IDS.openConversation,
      interactive: FEEDBACK_INTERACTIVE,
    })
  })

  it('"Send from" lists the active senders, the default marked; another one goes into the request', async () => {
    const onSent = vi.fn()
    const onSenderChange = vi.fn()
    // The customer has written to the sales line too, so that line may send to them.
    mock.openWindow(FIXTURE_PHONES.open, { sender: '255700000002' })
    open({ onSent, onSenderChange, defaultTo: FIXTURE_PHONES.open })
    await waitFor(() => expect(sendFrom()).not.toBeNull())
    const select = sendFrom() as HTMLElement
    expect(optionTexts(select)).toEqual(['Support line · +255700000001 (default)', 'Sales line · +255700000002'])
    const user = userEvent.setup()
    await user.selectOptions(select, '255700000002')
    expect(onSenderChange).toHaveBeenLastCalledWith('255700000002')
    await user.selectOptions(select, '255700000001')
    // Choosing the default sender again leaves the choice to Briq.
    expect(onSenderChange).toHaveBeenLastCalledWith(null)
    await user.selectOptions(select, '255700000002')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Message sent' })
    expect(onSent.mock.calls[0]?.[1]).toEqual({
      to: FIXTURE_PHONES.open,
      sender: '255700000002',
      interactive: FEEDBACK_INTERACTIVE,
    })
  })

  it('hides "Send from" with one active sender', async () => {
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
    open({ defaultTo: FIXTURE_PHONES.open })
    // The window note reads the same senders the picker does: once it shows, the picker has decided.
    await waitFor(() => expect(windowNote()).toHaveAttribute('data-window', 'open'))
    expect(sendFrom()).toBeNull()
  })

  it('explains the window of a typed number: open, closed, or never written', async () => {
    open()
    const user = userEvent.setup()
    const field = recipient() as HTMLElement
    await user.type(field, FIXTURE_PHONES.closed)
    await waitFor(() => expect(windowNote()).toHaveAttribute('data-window', 'closed'))
    await user.clear(field)
    await user.type(field, '255799000111')
    await waitFor(() => expect(windowNote()).toHaveAttribute('data-window', 'none'))
    expect(windowNote()).toHaveTextContent('This number has not written to you yet.')
    await user.clear(field)
    await user.type(field, FIXTURE_PHONES.open)
    await waitFor(() => expect(windowNote()).toHaveAttribute('data-window', 'open'))
    await user.clear(field)
    expect(windowNote()).toBeNull()
  })

  // Said once, where the message is sent: described on the number, the picker and Send too, a
  // swipe met it four times (and the picker's options say each conversation's window already).
  it('describes Send with the window, so a screen reader hears it there, and only there', async () => {
    open()
    const user = userEvent.setup()
    const field = recipient() as HTMLElement
    const send = screen.getByRole('button', { name: 'Send' })
    await user.type(field, FIXTURE_PHONES.closed)
    await waitFor(() => expect(windowNote()).toHaveAttribute('data-window', 'closed'))
    const closed = expect.stringContaining('This customer has not written to you in the last 24 hours.')
    expect(send).toHaveAccessibleDescription(closed)
    expect(windowNote()).toHaveAttribute('aria-hidden', 'true')
    expect(field).toHaveAccessibleDescription(expect.stringMatching(/^Will be sent to \+255713000001\.?$/))
    expect(sendTo()).not.toHaveAttribute('aria-describedby')
    await user.clear(field)
    expect(windowNote()).toBeNull()
    expect(send).not.toHaveAttribute('aria-describedby')
    await conversationsLoaded()
    await user.selectOptions(sendTo(), FIXTURE_IDS.openConversation)
    await waitFor(() => expect(windowNote()).toHaveAttribute('data-window', 'open'))
    expect(send).toHaveAccessibleDescription(expect.stringMatching(/^The customer wrote in the last 24 hours/))
    expect(sendTo()).not.toHaveAttribute('aria-describedby')
  })

  it('a number whose customer wrote only to the other sender has no window with the chosen one', async () => {
    open({ defaultTo: FIXTURE_PHONES.open })
    await waitFor(() => expect(windowNote()).toHaveAttribute('data-window', 'open'))
    await waitFor(() => expect(sendFrom()).not.toBeNull())
    await userEvent.setup().selectOptions(sendFrom() as HTMLElement, '255700000002')
    await waitFor(() => expect(windowNote()).toHaveAttribute('data-window', 'closed'))
  })

  it('says why the conversations could not be loaded, tied to the picker, and still offers a new number', async () => {
    open({}, 'wrong-key')
    await waitFor(() => expect(sendTo()).toHaveAccessibleDescription(/^Recent conversations could not be loaded: /))
    expect(optionTexts(sendTo())).toEqual(['A new number'])
    expect(sendFrom()).toBeNull()
  })

  it('a 404 on the conversations list says nothing answers there, not that Briq does not know a message', async () => {
    server.use(
      http.get('http://localhost/api/briq/v1/whatsapp/conversations', () =>
        HttpResponse.json({ success: false, message: 'Not found' }, { status: 404 }),
      ),
    )
    open({ locale: 'sw' })
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Tuma kwa' })).toHaveAccessibleDescription(
        'Mazungumzo ya karibuni hayakuweza kupakiwa: hakuna kinachojibu kwenye anwani hii (HTTP 404)',
      ),
    )
  })

  it('a conversation fixed by the host shows no picker; a controlled one follows the host', async () => {
    const { unmount } = open({ conversationId: FIXTURE_IDS.openConversation })
    expect(screen.queryByRole('combobox', { name: 'Send to' })).toBeNull()
    unmount()
    const onConversationIdChange = vi.fn()
    open({ conversationId: null, onConversationIdChange })
    await conversationsLoaded()
    await userEvent.setup().selectOptions(sendTo(), FIXTURE_IDS.staleConversation)
    expect(onConversationIdChange).toHaveBeenCalledWith(FIXTURE_IDS.staleConversation)
    expect(sendTo()).toHaveValue('')
  })

  it('speaks Swahili', async () => {
    open({ locale: 'sw' })
    const select = screen.getByRole('combobox', { name: 'Tuma kwa' })
    await waitFor(() => expect(optionTexts(select)).toContain('Baraka Mushi · +255713000001: muda wa saa 24 umeisha'))
    expect(optionTexts(select)[0]).toBe('Namba mpya')
    expect(await screen.findByRole('combobox', { name: 'Tuma kutoka' })).toBeInTheDocument()
  })

  it('reads conversations in Briq’s older shape (no sender_id, unread_count or window) by is_active', async () => {
    // docs.briq.tz guides/whatsapp-conversations: bare, `whatsapp_sender_number_id` instead of `sender_id`.
    const older = (id: string, phone: string, active: boolean) => ({
      id,
      whatsapp_account_id: 'acc-1',
      whatsapp_sender_number_id: 'num-1',
      recipient_phone: `+${phone}`,
      is_active: active,
      created_at: '2026-11-20T10:00:00Z',
      updated_at: '2026-11-25T10:00:00Z',
      last_message_at: '2026-11-25T10:00:00Z',
    })
    server.use(
      http.get('*/v1/whatsapp/conversations', ({ request }) => {
        const all = [older('g1-open', FIXTURE_PHONES.open, true), older('g1-closed', FIXTURE_PHONES.closed, false)]
        const recipient = new URL(request.url).searchParams.get('recipient')
        const items = all.filter((item) => recipient === null || item.recipient_phone === `+${recipient}`)
        return HttpResponse.json({ items, total: items.length, limit: 50, offset: 0 })
      }),
    )
    open()
    await conversationsLoaded()
    expect(optionTexts(sendTo())).toEqual([
      'A new number',
      `+${FIXTURE_PHONES.open}: window open`,
      `+${FIXTURE_PHONES.closed}: window closed`,
    ])
    const user = userEvent.setup()
    const field = recipient() as HTMLElement
    await user.type(field, FIXTURE_PHONES.closed)
    await waitFor(() => expect(windowNote()).toHaveAttribute('data-window', 'closed'))
    await user.clear(field)
    // The thread does not say which of your numbers it is on, so it may be the default sender's.
    await user.type(field, FIXTURE_PHONES.open)
    await waitFor(() => expect(windowNote()).toHaveAttribute('data-window', 'open'))
    expect(windowNote()).toHaveTextContent('The customer wrote in the last 24 hours: interactive messages can be sent.')
  })
})
