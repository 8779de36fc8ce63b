import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { en } from './i18n/en.ts'
import { sw } from './i18n/sw.ts'
import { editor, renderApp, startTestMock } from './test-support/render-app.tsx'

const { server, mock } = startTestMock()
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())
beforeEach(() => localStorage.clear())
afterEach(() => {
  server.resetHandlers()
  mock.reset()
})

const sendButton = () => screen.getByRole('button', { name: /^(Send to the mock|Sending…)$/ })
const outbound = () => mock.state().messages.filter((message) => message.is_outbound)
const recipientField = () => screen.getByRole('textbox', { name: 'Recipient phone number' })
// The connection breaks after fetch started: Briq may have accepted the message.
const dropTheConnection = () => server.use(http.post('*/v1/whatsapp/messages/interactive', () => HttpResponse.error()))

/** Sends, waits for the alert, and checks the typed draft and number are exactly as they were. */
async function sendAndKeepDraft(): Promise<HTMLElement> {
  const draft = (editor() as HTMLTextAreaElement).value
  const number = (recipientField() as HTMLInputElement).value
  await userEvent.click(sendButton())
  const alert = await screen.findByRole('alert')
  expect(editor()).toHaveValue(draft)
  expect(recipientField()).toHaveValue(number)
  expect(sendButton()).toBeEnabled()
  return alert
}

describe('a send that fails', () => {
  it('a server error shows its code, what it means, the HTTP status and the request id, and keeps the draft', async () => {
    mock.setScenario('server-error')
    renderApp()
    const alert = await sendAndKeepDraft()
    expect(alert).toHaveTextContent('Not sent (INTERNAL_ERROR)')
    expect(alert).toHaveTextContent('Briq could not send the message. Try again;')
    expect(alert.textContent).toMatch(/HTTP 500 · Request id: \S+/)
    expect(alert).toHaveTextContent('Your draft is unchanged.')
    // Briq answered, so it certainly did not send: no "may have been sent" warning.
    expect(within(alert).queryByTestId('maybe-sent')).toBeNull()
    expect(screen.queryByTestId('message-id')).toBeNull()
  })

  it('rate limited: says when to try again, and keeps the draft', async () => {
    mock.setScenario('rate-limited')
    renderApp()
    const alert = await sendAndKeepDraft()
    expect(alert).toHaveTextContent('Not sent (RATE_LIMITED)')
    expect(alert).toHaveTextContent('Too many messages at once. Try again in 2 seconds.')
    expect(alert.textContent).toMatch(/HTTP 429 · Request id: \S+/)
  })

  it('a connection lost mid-send warns that the message may have been sent, and keeps the draft', async () => {
    dropTheConnection()
    renderApp()
    const alert = await sendAndKeepDraft()
    expect(alert).toHaveTextContent('Not sent (NETWORK)')
    expect(alert).toHaveTextContent('The server could not be reached.')
    expect(within(alert).getByTestId('maybe-sent')).toHaveTextContent(en.maybeSent)
  })

  it('the may-have-been-sent warning is in Kiswahili too', async () => {
    dropTheConnection()
    renderApp({ locale: 'sw' })
    await userEvent.click(screen.getByRole('button', { name: sw.sendToMock }))
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByTestId('maybe-sent')).toHaveTextContent(sw.maybeSent)
    expect(alert).toHaveTextContent(sw.draftKept)
  })

  it('WINDOW_CLOSED is explained; "the customer writes first" opens the window and the next send goes', async () => {
    renderApp()
    await userEvent.clear(recipientField())
    await userEvent.type(recipientField(), '0713 000 001')
    const alert = await sendAndKeepDraft()
    expect(alert).toHaveTextContent('Not sent (WINDOW_CLOSED)')
    expect(alert).toHaveTextContent('Ask the customer to write first')
    expect(alert.textContent).toMatch(/HTTP 422 · Request id: \S+/)

    await userEvent.click(within(alert).getByRole('button', { name: 'Let the customer write first' }))
    expect(await screen.findByText(/The customer wrote “Habari”/)).toBeInTheDocument()
    await userEvent.click(sendButton())
    expect(await screen.findByTestId('message-id')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
    const conversation = mock.state().conversations.find((item) => item.id === outbound().at(-1)?.conversation_id)
    expect(conversation?.recipient_phone).toBe('255713000001')
  })

  it('the same message again is refused (DUPLICATE_SEND) and explained; "send it again anyway" sends it once more', async () => {
    renderApp()
    await userEvent.click(sendButton())
    const first = (await screen.findByTestId('message-id')).textContent
    expect(outbound()).toHaveLength(1)

    const alert = await sendAndKeepDraft()
    expect(alert).toHaveTextContent('Not sent (DUPLICATE_SEND)')
    expect(alert).toHaveTextContent('This exact message was already sent to this customer')
    expect(outbound()).toHaveLength(1)
    // The refusal keeps the earlier message on screen, still followed.
    expect(screen.getByTestId('message-id')).toHaveTextContent(first ?? '')
    // Only the refusal offers "send anyway"; the first send's button never did.
    expect(within(alert).queryByRole('button', { name: 'Let the customer write first' })).toBeNull()

    await userEvent.click(within(alert).getByRole('button', { name: en.sendAnyway }))
    await screen.findByText(
      (_, element) => element?.getAttribute('data-testid') === 'message-id' && element.textContent !== first,
    )
    expect(outbound()).toHaveLength(2)
    expect(outbound().map((message) => message.id)).toContain(screen.getByTestId('message-id').textContent)
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('other failures offer no "send it again anyway"', async () => {
    mock.setScenario('server-error')
    renderApp()
    const alert = await sendAndKeepDraft()
    expect(within(alert).queryByRole('button', { name: en.sendAnyway })).toBeNull()
  })
})
