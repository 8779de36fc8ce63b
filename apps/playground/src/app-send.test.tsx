import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { previewButton, renderApp, startTestMock } from './test-support/render-app.tsx'

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
const sendPanel = () => screen.getByRole('region', { name: 'Send' })

describe('sending to the mock', () => {
  it('send → message id → pending, sent, delivered, read → the customer taps a button → the reply shows', async () => {
    renderApp()
    await userEvent.click(sendButton())
    const id = await screen.findByTestId('message-id')
    expect(id.textContent).toBe(outbound().at(-1)?.id)
    expect(within(sendPanel()).getByText('Pending (queued at Briq)', { selector: 'dd' })).toBeInTheDocument()

    mock.advance(800)
    await within(sendPanel()).findByText('Sent to WhatsApp', { selector: 'dd' })
    mock.advance(1200)
    await within(sendPanel()).findByText('Delivered to the phone', { selector: 'dd' })
    mock.advance(2000)
    await within(sendPanel()).findByText('Read by the customer', { selector: 'dd' })

    await userEvent.click(previewButton('Kesho asubuhi'))
    expect(await screen.findByText('The customer answered “Kesho asubuhi” (id deliver_tomorrow).')).toBeInTheDocument()
    const message = mock.state().messages.find((item) => item.id === id.textContent)
    expect(message?.reply?.content).toEqual({
      type: 'button_reply',
      button_reply: { id: 'deliver_tomorrow', title: 'Kesho asubuhi' },
    })
  })

  it('a double click sends exactly once, and the button is disabled while the send is out', async () => {
    // The send waits for this gate, not for a delay, so the check cannot race a slow machine.
    let open = () => {}
    const gate = new Promise<void>((resolve) => {
      open = resolve
    })
    server.use(
      http.post('*/v1/whatsapp/messages/interactive', async ({ request }) => {
        await gate
        return mock.handle(request)
      }),
    )
    renderApp()
    const before = outbound().length
    await userEvent.dblClick(sendButton())
    expect(sendButton()).toBeDisabled()
    expect(sendButton()).toHaveTextContent('Sending…')
    open()
    await screen.findByTestId('message-id')
    expect(outbound().length).toBe(before + 1)
    expect(sendButton()).toBeEnabled()
  })

  it('the scenario picker switches the mock over its control route', async () => {
    renderApp()
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'How the mock answers' }), 'window-closed')
    expect(await screen.findByText('The mock now answers as: Every 24-hour window is closed.')).toBeInTheDocument()
    expect(mock.state().scenario).toBe('window-closed')
    await userEvent.click(sendButton())
    expect(await screen.findByRole('alert')).toHaveTextContent('WINDOW_CLOSED')
  })

  it('copy as curl shows the command for this request, without any key', async () => {
    renderApp()
    await userEvent.click(screen.getByRole('button', { name: 'Copy as curl' }))
    const code = await screen.findByRole('textbox', { name: 'Code for this request' })
    expect((code as HTMLTextAreaElement).value).toMatch(/^curl /)
    expect((code as HTMLTextAreaElement).value).toContain('/api/briq/v1/whatsapp/messages/interactive')
    expect((code as HTMLTextAreaElement).value).toContain('"to": "255712345678"')
    expect((code as HTMLTextAreaElement).value).not.toContain('mock-api-key')
    await waitFor(() => expect(screen.getByText(/Copied the curl code\.|The clipboard is not available/)).toBeVisible())
  })
})
