import { createBriqClient, createDraft } from '@briq-interactive/core'
import { DEFAULT_API_KEY, FIXTURE_IDS, FIXTURE_PHONES } from '@briq-interactive/mock'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { type UserEvent, userEvent } from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { startMockServer } from '../send-dialog/testing/mock-server.ts'
import type { InteractiveComposerProps } from './interactive-composer.tsx'
import { renderComposerOverMock } from './testing/render-composer-over-mock.tsx'

const { mock, server } = startMockServer('react-composer-send-state')

const renderComposer = (props: Partial<InteractiveComposerProps> = {}) =>
  renderComposerOverMock({ defaultValue: createDraft('button'), ...props })
const sendTo = () => screen.queryByRole('combobox', { name: 'Send to' })
const sendFrom = () => screen.queryByRole('combobox', { name: 'Send from' })

/** A send request from `sender` to the customer whose window is open, holding a list draft. */
const sendRequest = (sender: string) => ({ to: FIXTURE_PHONES.open, sender, interactive: createDraft('list') })

/** Opens `sendRequest(sender)` as the file `name` from the JSON tab. */
async function openRequest(user: UserEvent, container: HTMLElement, sender: string, name = 'order.json') {
  await user.click(screen.getByRole('tab', { name: 'JSON' }))
  const input = container.querySelector('input[type="file"]') as HTMLInputElement
  await user.upload(input, new File([JSON.stringify(sendRequest(sender))], name, { type: 'application/json' }))
}

// The send step's own state, the conversation, the sender and the dialog, is the host's to set
// or follow as the send dialog's is: a help desk answers the ticket's conversation.
describe("InteractiveComposer: the send step's conversation, sender and dialog, controlled or not", () => {
  it('a conversationId without onConversationIdChange fixes it: no "Send to", and the send goes there', async () => {
    const onSent = vi.fn()
    renderComposer({ sendMode: 'inline', conversationId: FIXTURE_IDS.openConversation, onSent })
    const form = screen.getByRole('form', { name: 'Send message' })
    expect(sendTo()).toBeNull()
    await userEvent.setup().click(within(form).getByRole('button', { name: 'Send' }))
    await within(form).findByRole('region', { name: 'Message sent' })
    expect(onSent.mock.calls[0]?.[1]).toMatchObject({ conversation_id: FIXTURE_IDS.openConversation })
  })

  it('defaultConversationId starts there; a pick is reported and taken', async () => {
    const onConversationIdChange = vi.fn()
    renderComposer({
      sendMode: 'inline',
      defaultConversationId: FIXTURE_IDS.openConversation,
      onConversationIdChange,
    })
    await waitFor(() => expect(within(sendTo() as HTMLElement).getAllByRole('option').length).toBeGreaterThan(1))
    expect(sendTo()).toHaveValue(FIXTURE_IDS.openConversation)
    await userEvent.setup().selectOptions(sendTo() as HTMLElement, '')
    expect(onConversationIdChange).toHaveBeenLastCalledWith(null)
    expect(sendTo()).toHaveValue('')
  })

  it('sender and onSenderChange: the host’s sender is sent, and a pick reported', async () => {
    const onSent = vi.fn()
    const onSenderChange = vi.fn()
    mock.openWindow(FIXTURE_PHONES.open, { sender: '255700000002' })
    renderComposer({
      sendMode: 'inline',
      defaultTo: FIXTURE_PHONES.open,
      sender: '255700000002',
      onSenderChange,
      onSent,
    })
    await waitFor(() => expect(sendFrom()).not.toBeNull())
    expect(sendFrom()).toHaveValue('255700000002')
    const user = userEvent.setup()
    await user.selectOptions(sendFrom() as HTMLElement, '255700000001')
    expect(onSenderChange).toHaveBeenLastCalledWith(null)
    // Controlled: the host did not take the change, so the sender stays its own.
    expect(sendFrom()).toHaveValue('255700000002')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Message sent' })
    expect(onSent.mock.calls[0]?.[1]).toMatchObject({ sender: '255700000002' })
  })

  it('a send request opened from a file puts its sender in "Send from"; one the user picked is kept', async () => {
    const onSenderChange = vi.fn()
    const { container } = renderComposer({ sendMode: 'inline', onSenderChange })
    await waitFor(() => expect(sendFrom()).not.toBeNull())
    const user = userEvent.setup()
    // A sender the user picked is theirs: a file's other sender is named as left out instead.
    await user.selectOptions(sendFrom() as HTMLElement, '255700000002')
    await openRequest(user, container, '255700000003', 'other.json')
    expect(
      await screen.findByText(
        'Opened other.json. Left out, as the draft keeps only the interactive object: "sender".',
        {
          selector: 'p',
        },
      ),
    ).toBeInTheDocument()
    expect(sendFrom()).toHaveValue('255700000002')
    // With the default sender, the file's sender is taken: nothing is named as left out.
    await user.selectOptions(sendFrom() as HTMLElement, '255700000001')
    await openRequest(user, container, '255700000002')
    expect(await screen.findByText('Opened order.json', { selector: 'p' })).toBeInTheDocument()
    expect(sendFrom()).toHaveValue('255700000002')
    expect(onSenderChange).toHaveBeenLastCalledWith('255700000002')
  })

  it('a send request typed in the JSON tab gives its sender to "Send from" when its fix-it unwraps it', async () => {
    renderComposer({ sendMode: 'inline' })
    await waitFor(() => expect(sendFrom()).not.toBeNull())
    const user = userEvent.setup()
    await user.click(screen.getByRole('tab', { name: 'JSON' }))
    fireEvent.change(screen.getByRole('textbox', { name: 'Interactive object (JSON)' }), {
      target: { value: JSON.stringify(sendRequest('255700000002')) },
    })
    expect(sendFrom()).toHaveValue('255700000001')
    await user.click(await screen.findByRole('button', { name: /Keep only the "interactive" object inside it/ }))
    expect(sendFrom()).toHaveValue('255700000002')
  })

  it('a send request opened with one active sender names its sender as left out: no "Send from" shows it', async () => {
    server.use(
      http.get('*/v1/whatsapp/senders', () =>
        HttpResponse.json([
          { id: FIXTURE_IDS.supportSender, display_number: '255700000001', is_default: true, is_active: true },
        ]),
      ),
    )
    const { container } = renderComposer({ sendMode: 'inline', defaultTo: FIXTURE_PHONES.open })
    // The window note reads the same senders the picker does: once it shows, the senders are known.
    await waitFor(() => expect(container.querySelector('[data-window]')).toHaveAttribute('data-window', 'open'))
    const user = userEvent.setup()
    await openRequest(user, container, '255700000009')
    expect(
      await screen.findByText(
        'Opened order.json. Left out, as the draft keeps only the interactive object: "sender".',
        {
          selector: 'p',
        },
      ),
    ).toBeInTheDocument()
    expect(sendFrom()).toBeNull()
  })

  // Before the dialog first opens, the senders are not known: a file's sender is taken, and dropped
  // once they are if no "Send from" would show it (one active sender, or none readable as it opens).
  const leftOutSender =
    'Left out, as there is no "Send from" to choose it in: the sender 255700000009 given with the message.'
  const live = (container: HTMLElement) => container.querySelector('.bi-builder-live')
  /** Sends from the dialog and returns the request sent. */
  async function sendFromDialog(user: UserEvent, onSent: ReturnType<typeof vi.fn>) {
    await user.click(screen.getByRole('button', { name: 'Send' }))
    const dialog = await screen.findByRole('dialog', { name: 'Send message' })
    return { dialog, sent: () => onSent.mock.calls[0]?.[1] }
  }

  it('dialog mode, one active sender: a sender opened before the dialog opens does not go unseen into the send; the note names it', async () => {
    server.use(
      http.get('*/v1/whatsapp/senders', () =>
        HttpResponse.json([
          { id: FIXTURE_IDS.supportSender, display_number: '255700000001', is_default: true, is_active: true },
        ]),
      ),
    )
    const onSent = vi.fn()
    const { container } = renderComposer({ onSent })
    const user = userEvent.setup()
    await openRequest(user, container, '255700000009')
    await waitFor(() => expect(live(container)).toHaveTextContent(leftOutSender))
    // What the tab shows of the file says so too, not only the words said once.
    expect(screen.getByText(`Opened order.json. ${leftOutSender}`, { selector: 'p' })).toBeInTheDocument()
    const { dialog, sent } = await sendFromDialog(user, onSent)
    expect(sendFrom()).toBeNull()
    await user.click(within(dialog).getByRole('button', { name: 'Send' }))
    await within(dialog).findByRole('region', { name: 'Message sent' })
    expect(sent()).toEqual({ to: FIXTURE_PHONES.open, interactive: createDraft('list') })
  })

  it('dialog mode, senders that failed for a moment: a sender opened before the dialog opens waits, and is there in "Send from"', async () => {
    // Down until the look-up made as the file opened has failed; then the mock's senders answer.
    let down = true
    server.use(
      http.get('*/v1/whatsapp/senders', () =>
        down ? HttpResponse.json({ message: 'down' }, { status: 500 }) : undefined,
      ),
    )
    const client = createBriqClient({
      endpoint: 'http://localhost/api/briq',
      headers: { 'X-API-Key': DEFAULT_API_KEY },
    })
    const lookUps: Promise<unknown>[] = []
    const { container } = renderComposer({
      client: {
        ...client,
        listSenders: (...args) => {
          const lookUp = client.listSenders(...args)
          lookUps.push(lookUp)
          return lookUp
        },
      },
    })
    const user = userEvent.setup()
    await openRequest(user, container, '255700000002')
    await waitFor(() => expect(lookUps).toHaveLength(1))
    await expect(lookUps[0]).rejects.toMatchObject({ status: 500 })
    down = false
    // The composer has taken the failed look-up in.
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
    expect(screen.getByText('Opened order.json', { selector: 'p' })).toBeInTheDocument()
    expect(live(container)).not.toHaveTextContent('Left out')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await waitFor(() => expect(sendFrom()).toHaveValue('255700000002'))
    expect(live(container)).not.toHaveTextContent('Left out')
  })

  it('dialog mode: Send pressed before the senders answer as the dialog opens waits, says why, then sends once', async () => {
    // The look-up made as the file opens answers; the one made as the dialog opens waits for `answer`.
    let answer = () => {}
    const answered = new Promise<void>((resolve) => {
      answer = resolve
    })
    let lookUps = 0
    let posts = 0
    server.use(
      http.get('*/v1/whatsapp/senders', async () => {
        lookUps += 1
        if (lookUps > 1) await answered
        return undefined
      }),
      http.post('*/v1/*', () => {
        posts += 1
        return undefined
      }),
    )
    mock.openWindow(FIXTURE_PHONES.open, { sender: '255700000002' })
    const onSent = vi.fn()
    const { container } = renderComposer({ onSent })
    const user = userEvent.setup()
    await openRequest(user, container, '255700000002')
    expect(await screen.findByText('Opened order.json', { selector: 'p' })).toBeInTheDocument()
    await waitFor(() => expect(lookUps).toBe(1))
    const { dialog } = await sendFromDialog(user, onSent)
    await waitFor(() => expect(lookUps).toBe(2))
    const send = within(dialog).getByRole('button', { name: 'Send' })
    expect(sendFrom()).toBeNull()
    expect(send).toHaveAttribute('aria-disabled', 'true')
    await user.click(send)
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Not sent yet: the numbers you send from are still loading. Press Send again once they have.',
    )
    expect(posts).toBe(0)
    act(() => answer())
    await waitFor(() => expect(sendFrom()).toHaveValue('255700000002'))
    expect(send).not.toHaveAttribute('aria-disabled')
    await user.click(send)
    await within(dialog).findByRole('region', { name: 'Message sent' })
    expect(posts).toBe(1)
    expect(onSent).toHaveBeenCalledOnce()
    expect(onSent.mock.calls[0]?.[1]).toEqual({
      to: FIXTURE_PHONES.open,
      sender: '255700000002',
      interactive: createDraft('list'),
    })
  })

  it('dialog mode, your sender and a look-up that hangs: Send says why it waits; Cancel keeps the draft, opening again asks again', async () => {
    // The first look-up never answers; the next, made as the dialog opens again, does.
    let lookUps = 0
    server.use(
      http.get('*/v1/whatsapp/senders', () => {
        lookUps += 1
        return lookUps === 1 ? new Promise<never>(() => {}) : undefined
      }),
    )
    mock.openWindow(FIXTURE_PHONES.open, { sender: '255700000002' })
    const onSent = vi.fn()
    renderComposer({ sender: '255700000002', defaultTo: FIXTURE_PHONES.open, onSent })
    const user = userEvent.setup()
    const body = screen.getByRole('textbox', { name: 'Body text' })
    await user.clear(body)
    await user.type(body, 'Your order is ready')
    const { dialog } = await sendFromDialog(user, onSent)
    const send = within(dialog).getByRole('button', { name: 'Send' })
    expect(send).toHaveAttribute('aria-disabled', 'true')
    expect(send).toHaveAccessibleDescription(
      expect.stringContaining(
        'Send waits while the numbers you send from load, so you see which one this message goes from.',
      ),
    )
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.getByRole('textbox', { name: 'Body text' })).toHaveValue('Your order is ready')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await waitFor(() => expect(sendFrom()).toHaveValue('255700000002'))
    const again = within(screen.getByRole('dialog', { name: 'Send message' })).getByRole('button', { name: 'Send' })
    expect(again).not.toHaveAttribute('aria-disabled')
    await user.click(again)
    await screen.findByRole('region', { name: 'Message sent' })
    expect(onSent.mock.calls[0]?.[1]).toMatchObject({
      sender: '255700000002',
      interactive: { body: { text: 'Your order is ready' } },
    })
  })

  it('dialog mode, senders that cannot be read as the dialog opens either: the sender is left out, said, and not sent', async () => {
    server.use(http.get('*/v1/whatsapp/senders', () => HttpResponse.json({ message: 'down' }, { status: 500 })))
    const onSent = vi.fn()
    const { container } = renderComposer({ onSent })
    const user = userEvent.setup()
    await openRequest(user, container, '255700000009')
    const { dialog, sent } = await sendFromDialog(user, onSent)
    await waitFor(() => expect(live(container)).toHaveTextContent(leftOutSender))
    expect(sendFrom()).toBeNull()
    await user.click(within(dialog).getByRole('button', { name: 'Send' }))
    await within(dialog).findByRole('region', { name: 'Message sent' })
    expect(sent()).toEqual({ to: FIXTURE_PHONES.open, interactive: createDraft('list') })
  })

  it('dialog mode, one active sender: a sender pasted before the dialog opens is left out, not said to be opened', async () => {
    server.use(
      http.get('*/v1/whatsapp/senders', () =>
        HttpResponse.json([
          { id: FIXTURE_IDS.supportSender, display_number: '255700000001', is_default: true, is_active: true },
        ]),
      ),
    )
    const { container } = renderComposer()
    const user = userEvent.setup()
    await user.click(screen.getByRole('tab', { name: 'JSON' }))
    const json = screen.getByRole('textbox', { name: 'Interactive object (JSON)' })
    await user.clear(json)
    await user.paste(JSON.stringify(sendRequest('255700000009')))
    await waitFor(() =>
      expect(container.querySelector('.bi-builder-live')).toHaveTextContent(
        'Left out, as there is no "Send from" to choose it in: the sender 255700000009 given with the message.',
      ),
    )
  })

  it('dialog mode, several senders: a sender opened before the dialog opens is there in "Send from"', async () => {
    const { container } = renderComposer()
    const user = userEvent.setup()
    await openRequest(user, container, '255700000002')
    expect(await screen.findByText('Opened order.json', { selector: 'p' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await waitFor(() => expect(sendFrom()).toHaveValue('255700000002'))
    expect(container.querySelector('.bi-builder-live')).not.toHaveTextContent('Left out')
  })

  it('a send request opened while a conversation is chosen names its recipient and sender as left out', async () => {
    const onSent = vi.fn()
    const { container } = renderComposer({ sendMode: 'inline', conversationId: FIXTURE_IDS.openConversation, onSent })
    const user = userEvent.setup()
    await openRequest(user, container, '255700000002')
    // The conversation decides both: neither goes unseen into the send (nor warns that Briq ignores it).
    expect(
      await screen.findByText(
        'Opened order.json. Left out, as the draft keeps only the interactive object: "to" and "sender".',
        { selector: 'p' },
      ),
    ).toBeInTheDocument()
    const form = screen.getByRole('form', { name: 'Send message' })
    expect(within(form).queryByRole('region', { name: /warnings?: you can still send$/ })).toBeNull()
    await user.click(within(form).getByRole('button', { name: 'Send' }))
    await within(form).findByRole('region', { name: 'Message sent' })
    expect(onSent.mock.calls[0]?.[1]).toEqual({
      conversation_id: FIXTURE_IDS.openConversation,
      interactive: createDraft('list'),
    })
  })

  it('open and onOpenChange control the send dialog; defaultOpen starts it open', async () => {
    const onOpenChange = vi.fn()
    const { unmount } = renderComposer({ open: true, onOpenChange })
    const dialog = screen.getByRole('dialog', { name: 'Send message' })
    await userEvent.setup().click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(onOpenChange).toHaveBeenLastCalledWith(false)
    expect(screen.getByRole('dialog', { name: 'Send message' })).toBeInTheDocument()
    unmount()
    renderComposer({ defaultOpen: true })
    expect(screen.getByRole('dialog', { name: 'Send message' })).toBeInTheDocument()
  })

  it('none of them reaches the composer’s element as an attribute', () => {
    const { container } = renderComposer({ defaultConversationId: null, defaultSender: null, defaultOpen: false })
    const root = container.querySelector('.bi-composer') as HTMLElement
    for (const name of ['conversationid', 'defaultconversationid', 'sender', 'defaultsender', 'open', 'defaultopen']) {
      expect(root.hasAttribute(name), name).toBe(false)
    }
  })
})
