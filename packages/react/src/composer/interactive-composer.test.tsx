import { applyDraftOperation, createDraft } from '@briq-interactive/core'
import { FIXTURE_CATALOGUE, FIXTURE_PHONES } from '@briq-interactive/mock'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { startMockServer } from '../send-dialog/testing/mock-server.ts'
import { InteractiveComposer } from './interactive-composer.tsx'
import { renderComposerOverMock as renderComposer } from './testing/render-composer-over-mock.tsx'

const { mock } = startMockServer('react-composer')

const preview = () => screen.getByRole('region', { name: 'WhatsApp message preview' })
const recipient = () => screen.getByRole('textbox', { name: "Customer's WhatsApp number" })

describe('InteractiveComposer (jsdom, over the mock)', () => {
  it('shows the builder and a live preview of what is typed', async () => {
    renderComposer()
    expect(screen.getByRole('region', { name: 'Message builder' })).toBeInTheDocument()
    expect(screen.getByRole('tab', { name: 'Form' })).toHaveAttribute('aria-selected', 'true')
    const body = screen.getByRole('textbox', { name: 'Body text' })
    const user = userEvent.setup()
    await user.clear(body)
    await user.type(body, 'Karibu dukani!')
    expect(preview()).toHaveTextContent('Karibu dukani!')
  })

  it('dialog mode: a button named exactly "Send" opens the send dialog on the recipient', async () => {
    const onSent = vi.fn()
    renderComposer({ onSent, defaultValue: createDraft('button') })
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    const dialog = screen.getByRole('dialog', { name: 'Send message' })
    expect(recipient()).toHaveFocus()
    await user.type(recipient(), FIXTURE_PHONES.open)
    await user.click(within(dialog).getByRole('button', { name: 'Send' }))
    await within(dialog).findByRole('region', { name: 'Message sent' })
    expect(onSent.mock.calls[0]?.[1]).toMatchObject({ to: FIXTURE_PHONES.open, interactive: { type: 'button' } })
  })

  it('dialog mode: the open dialog hides the composer behind it, preview included, from assistive technology', async () => {
    renderComposer({ defaultValue: createDraft('button') })
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send' }))
    const dialog = screen.getByRole('dialog', { name: 'Send message' })
    // The preview's polite live region stays heard (Radix keeps live regions), but the preview's
    // landmark is hidden: only the dialog's own preview is left, no second region of that name.
    expect(screen.getAllByRole('region', { name: 'WhatsApp message preview' })).toEqual([
      within(dialog).getByRole('region', { name: 'WhatsApp message preview' }),
    ])
    expect(screen.queryByRole('region', { name: 'Message builder' })).toBeNull()
  })

  it("dialog mode: lists the message's issues in the order of the builder's Problems list", async () => {
    // Core checks a product card's product ID before its catalog ID; the form shows the catalog first.
    const cards = applyDraftOperation(createDraft('carousel'), {
      op: 'choose',
      path: ['action', 'cards'],
      value: 'product',
    })
    renderComposer({ defaultValue: cards })
    const problems = within(screen.getByRole('region', { name: /^Problems/ }))
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send' }))
    const dialog = screen.getByRole('dialog', { name: 'Send message' })
    // Each sentence, without the "Go to …" button after it.
    const listed = within(within(dialog).getByRole('region', { name: /to fix before sending$/ }))
      .getAllByRole('listitem')
      .map((item) => item.firstChild?.textContent)
    // The Problems list words each one "Error: …"; the dialog's heading says they are errors.
    expect(problems).toEqual(listed.map((text) => `Error: ${text}`))
    expect(listed.map((text) => /catalog ID|product ID/.exec(text ?? '')?.[0])).toEqual([
      'catalog ID',
      'product ID',
      'catalog ID',
      'product ID',
    ])
  })

  // A send request saved as a file ({ to, interactive }, as the playground exports it) opens whole:
  // its recipient goes to the send step's field, not lost with the rest of the request.
  it('a send request opened from a file puts its recipient in the send step', async () => {
    const onToChange = vi.fn()
    const onRecipientOpen = vi.fn()
    const { container } = renderComposer({
      sendMode: 'inline',
      defaultValue: createDraft('button'),
      onToChange,
      onRecipientOpen,
    })
    const user = userEvent.setup()
    await user.click(screen.getByRole('tab', { name: 'JSON' }))
    const input = container.querySelector('input[type="file"]') as HTMLInputElement
    const request = { to: FIXTURE_PHONES.open, interactive: createDraft('list') }
    await user.upload(input, new File([JSON.stringify(request)], 'order.json', { type: 'application/json' }))
    await waitFor(() => expect(recipient()).toHaveValue(FIXTURE_PHONES.open))
    expect(onToChange).toHaveBeenLastCalledWith(FIXTURE_PHONES.open)
    // A host listening too is told, as with InteractiveBuilder.
    expect(onRecipientOpen.mock.calls).toEqual([[FIXTURE_PHONES.open]])
    // A bare interactive object carries no recipient: the field keeps what it has.
    const bare = new File([JSON.stringify(createDraft('button'))], 'bare.json', { type: 'application/json' })
    await user.upload(input, bare)
    expect(await screen.findByText('Opened bare.json', { selector: 'p' })).toBeInTheDocument()
    expect(recipient()).toHaveValue(FIXTURE_PHONES.open)
  })

  // Opening a file is undone in the builder; a number typed in the send step would be lost for good.
  it('a send request opened from a file never replaces a number typed in the send step', async () => {
    const { container } = renderComposer({ sendMode: 'inline', defaultValue: createDraft('button') })
    const user = userEvent.setup()
    const input = () => container.querySelector('input[type="file"]') as HTMLInputElement
    const request = (to: string, name: string) =>
      new File([JSON.stringify({ to, interactive: createDraft('list') })], name, { type: 'application/json' })
    await user.click(screen.getByRole('tab', { name: 'JSON' }))
    // A number put in by a file is the file's: the next file's takes its place.
    await user.upload(input(), request(FIXTURE_PHONES.closed, 'first.json'))
    await waitFor(() => expect(recipient()).toHaveValue(FIXTURE_PHONES.closed))
    await user.upload(input(), request(FIXTURE_PHONES.stale, 'second.json'))
    await waitFor(() => expect(recipient()).toHaveValue(FIXTURE_PHONES.stale))
    // One the user typed is theirs: kept, and the note says whom the file was for.
    await user.clear(recipient())
    await user.type(recipient(), FIXTURE_PHONES.open)
    await user.upload(input(), request(FIXTURE_PHONES.closed, 'order.json'))
    expect(
      await screen.findByText(
        `Opened order.json. It was for ${FIXTURE_PHONES.closed}: the number already entered for the customer was kept.`,
        { selector: 'p' },
      ),
    ).toBeInTheDocument()
    expect(recipient()).toHaveValue(FIXTURE_PHONES.open)
    // The same for a send request pasted and unwrapped by its fix-it: said, and the number kept.
    fireEvent.change(screen.getByRole('textbox', { name: 'Interactive object (JSON)' }), {
      target: { value: JSON.stringify({ to: FIXTURE_PHONES.stale, interactive: createDraft('list') }) },
    })
    await user.click(await screen.findByRole('button', { name: /Keep only the "interactive" object inside it/ }))
    await waitFor(() =>
      expect(screen.getByText(new RegExp(`^Done: .*It was for ${FIXTURE_PHONES.stale}: the number`))).toBeVisible(),
    )
    expect(recipient()).toHaveValue(FIXTURE_PHONES.open)
  }, 15_000)

  it('a send request pasted into the JSON box gives its recipient to the send step when its object is kept', async () => {
    renderComposer({ sendMode: 'inline', defaultValue: createDraft('button') })
    const user = userEvent.setup()
    await user.click(screen.getByRole('tab', { name: 'JSON' }))
    const box = screen.getByRole('textbox', { name: 'Interactive object (JSON)' })
    fireEvent.change(box, {
      target: { value: JSON.stringify({ to: FIXTURE_PHONES.open, interactive: createDraft('list') }) },
    })
    await user.click(await screen.findByRole('button', { name: /Keep only the "interactive" object inside it/ }))
    await waitFor(() => expect(recipient()).toHaveValue(FIXTURE_PHONES.open))
    expect(JSON.parse((box as HTMLTextAreaElement).value)).toEqual(createDraft('list'))
  })

  /** Reply buttons sent inline to an open number: the form, the message id and the first button's id. */
  async function sendButtonsInline() {
    const onSent = vi.fn()
    const onReply = vi.fn()
    renderComposer({ sendMode: 'inline', onSent, onReply, defaultValue: createDraft('button') })
    const user = userEvent.setup()
    const form = screen.getByRole('form', { name: 'Send message' })
    await user.type(within(form).getByRole('textbox', { name: "Customer's WhatsApp number" }), FIXTURE_PHONES.open)
    await user.click(within(form).getByRole('button', { name: 'Send' }))
    await within(form).findByRole('region', { name: 'Message sent' })
    const messageId = onSent.mock.calls[0]?.[0].message_id as string
    const choice = (createDraft('button') as { action: { buttons: { reply: { id: string } }[] } }).action.buttons[0]
    return { onReply, user, form, messageId, replyId: choice?.reply.id ?? '' }
  }

  it('inline mode: sends from under the preview; the reply shows as a bubble and in words', async () => {
    const { onReply, user, form, messageId, replyId } = await sendButtonsInline()
    // Before the customer answers, a tap in the preview reports itself but shows no bubble.
    await user.click(within(preview()).getByRole('button', { name: 'Yes, confirm' }))
    expect(onReply).toHaveBeenCalledWith(
      { type: 'button_reply', button_reply: expect.objectContaining({ title: 'Yes, confirm' }) },
      expect.objectContaining({ messageId }),
    )
    expect(preview().querySelector('.bi-bubble[data-direction="out"]')).toBeNull()
    act(() => {
      mock.simulateReply(messageId, replyId)
    })
    onReply.mock.calls[0]?.[1].refresh()
    // The title is the message's own words, marked apart inside the sentence (lang="").
    await waitFor(() =>
      expect(form.querySelector('.bi-send-dialog-reply')).toHaveTextContent('The customer replied: Yes, confirm'),
    )
    await waitFor(() => expect(preview().querySelector('.bi-bubble[data-direction="out"]')).not.toBeNull())
  })

  it("the customer's reply stays with the message it answers: a draft changed since shows none", async () => {
    const { onReply, user, form, messageId, replyId } = await sendButtonsInline()
    act(() => {
      mock.simulateReply(messageId, replyId)
    })
    // The title is the message's own words, marked apart inside the sentence (lang="").
    await waitFor(() =>
      expect(form.querySelector('.bi-send-dialog-reply')).toHaveTextContent('The customer replied: Yes, confirm'),
    )
    const answer = () => preview().querySelector('.bi-bubble[data-direction="out"]')
    await waitFor(() => expect(answer()).not.toBeNull())
    // Another message in the form: the answer to the one sent would quote it, so it goes…
    await user.selectOptions(screen.getByRole('combobox', { name: 'Message type' }), 'location_request_message')
    expect(answer()).toBeNull()
    // …and a tap is the customer played on this draft, not an answer to the message sent.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Message type' }), 'list')
    onReply.mockClear()
    await user.click(within(preview()).getByRole('button', { name: 'See options' }))
    const sheet = await screen.findByRole('dialog')
    await user.click(within(sheet).getAllByRole('radio')[0] as HTMLElement)
    await user.click(within(sheet).getByRole('button', { name: 'Send' }))
    expect(onReply).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'list_reply' }),
      expect.objectContaining({ messageId: undefined }),
    )
    // Back to the message sent (Undo): its answer is shown again.
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(screen.getByRole('combobox', { name: 'Message type' })).toHaveValue('button')
    await waitFor(() => expect(answer()?.textContent).toContain('Yes, confirm'))
  })

  it('Ctrl+Z in the recipient number undoes its own typing, never the message out of sight', async () => {
    renderComposer({ sendMode: 'inline', defaultValue: createDraft('button') })
    const user = userEvent.setup()
    const body = screen.getByRole('textbox', { name: 'Body text' })
    await user.type(body, '!')
    await user.tab() // out of the field, so its typing is a step of the builder's history
    expect(screen.getByRole('button', { name: 'Undo' })).toBeEnabled()
    const number = recipient()
    await user.type(number, '071234567')
    // The browser's own undo takes the typing back when the key is left to it (not prevented).
    for (const shiftKey of [false, true]) {
      expect(fireEvent.keyDown(number, { key: 'z', code: 'KeyZ', ctrlKey: true, shiftKey })).toBe(true)
    }
    expect(fireEvent.keyDown(number, { key: 'y', code: 'KeyY', ctrlKey: true })).toBe(true)
    expect(body).toHaveValue(`${(createDraft('button') as { body: { text: string } }).body.text}!`)
    // In the builder's own fields and on its buttons, Ctrl+Z is still the builder's undo.
    expect(fireEvent.keyDown(body, { key: 'z', code: 'KeyZ', ctrlKey: true })).toBe(false)
    expect((body as HTMLTextAreaElement).value).not.toMatch(/!$/)
  })

  it('Ctrl+Z in the open send dialog never changes the message it is sending', async () => {
    renderComposer({ defaultValue: createDraft('button') })
    const user = userEvent.setup()
    const body = screen.getByRole('textbox', { name: 'Body text' })
    await user.type(body, '!')
    await user.tab()
    expect(screen.getByRole('button', { name: 'Undo' })).toBeEnabled()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    const dialog = screen.getByRole('dialog', { name: 'Send message' })
    // Its buttons and pickers (out of the builder, over it) are not the builder's.
    for (const control of within(dialog).getAllByRole('button')) {
      expect(fireEvent.keyDown(control, { key: 'z', code: 'KeyZ', ctrlKey: true })).toBe(true)
    }
    expect(body).toHaveValue(`${(createDraft('button') as { body: { text: string } }).body.text}!`)
  })

  // The builder's undo acts in the builder. Beside it, as in the send dialog, a reflexive Ctrl+Z
  // (after picking a sender, on Send) must not change the message about to be sent.
  it('Ctrl+Z on the preview and the inline send step never changes the message', async () => {
    renderComposer({ sendMode: 'inline', defaultValue: createDraft('button') })
    const user = userEvent.setup()
    const body = screen.getByRole('textbox', { name: 'Body text' })
    await user.type(body, '!')
    await user.tab()
    expect(screen.getByRole('button', { name: 'Undo' })).toBeEnabled()
    const form = screen.getByRole('form', { name: 'Send message' })
    const beside = [
      ...within(form).getAllByRole('button'),
      ...within(form).queryAllByRole('combobox'),
      ...within(preview()).getAllByRole('button'),
    ]
    expect(beside.length).toBeGreaterThan(3)
    for (const control of beside) {
      for (const key of ['z', 'y']) expect(fireEvent.keyDown(control, { key, ctrlKey: true }), key).toBe(true)
      expect(fireEvent.keyDown(control, { key: 'z', metaKey: true, shiftKey: true })).toBe(true)
    }
    expect(body).toHaveValue(`${(createDraft('button') as { body: { text: string } }).body.text}!`)
    // The builder's own Undo button, still its undo.
    expect(fireEvent.keyDown(screen.getByRole('button', { name: 'Undo' }), { key: 'z', ctrlKey: true })).toBe(false)
    expect((body as HTMLTextAreaElement).value).not.toMatch(/!$/)
  })

  it('dialog mode: Ctrl+Z on the Send that opens the dialog never changes the message', async () => {
    renderComposer({ defaultValue: createDraft('button') })
    const user = userEvent.setup()
    const body = screen.getByRole('textbox', { name: 'Body text' })
    await user.type(body, '!')
    await user.tab()
    expect(fireEvent.keyDown(screen.getByRole('button', { name: 'Send' }), { key: 'z', ctrlKey: true })).toBe(true)
    expect(body).toHaveValue(`${(createDraft('button') as { body: { text: string } }).body.text}!`)
  })

  it('dialog mode: Enter in the recipient sends, as in the dialog alone', async () => {
    const onSent = vi.fn()
    renderComposer({ onSent, defaultValue: createDraft('button') })
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    const dialog = screen.getByRole('dialog', { name: 'Send message' })
    await user.type(recipient(), `${FIXTURE_PHONES.open}{Enter}`)
    await within(dialog).findByRole('region', { name: 'Message sent' })
    expect(onSent.mock.calls[0]?.[1]).toMatchObject({ to: FIXTURE_PHONES.open })
  })

  it('onRequestChange reports the very request Send then posts, as the recipient and the draft change', async () => {
    const onSent = vi.fn()
    const onRequestChange = vi.fn()
    renderComposer({ sendMode: 'inline', onSent, onRequestChange, defaultValue: createDraft('button') })
    expect(onRequestChange).toHaveBeenLastCalledWith({
      to: '',
      interactive: expect.objectContaining({ type: 'button' }),
    })
    const user = userEvent.setup()
    const form = screen.getByRole('form', { name: 'Send message' })
    await user.type(within(form).getByRole('textbox', { name: "Customer's WhatsApp number" }), '+255 712 345 678')
    await user.type(screen.getByRole('textbox', { name: 'Body text' }), '!')
    const reported = onRequestChange.mock.lastCall?.[0]
    expect(reported).toEqual({ to: FIXTURE_PHONES.open, interactive: expect.anything() })
    expect(reported.interactive.body.text).toMatch(/!$/)
    await user.click(within(form).getByRole('button', { name: 'Send' }))
    await waitFor(() => expect(onSent).toHaveBeenCalled())
    // The send keeps its own copy of it, as it was when Send was pressed: equal, field for field.
    expect(onSent.mock.calls[0]?.[1]).toStrictEqual(reported)
  })

  it('inline mode: a draft with errors is not sent, and the form says why', async () => {
    renderComposer({
      sendMode: 'inline',
      defaultTo: FIXTURE_PHONES.open,
      defaultValue: { type: 'button', body: { text: '' } },
    })
    const form = screen.getByRole('form', { name: 'Send message' })
    await userEvent.setup().click(within(form).getByRole('button', { name: 'Send' }))
    expect(within(form).getByText(/^Not sent: the message has \d+ errors?\. Fix/)).toBeInTheDocument()
    // The message's own issues are the builder's to list; the send form does not repeat them.
    expect(within(form).queryByRole('region', { name: /to fix before sending$/ })).toBeNull()
  })

  it.each([
    ['flow', 'Screen data (JSON)', '{"a": '],
    ['address_message', 'Validation errors (JSON)', '{"in_pin_code": "wrong"'],
  ] as const)('a %s draft whose %s does not parse is not sent, and the form says why', async (type, name, text) => {
    const onSent = vi.fn()
    const base = createDraft(type) as { action: { parameters: Record<string, unknown> } }
    const draft =
      type === 'flow'
        ? { ...base, action: { ...base.action, parameters: { ...base.action.parameters, flow_id: '1234567890' } } }
        : base
    renderComposer({ sendMode: 'inline', defaultTo: FIXTURE_PHONES.open, defaultValue: draft, onSent })
    const user = userEvent.setup()
    const form = screen.getByRole('form', { name: 'Send message' })
    const field = screen.getByRole('textbox', { name })
    await user.click(field)
    await user.paste(text)
    await user.click(within(form).getByRole('button', { name: 'Send' }))
    expect(within(form).getByText('Not sent: the message has 1 error. Fix it in the form first.')).toBeInTheDocument()
    expect(within(form).queryByRole('region', { name: 'Message sent' })).toBeNull()
    expect(onSent).not.toHaveBeenCalled()
    expect(field).toHaveValue(text)
  })

  it('after a refused send, emptying the body says "Not sent" only once Send is pressed', async () => {
    renderComposer({ sendMode: 'inline', defaultTo: FIXTURE_PHONES.closed, defaultValue: createDraft('list') })
    const user = userEvent.setup()
    const form = screen.getByRole('form', { name: 'Send message' })
    await user.click(within(form).getByRole('button', { name: 'Send' }))
    await within(form).findByRole('region', { name: 'Not sent' })
    await user.clear(screen.getByRole('textbox', { name: 'Body text' }))
    const note = 'Not sent: the message has 1 error. Fix it in the form first.'
    expect(within(form).queryByText(note)).toBeNull()
    expect(within(form).getByRole('status').textContent).toBe('')
    await user.click(within(form).getByRole('button', { name: 'Send' }))
    expect(within(form).getByText(note)).toBeInTheDocument()
    expect(within(form).getByRole('status')).toHaveTextContent('Not sent: fix the errors shown first.')
  })

  it('after a sent message, a Send the errors stop is said as "Not sent", not as the last status', async () => {
    renderComposer({ sendMode: 'inline', defaultTo: FIXTURE_PHONES.open, defaultValue: createDraft('button') })
    const user = userEvent.setup()
    const form = screen.getByRole('form', { name: 'Send message' })
    await user.click(within(form).getByRole('button', { name: 'Send' }))
    await within(form).findByRole('region', { name: 'Message sent' })
    await waitFor(() => expect(within(form).getByRole('status').textContent).toMatch(/Status: /))
    await user.clear(screen.getByRole('textbox', { name: 'Body text' }))
    await user.click(within(form).getByRole('button', { name: 'Send' }))
    const blocked = within(form).getByText('Not sent: the message has 1 error. Fix it in the form first.')
    // The message sent before is named as the previous one, after what this press did: the two
    // were "Not sent …" beside "Message sent", read as if this message had gone.
    expect(within(form).queryByRole('region', { name: 'Message sent' })).toBeNull()
    const previous = within(form).getByRole('region', { name: 'Previous message sent' })
    expect(within(previous).getByText('Message id')).toBeInTheDocument()
    expect(blocked.compareDocumentPosition(previous) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    // The live region answers the press: a screen reader must not hear "Status: Read" for it.
    expect(within(form).getByRole('status')).toHaveTextContent('Not sent: fix the errors shown first.')
    // Fixed, the region tells of the message sent again.
    await user.type(screen.getByRole('textbox', { name: 'Body text' }), 'Karibu')
    expect(within(form).getByRole('status').textContent).toMatch(/Status: /)
    expect(within(form).getByRole('region', { name: 'Previous message sent' })).toBeInTheDocument()
  })

  it('names the message sent before as the previous one in Swahili, and as sent once the form holds it again', async () => {
    renderComposer({
      sendMode: 'inline',
      locale: 'sw',
      defaultTo: FIXTURE_PHONES.open,
      defaultValue: createDraft('button'),
    })
    const user = userEvent.setup()
    const form = screen.getByRole('form', { name: 'Tuma ujumbe' })
    await user.click(within(form).getByRole('button', { name: 'Tuma' }))
    await within(form).findByRole('region', { name: 'Ujumbe umetumwa' })
    const recipient = within(form).getByRole('textbox', { name: /^Namba ya WhatsApp ya mteja/ })
    const sentTo = (recipient as HTMLInputElement).value
    await user.clear(recipient)
    await user.type(recipient, FIXTURE_PHONES.closed)
    expect(within(form).getByRole('region', { name: 'Ujumbe uliotangulia umetumwa' })).toBeInTheDocument()
    expect(within(form).queryByRole('region', { name: 'Ujumbe umetumwa' })).toBeNull()
    // Back to the number it went to: the form holds that message again.
    await user.clear(recipient)
    await user.type(recipient, sentTo)
    expect(within(form).getByRole('region', { name: 'Ujumbe umetumwa' })).toBeInTheDocument()
  })

  it('"Send again" inline leaves focus on Send, not on the page, once its button goes', async () => {
    const onSent = vi.fn()
    renderComposer({ sendMode: 'inline', defaultTo: FIXTURE_PHONES.open, defaultValue: createDraft('list'), onSent })
    const user = userEvent.setup()
    const form = screen.getByRole('form', { name: 'Send message' })
    const send = within(form).getByRole('button', { name: 'Send' })
    await user.click(send)
    await within(form).findByRole('region', { name: 'Message sent' })
    await user.click(send)
    await user.click(await within(form).findByRole('button', { name: 'Send again' }))
    expect(send).toHaveFocus()
    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(2))
    expect(send).toHaveFocus()
  })

  it('a closed window explains itself and keeps the draft', async () => {
    renderComposer({ sendMode: 'inline', defaultValue: createDraft('list') })
    const form = screen.getByRole('form', { name: 'Send message' })
    const user = userEvent.setup()
    await user.type(within(form).getByRole('textbox', { name: "Customer's WhatsApp number" }), FIXTURE_PHONES.closed)
    await within(form).findByText(/^This customer has not written to you in the last 24 hours/)
    await user.click(within(form).getByRole('button', { name: 'Send' }))
    expect(await within(form).findByRole('region', { name: 'Not sent' })).toHaveAttribute('data-code', 'WINDOW_CLOSED')
    expect(screen.getByRole('combobox', { name: 'Message type' })).toHaveValue('list')
  })

  it('endpoint: makes its own client, no provider needed; catalogue reaches the preview', async () => {
    render(
      <InteractiveComposer
        endpoint="http://localhost/api/briq"
        defaultValue={{ type: 'product', action: { catalog_id: '1', product_retailer_id: 'nanasi' } }}
        catalogue={FIXTURE_CATALOGUE}
      />,
    )
    expect(preview()).toHaveTextContent('Nanasi')
  })

  it('speaks the locale everywhere, with the host’s own words where given', () => {
    renderComposer({
      locale: 'sw',
      sendMode: 'inline',
      messages: { 'sendDialog.send': 'Tuma sasa', 'composer.builder': 'Mhariri', 'builder.tab.json': 'Msimbo' },
    })
    expect(screen.getByRole('tab', { name: 'Fomu' })).toBeInTheDocument()
    expect(screen.getByRole('tab', { name: 'Msimbo' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Mhariri' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Tuma sasa' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Onyesho la ujumbe wa WhatsApp' })).toBeInTheDocument()
  })

  it('is controlled through value/onValueChange like the builder', async () => {
    const onValueChange = vi.fn()
    const draft = createDraft('button')
    renderComposer({ value: draft, onValueChange })
    const body = screen.getByRole('textbox', { name: 'Body text' })
    await userEvent.setup().type(body, '!')
    expect(onValueChange).toHaveBeenCalled()
    // The parent did not take the change: the form and the preview keep showing its value.
    expect(body).toHaveValue((draft as { body: { text: string } }).body.text)
  })

  // WhatsApp links a number written without its country code in the reader's own country.
  it('its preview reads numbers without a country code in the typed recipient’s country', () => {
    const defaultValue = {
      type: 'button',
      body: { text: 'Piga 0712 345 678' },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Sawa' } }] },
    }
    renderComposer({ sendMode: 'inline', defaultValue, defaultCountryCode: '254' })
    const link = () => within(preview()).getByRole('link', { name: '0712 345 678' })
    expect(link()).toHaveAttribute('href', 'tel:+254712345678')
    fireEvent.change(recipient(), { target: { value: '+256 712 345 678' } })
    expect(link()).toHaveAttribute('href', 'tel:+256712345678')
  })
})
