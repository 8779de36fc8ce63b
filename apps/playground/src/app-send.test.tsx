import { act, isInaccessible, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  APP_TEST_TIMEOUT_MS,
  preview,
  previewButton,
  renderApp,
  sendForm,
  startTestMock,
} from './test-support/render-app.tsx'

const { server, mock } = startTestMock()
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())
beforeEach(() => localStorage.clear())
afterEach(() => {
  server.resetHandlers()
  mock.reset()
})

const outbound = () => mock.state().messages.filter((message) => message.is_outbound)
const replyBubble = () => preview().querySelector('.bi-bubble[data-direction="out"]')

describe('sending from the playground to the mock', { timeout: APP_TEST_TIMEOUT_MS }, () => {
  it('sends to Amina, follows the status to Read, and the customer’s tap is stated in words and as a bubble', async () => {
    renderApp()
    const user = userEvent.setup()
    const form = sendForm()
    await user.click(within(form).getByRole('button', { name: 'Send' }))
    const sent = await within(form).findByRole('region', { name: 'Message sent' })
    expect(outbound()).toHaveLength(1)
    act(() => mock.advance(4000))
    await waitFor(() => expect(within(form).getByText('Read', { selector: '[aria-current="step"]' })).toBeVisible())
    await user.click(previewButton('Kesho asubuhi'))
    // The title inside is the message's own words, marked apart (lang="").
    await waitFor(() =>
      expect(sent.querySelector('.bi-send-dialog-reply')).toHaveTextContent('The customer replied: Kesho asubuhi'),
    )
    expect(sent).toHaveTextContent('Reply iddeliver_tomorrow')
    await waitFor(() => expect(replyBubble()).toHaveTextContent('Kesho asubuhi'))
  })

  it('another scenario keeps the message sent, its status and the customer’s tap; a reset drops it', async () => {
    renderApp()
    const user = userEvent.setup()
    const form = sendForm()
    const mockPanel = () => screen.getByRole('region', { name: 'The mock' })
    await user.click(within(form).getByRole('button', { name: 'Send' }))
    const sent = await within(form).findByRole('region', { name: 'Message sent' })
    await user.selectOptions(
      within(mockPanel()).getByRole('combobox', { name: 'How the mock answers' }),
      'slow-network',
    )
    await waitFor(() =>
      expect(within(mockPanel()).getByRole('status')).toHaveTextContent('The mock now answers as: Slow network.'),
    )
    expect(within(form).getByRole('region', { name: 'Message sent' })).toBe(sent)
    act(() => mock.advance(4000))
    await waitFor(() => expect(within(form).getByText('Read', { selector: '[aria-current="step"]' })).toBeVisible())
    await user.click(previewButton('Kesho asubuhi'))
    await waitFor(() =>
      expect(sent.querySelector('.bi-send-dialog-reply')).toHaveTextContent('The customer replied: Kesho asubuhi'),
    )
    expect(outbound()[0]?.reply).not.toBeNull()
    await user.click(within(mockPanel()).getByRole('button', { name: 'Reset the mock' }))
    await waitFor(() => expect(within(form).queryByRole('region', { name: 'Message sent' })).toBeNull())
  })

  it('a double click sends once, and the same message again is refused until sent on purpose', async () => {
    // Briq answers only after both clicks, however fast the in-process mock is.
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
    renderApp()
    const user = userEvent.setup()
    const send = within(sendForm()).getByRole('button', { name: 'Send' })
    await user.dblClick(send)
    expect(send).toHaveAttribute('aria-disabled', 'true')
    answer()
    await within(sendForm()).findByRole('region', { name: 'Message sent' })
    server.resetHandlers()
    expect(outbound()).toHaveLength(1)
    await user.click(send)
    const refusal = await within(sendForm()).findByRole('region', { name: 'Not sent' })
    expect(refusal).toHaveAttribute('data-code', 'DUPLICATE_SEND')
    await user.click(within(refusal).getByRole('button', { name: 'Send again' }))
    await within(sendForm()).findByRole('region', { name: 'Message sent' })
    expect(outbound()).toHaveLength(2)
  })

  it('says when the mock could not record the customer’s tap', async () => {
    renderApp()
    const user = userEvent.setup()
    await user.click(within(sendForm()).getByRole('button', { name: 'Send' }))
    await within(sendForm()).findByRole('region', { name: 'Message sent' })
    server.use(
      http.post('*/__mock/messages/:id/reply', () =>
        HttpResponse.json({ success: false, errors: [{ code: 'VALIDATION_ERROR', message: 'No' }] }, { status: 422 }),
      ),
    )
    await user.click(previewButton('Kesho asubuhi'))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The mock could not record the reply: the mock refused it (VALIDATION_ERROR)',
    )
    expect(replyBubble()).toBeNull()
  })

  it('answers as the customer what a tap in the preview cannot: calls allowed, a location shared', async () => {
    renderApp()
    const user = userEvent.setup()
    const mockPanel = screen.getByRole('region', { name: 'The mock' })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Message type' }), 'call_permission_request')
    // Nothing to answer before a send, nor for a message a tap answers.
    expect(within(mockPanel).queryByRole('button', { name: 'The customer allows calls' })).toBeNull()
    await user.click(within(sendForm()).getByRole('button', { name: 'Send' }))
    const sent = await within(sendForm()).findByRole('region', { name: 'Message sent' })
    await user.click(within(mockPanel).getByRole('button', { name: 'The customer allows calls' }))
    await within(sent).findByText('The customer replied: allowed calls')
    expect(within(mockPanel).getByRole('button', { name: 'The customer declines calls' })).toHaveAccessibleDescription(
      'The message sent last asks for more than a tap: answer it as the customer.',
    )
    await user.selectOptions(screen.getByRole('combobox', { name: 'Message type' }), 'location_request_message')
    await user.click(within(sendForm()).getByRole('button', { name: 'Send' }))
    await user.click(await within(mockPanel).findByRole('button', { name: 'The customer shares a location' }))
    await within(sendForm()).findByText(/^The customer replied: shared a location/, { selector: 'p' })
    expect(within(mockPanel).queryByRole('button', { name: 'The customer allows calls' })).toBeNull()
    // A reset forgets the message: nothing is left to answer.
    await user.click(within(mockPanel).getByRole('button', { name: 'Reset the mock' }))
    await waitFor(() =>
      expect(within(mockPanel).queryByRole('button', { name: 'The customer shares a location' })).toBeNull(),
    )
  })

  it("says the mock's hints with their buttons only, as a swipe would meet them twice", async () => {
    renderApp()
    const user = userEvent.setup()
    const mockPanel = screen.getByRole('region', { name: 'The mock' })
    const described = (name: string) => {
      const button = within(mockPanel).getByRole('button', { name })
      const hint = document.getElementById(button.getAttribute('aria-describedby') ?? '') as HTMLElement
      expect(hint).toBeVisible()
      return { button, hint }
    }
    const write = described('The customer writes first')
    expect(write.button).toHaveAccessibleDescription(/^Opens the 24-hour window of \+255712345678/)
    expect(isInaccessible(write.hint)).toBe(true)
    const reset = described('Reset the mock')
    expect(reset.button).toHaveAccessibleDescription(/^Back to the fixtures/)
    expect(isInaccessible(reset.hint)).toBe(true)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Message type' }), 'call_permission_request')
    await user.click(within(sendForm()).getByRole('button', { name: 'Send' }))
    await within(sendForm()).findByRole('region', { name: 'Message sent' })
    const answer = described('The customer allows calls')
    expect(answer.button).toHaveAccessibleDescription(/answer it as the customer\.$/)
    expect(isInaccessible(answer.hint)).toBe(true)
    // Without a number the button cannot be reached by Tab: its why stays text to read.
    await user.clear(within(sendForm()).getByRole('textbox', { name: "Customer's WhatsApp number" }))
    expect(isInaccessible(described('The customer writes first').hint)).toBe(false)
  })

  it('says any Flow ID will do against the mock, and a flow with one sends', async () => {
    renderApp()
    const user = userEvent.setup()
    const mockPanel = screen.getByRole('region', { name: 'The mock' })
    expect(
      within(mockPanel).getByText('Flow messages: the mock knows no flows, so any “Flow ID” will do.'),
    ).toBeVisible()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Message type' }), 'flow')
    await user.type(screen.getByRole('textbox', { name: 'Flow ID' }), '1234')
    await user.click(within(sendForm()).getByRole('button', { name: 'Send' }))
    await within(sendForm()).findByRole('region', { name: 'Message sent' })
    expect(outbound()).toHaveLength(1)
  })
})
