import type { Issue } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { createBriqMock, DEFAULT_API_KEY, FIXTURE_PHONES } from '@briq-interactive/mock'
import { act, fireEvent, isInaccessible, render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { StrictMode, useState } from 'react'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { ANNOUNCEMENT_MS } from '../dom/announcement-time.ts'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { SendInteractiveDialog, type SendInteractiveDialogProps } from './send-interactive-dialog.tsx'
import { invalidDraft } from './testing/fixtures.ts'

// Real fetch, answered in-process by the mock's msw handlers on a manual clock.
const mock = createBriqMock({ seed: 'react-send-dialog', clock: 'manual' })
const server = setupServer(...mock.handlers)
let sends = 0
const countingFetch = (url: string, init: RequestInit) => {
  if (init.method === 'POST') sends++
  return fetch(url, init)
}

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
beforeEach(() => {
  mock.reset()
  sends = 0
})
afterEach(() => {
  server.resetHandlers()
  mock.setFaults({})
})
afterAll(() => server.close())

function renderDialog(props: Partial<SendInteractiveDialogProps> = {}) {
  return render(
    <StrictMode>
      <BriqProvider
        endpoint="http://localhost/api/briq"
        headers={{ 'X-API-Key': DEFAULT_API_KEY }}
        fetch={countingFetch}
      >
        <SendInteractiveDialog
          interactive={FEEDBACK_INTERACTIVE}
          pollIntervalMs={20}
          trigger={<button type="button">Open</button>}
          {...props}
        />
      </BriqProvider>
    </StrictMode>,
  )
}
const invalidDraftIssue: Issue = {
  path: [],
  code: 'invalid_format',
  rule: 'kit',
  message: 'Footer text (JSON) does not parse',
}
const recipient = () => screen.getByRole('textbox', { name: "Customer's WhatsApp number" })
const sendButton = () => screen.getByRole('button', { name: 'Send' })
const live = () => screen.getByRole('status')

async function openAndType(to: string, props: Partial<SendInteractiveDialogProps> = {}) {
  renderDialog(props)
  const user = userEvent.setup()
  await user.click(screen.getByRole('button', { name: 'Open' }))
  await user.clear(recipient())
  await user.type(recipient(), to)
  return user
}

/** Escape dismisses the held send's question and keeps the dialog; "Send again" then sends. */
async function dismissThenSendAgain(user: ReturnType<typeof userEvent.setup>) {
  await user.keyboard('{Escape}')
  expect(screen.getByRole('dialog')).toBeInTheDocument()
  expect(screen.queryByRole('region', { name: /^Not (sent|confirmed)$/ })).toBeNull()

  await user.click(sendButton())
  await user.click(await screen.findByRole('button', { name: 'Send again' }))
  await screen.findByRole('region', { name: 'Message sent' })
}

/**
 * Holds Briq's answer to the sends until the returned function is called, so a test can look at
 * the pending dialog however slow the machine running it.
 */
function holdSends(): () => void {
  let answer = () => {}
  const answered = new Promise<void>((resolve) => {
    answer = resolve
  })
  server.use(
    http.post('*/v1/whatsapp/messages/interactive', async ({ request }) => {
      await answered
      return mock.handle(request)
    }),
  )
  return answer
}

/** A parent that owns `open`, as a controlled user would. */
function ControlledHost({ onOpenChange }: { onOpenChange: (open: boolean) => void }) {
  const [open, setOpen] = useState(true)
  return (
    <SendInteractiveDialog
      interactive={FEEDBACK_INTERACTIVE}
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next)
        setOpen(next)
      }}
    />
  )
}

/** A host that opens the dialog from a button of its own (`open`, no trigger). */
function OwnButton() {
  const [open, setOpen] = useState(false)
  return (
    <BriqProvider endpoint="http://localhost/api/briq">
      <button type="button" onClick={() => setOpen(true)}>
        Message the customer
      </button>
      <SendInteractiveDialog interactive={FEEDBACK_INTERACTIVE} open={open} onOpenChange={setOpen} />
    </BriqProvider>
  )
}

describe('SendInteractiveDialog (jsdom, StrictMode, over the mock)', () => {
  it('opens from the trigger with focus in the recipient field, and Cancel closes it', async () => {
    renderDialog({ defaultTo: '0712 345 678' })
    expect(screen.queryByRole('dialog')).toBeNull()
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Open' }))
    expect(screen.getByRole('dialog', { name: 'Send message' })).toHaveAccessibleDescription(
      'Check the recipient and the message, then send it on WhatsApp.',
    )
    expect(recipient()).toHaveFocus()
    // The 24-hour window's note joins the description once the mock answers: it may be there yet.
    expect(recipient()).toHaveAccessibleDescription(/^Will be sent to \+255712345678(?: The customer wrote|$)/)
    expect(screen.getByRole('region', { name: 'WhatsApp message preview' })).toHaveTextContent(
      'Did this resolve your issue?',
    )
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it("a phone's keyboard for the number: a keypad, no suggestions, Enter labelled Send (it sends)", async () => {
    renderDialog({ defaultOpen: true })
    expect(recipient()).toHaveAttribute('type', 'tel')
    expect(recipient()).toHaveAttribute('inputmode', 'tel')
    expect(recipient()).toHaveAttribute('autocomplete', 'off')
    expect(recipient()).toHaveAttribute('enterkeyhint', 'send')
  })

  it('works controlled: follows `open` and reports requests to change it', async () => {
    const onOpenChange = vi.fn()
    render(
      <BriqProvider endpoint="http://localhost/api/briq">
        <ControlledHost onOpenChange={onOpenChange} />
      </BriqProvider>,
    )
    expect(screen.getByRole('dialog')).toBeInTheDocument()
    const user = userEvent.setup()
    await user.keyboard('{Escape}')
    expect(onOpenChange).toHaveBeenCalledWith(false)
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('opened with no trigger (a host’s own button and `open`), closing gives focus back to that button', async () => {
    render(<OwnButton />)
    const user = userEvent.setup()
    const own = screen.getByRole('button', { name: 'Message the customer' })
    await user.click(own)
    expect(recipient()).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(own).toHaveFocus()
    // Closed by Cancel too.
    await user.click(own)
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(own).toHaveFocus()
  })

  it('stays open when the controlled `open` does not change', async () => {
    const onOpenChange = vi.fn()
    render(
      <BriqProvider endpoint="http://localhost/api/briq">
        <SendInteractiveDialog interactive={FEEDBACK_INTERACTIVE} open onOpenChange={onOpenChange} />
      </BriqProvider>,
    )
    await userEvent.setup().click(screen.getByRole('button', { name: 'Cancel' }))
    expect(onOpenChange).toHaveBeenCalledWith(false)
    expect(screen.getByRole('dialog')).toBeInTheDocument()
  })

  it('works with a controlled recipient: reports each keystroke and shows only what the parent passes', async () => {
    const onToChange = vi.fn()
    renderDialog({ defaultOpen: true, to: FIXTURE_PHONES.open, onToChange })
    await userEvent.setup().type(recipient(), '9')
    expect(onToChange).toHaveBeenCalledWith(`${FIXTURE_PHONES.open}9`)
    expect(recipient()).toHaveValue(FIXTURE_PHONES.open)
  })

  it('an invalid number blocks sending with an announced error tied to the field', async () => {
    const user = await openAndType('12')
    await user.click(sendButton())
    expect(recipient()).toHaveAttribute('aria-invalid', 'true')
    expect(recipient()).toHaveAccessibleDescription(/^This number cannot be used: phone number has 2 digits/)
    expect(recipient()).toHaveFocus()
    expect(live()).toHaveTextContent('Not sent: fix the errors shown first.')
    expect(sends).toBe(0)
  })

  it('announces each blocked press anew, and nothing blocked that no press asked for', async () => {
    const user = await openAndType('12')
    await user.click(sendButton())
    const first = live().firstElementChild
    expect(first).toHaveTextContent('Not sent: fix the errors shown first.')
    await user.click(sendButton())
    // A screen reader speaks a polite region again only when its content is replaced.
    expect(live().firstElementChild).not.toBe(first)
    expect(live()).toHaveTextContent('Not sent: fix the errors shown first.')
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    await user.click(screen.getByRole('button', { name: 'Open' }))
    expect(live().textContent).toBe('')
  })

  it('takes its words out of the reading order once said; a new press says them again', async () => {
    // Left in place, "Not sent: …" stayed beside what the dialog shows: a swipe met it again.
    await openAndType('12')
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      fireEvent.click(sendButton())
      const words = () => live().firstElementChild as HTMLElement
      expect(words()).toHaveTextContent('Not sent: fix the errors shown first.')
      act(() => vi.advanceTimersByTime(ANNOUNCEMENT_MS - 1))
      expect(isInaccessible(words())).toBe(false)
      act(() => vi.advanceTimersByTime(1))
      expect(isInaccessible(words())).toBe(true)
      fireEvent.click(sendButton())
      expect(isInaccessible(words())).toBe(false)
      expect(words()).toHaveTextContent('Not sent: fix the errors shown first.')
    } finally {
      vi.useRealTimers()
    }
  })

  it('after a failed send, an edit that breaks the number announces nothing until Send is pressed', async () => {
    const user = await openAndType(FIXTURE_PHONES.closed)
    await user.click(sendButton())
    await screen.findByRole('region', { name: 'Not sent' })
    await user.type(recipient(), '9')
    expect(live().textContent).toBe('')
    await user.click(sendButton())
    expect(live()).toHaveTextContent('Not sent: fix the errors shown first.')
  })

  it('validation errors block sending; warnings are shown but do not', async () => {
    const user = await openAndType(FIXTURE_PHONES.open, { interactive: invalidDraft })
    const errors = screen.getByRole('region', { name: /errors? to fix before sending$/ })
    expect(errors).toHaveTextContent('Body text is empty')
    await user.click(sendButton())
    expect(live()).toHaveTextContent('Not sent')
    expect(sends).toBe(0)
  })

  it("lists the message's issues in the order orderIssues gives, and blocks on draftIssues", async () => {
    const empty = { type: 'button', body: { text: '' }, action: { buttons: [] } }
    const reversed = (issues: readonly Issue[]) => [...issues].reverse()
    const draftIssues = [{ ...invalidDraftIssue, path: ['footer', 'text'] }]
    const user = await openAndType(FIXTURE_PHONES.open, { interactive: empty, orderIssues: reversed, draftIssues })
    const errors = screen.getByRole('region', { name: /errors? to fix before sending$/ })
    const listed = within(errors)
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(listed.at(0)).toMatch(/button/i)
    expect(listed.at(-1)).toMatch(/^Footer text/)
    await user.click(sendButton())
    expect(sends).toBe(0)
  })

  it('an Enter held from the press that sent cannot close the confirmation: Close ignores its repeats', async () => {
    const user = await openAndType(FIXTURE_PHONES.open)
    await user.click(sendButton())
    const close = await screen.findByRole('button', { name: 'Close' })
    expect(close).toHaveFocus()
    // The browser presses a focused button on Enter's keydown unless it is cancelled.
    expect(fireEvent.keyDown(close, { key: 'Enter', repeat: true })).toBe(false)
    expect(fireEvent.keyDown(close, { key: 'Enter' })).toBe(true)
    expect(screen.getByRole('region', { name: 'Message sent' })).toBeInTheDocument()
  })

  it('sends, follows the status with the mock clock, shows the reply, and calls onSent once', async () => {
    const onSent = vi.fn()
    const user = await openAndType(FIXTURE_PHONES.open, { onSent })
    await user.click(sendButton())
    const success = await screen.findByRole('region', { name: 'Message sent' })
    // Two facts, not "Sent" then "Status: Sent": Briq took it (queued), later WhatsApp sent it.
    expect(live().textContent).toBe('Accepted by Briq. Status: Queued')
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus()
    const messageId = onSent.mock.calls[0]?.[0].message_id as string
    expect(success).toHaveTextContent(messageId)
    await waitFor(() => expect(success).toHaveTextContent('Queued'))
    for (const [ms, label] of [
      [800, 'Sent'],
      [1200, 'Delivered'],
      [2000, 'Read'],
    ] as const) {
      act(() => mock.advance(ms))
      await waitFor(() => expect(success).toHaveTextContent(label))
      // Announced too, so a screen-reader user hears the message move on.
      expect(live().textContent).toBe(`Status: ${label}`)
    }
    act(() => {
      mock.simulateReply(messageId, 'yes')
    })
    // The title inside is the message's own words, marked apart (lang="").
    await waitFor(() =>
      expect(document.querySelector('.bi-send-dialog-reply')).toHaveTextContent('The customer replied: Yes'),
    )
    await waitFor(() => expect(live()).toHaveTextContent('The customer replied: Yes'))
    expect(onSent).toHaveBeenCalledOnce()
    expect(onSent.mock.calls[0]?.[1]).toEqual({ to: FIXTURE_PHONES.open, interactive: FEEDBACK_INTERACTIVE })
    await user.click(screen.getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus()
  })

  it.each([
    ['422 WINDOW_CLOSED', () => {}, FIXTURE_PHONES.closed, 'WINDOW_CLOSED', 'customer to write first', false],
    [
      '503',
      () => mock.setFaults({ status: 503 }),
      FIXTURE_PHONES.open,
      'SERVICE_UNAVAILABLE',
      'Try again in 2 seconds; if it keeps failing, give Briq customer support the request id',
      false,
    ],
    [
      '500',
      () => mock.setFaults({ status: 500 }),
      FIXTURE_PHONES.open,
      'INTERNAL_ERROR',
      'may have been sent. Check the conversation before sending it again',
      true,
    ],
    [
      '429',
      () => mock.setFaults({ status: 429, retryAfterSeconds: 7 }),
      FIXTURE_PHONES.open,
      'RATE_LIMITED',
      'Try again in 7 seconds',
      false,
    ],
    [
      'a network failure',
      () => server.use(http.post('*/v1/whatsapp/messages/interactive', () => HttpResponse.error())),
      FIXTURE_PHONES.open,
      'network',
      'server could not be reached',
      true,
    ],
  ])(
    '%s keeps the dialog open with the typed number and explains it',
    async (_name, arrange, to, code, explanation, maybeSent) => {
      arrange()
      const user = await openAndType(to)
      await user.click(sendButton())
      const failure = await screen.findByRole('region', { name: maybeSent ? 'Not confirmed' : 'Not sent' })
      expect(failure).toHaveAttribute('data-code', code)
      expect(failure).toHaveTextContent(explanation)
      expect(live()).toHaveTextContent(explanation)
      if (code !== 'network') {
        expect(failure).toHaveTextContent(`Error code${code}`)
        expect(failure.textContent).toMatch(/Request id\S+/)
      }
      expect(failure.querySelector('[data-maybe-sent]') !== null).toBe(maybeSent)
      if (maybeSent) expect(failure).toHaveTextContent('sending it again could deliver it twice.')
      expect(screen.getByRole('dialog')).toBeInTheDocument()
      expect(recipient()).toHaveValue(to)
      expect(sendButton()).toBeEnabled()
    },
  )

  it('a double click sends once', async () => {
    const answer = holdSends()
    const onSent = vi.fn()
    const user = await openAndType(FIXTURE_PHONES.open, { onSent })
    await user.dblClick(sendButton())
    expect(live()).toHaveTextContent('Sending…')
    expect(sendButton()).toHaveAttribute('aria-disabled', 'true')
    answer()
    await screen.findByRole('region', { name: 'Message sent' })
    expect(sends).toBe(1)
    expect(onSent).toHaveBeenCalledOnce()
  })

  it('refuses an identical resend, and "Send again" sends it on purpose; Escape first dismisses the question', async () => {
    const onSent = vi.fn()
    const user = await openAndType(FIXTURE_PHONES.open, { onSent })
    await user.click(sendButton())
    await user.click(await screen.findByRole('button', { name: 'Close' }))
    await user.click(screen.getByRole('button', { name: 'Open' }))
    expect(recipient()).toHaveValue(FIXTURE_PHONES.open)
    await user.click(sendButton())
    const refusal = await screen.findByRole('region', { name: 'Not sent' })
    expect(refusal).toHaveAttribute('data-code', 'DUPLICATE_SEND')
    expect(refusal).toHaveTextContent('This exact message was already sent')
    expect(sends).toBe(1)
    // The earlier message stays in view beside the refusal, its status still followed.
    const earlier = onSent.mock.calls[0]?.[0] as { message_id: string }
    expect(screen.getByRole('region', { name: 'Message sent' })).toHaveTextContent(earlier.message_id)

    await dismissThenSendAgain(user)
    expect(sends).toBe(2)
    expect(onSent).toHaveBeenCalledTimes(2)
  })

  it('after a network failure (maybe sent) Send holds the identical message; "Send again" sends it on purpose', async () => {
    server.use(http.post('*/v1/whatsapp/messages/interactive', () => HttpResponse.error()))
    const user = await openAndType(FIXTURE_PHONES.open)
    await user.click(sendButton())
    await screen.findByRole('region', { name: 'Not confirmed' })
    const tries = sends
    server.resetHandlers()
    await user.click(sendButton())
    const held = await screen.findByRole('region', { name: 'Not confirmed' })
    await waitFor(() => expect(held).toHaveAttribute('data-code', 'MAYBE_SENT'))
    expect(held).toHaveTextContent('may have reached the customer')
    expect(held.querySelector('[data-maybe-sent]')).not.toBeNull()
    expect(sends).toBe(tries)

    await dismissThenSendAgain(user)
    expect(sends).toBe(tries + 1)
  })

  it('closing while pending keeps the send going: onSent is called and reopening shows the result', async () => {
    // Briq answers only once the dialog is closed, however slow the machine running the test.
    const answer = holdSends()
    const onSent = vi.fn()
    const user = await openAndType(FIXTURE_PHONES.open, { onSent })
    await user.click(sendButton())
    expect(screen.getByText(/the message keeps sending/)).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    answer()
    await waitFor(() => expect(onSent).toHaveBeenCalledOnce())
    await user.click(screen.getByRole('button', { name: 'Open' }))
    expect(screen.getByRole('region', { name: 'Message sent' })).toHaveTextContent(onSent.mock.calls[0]?.[0].message_id)
  })

  it('sends into a conversation, in Swahili, despite a warning', async () => {
    renderDialog({
      conversationId: '5c1d2e3f-4a5b-4c6d-8e7f-000000000001',
      sender: '255700000001',
      locale: 'sw',
      defaultOpen: true,
    })
    expect(screen.getByRole('dialog', { name: 'Tuma ujumbe' })).toHaveTextContent('Ujumbe utatumwa kwenye mazungumzo')
    expect(screen.getByRole('region', { name: /^Onyo 1:/ })).toHaveTextContent('Briq inapuuza mtumaji (sender)')
    await userEvent.setup().click(screen.getByRole('button', { name: 'Tuma' }))
    expect(await screen.findByRole('region', { name: 'Ujumbe umetumwa' })).toBeInTheDocument()
    expect(live().textContent).toBe('Briq imeupokea ujumbe. Hali: Kwenye foleni')
    act(() => mock.advance(800))
    await waitFor(() => expect(live().textContent).toBe('Hali: Imetumwa'))
  })
})
