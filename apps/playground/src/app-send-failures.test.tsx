import { FIXTURE_IDS } from '@briq-interactive/mock'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { APP_TEST_TIMEOUT_MS, recipient, renderApp, sendForm, startTestMock } from './test-support/render-app.tsx'

const { server, mock } = startTestMock()
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())
beforeEach(() => localStorage.clear())
afterEach(() => {
  server.resetHandlers()
  mock.reset()
})

const mockPanel = () => screen.getByRole('region', { name: 'The mock' })
const windowNote = () => sendForm().querySelector('.bi-send-dialog-window')
const notice = () => within(mockPanel()).getByRole('status')

async function typeNumber(number: string) {
  const user = userEvent.setup()
  await user.clear(recipient())
  await user.type(recipient(), number)
  return user
}

describe('when a send cannot go', { timeout: APP_TEST_TIMEOUT_MS }, () => {
  it('a closed window is explained before sending and after; the customer writes first, and it goes; the draft stays', async () => {
    renderApp()
    const body = (screen.getByRole('textbox', { name: 'Body text' }) as HTMLTextAreaElement).value
    const user = await typeNumber('0713 000 001')
    await waitFor(() => expect(windowNote()).toHaveAttribute('data-window', 'closed'))
    expect(windowNote()).toHaveTextContent('ask the customer to write first, or send an approved template message')
    await user.click(within(sendForm()).getByRole('button', { name: 'Send' }))
    const failure = await within(sendForm()).findByRole('region', { name: 'Not sent' })
    expect(failure).toHaveAttribute('data-code', 'WINDOW_CLOSED')
    expect(screen.getByRole('textbox', { name: 'Body text' })).toHaveValue(body)

    await user.click(within(mockPanel()).getByRole('button', { name: 'The customer writes first' }))
    await waitFor(() =>
      expect(notice()).toHaveTextContent(
        'The customer (+255713000001) wrote “Habari”: the 24-hour window is open, so you can send now.',
      ),
    )
    await user.click(within(sendForm()).getByRole('button', { name: 'Send' }))
    await within(sendForm()).findByRole('region', { name: 'Message sent' })
    // After the send the window is looked up again: it is open now.
    await waitFor(() => expect(windowNote()).toHaveAttribute('data-window', 'open'))
  })

  it('once the customer writes first, the window note and "Send to" say open before any send; a reset closes them', async () => {
    renderApp()
    const user = await typeNumber('0713 000 001')
    await waitFor(() => expect(windowNote()).toHaveAttribute('data-window', 'closed'))
    const baraka = () => within(sendForm()).getByRole('option', { name: /Baraka Mushi/ })
    expect(baraka()).toHaveTextContent('window closed')

    await user.click(within(mockPanel()).getByRole('button', { name: 'The customer writes first' }))
    await waitFor(() => expect(notice()).toHaveTextContent('the 24-hour window is open, so you can send now.'))
    // The panel's "you can send now" and the form agree, with nothing sent yet.
    await waitFor(() => expect(windowNote()).toHaveAttribute('data-window', 'open'))
    await waitFor(() => expect(baraka()).toHaveTextContent('open until'))

    await user.click(within(mockPanel()).getByRole('button', { name: 'Reset the mock' }))
    await waitFor(() => expect(notice()).toHaveTextContent('The mock is back to its fixtures.'))
    await waitFor(() => expect(windowNote()).toHaveAttribute('data-window', 'closed'))
    await waitFor(() => expect(baraka()).toHaveTextContent('window closed'))
  })

  it('"the customer wrote" goes away when the number changes, and "write first" needs a valid number', async () => {
    renderApp()
    const user = userEvent.setup()
    await user.click(within(mockPanel()).getByRole('button', { name: 'The customer writes first' }))
    await waitFor(() => expect(notice()).toHaveTextContent('The customer (+255712345678) wrote'))
    await typeNumber('0713 000 002')
    expect(notice()).toHaveTextContent('')
    await typeNumber('12')
    expect(within(mockPanel()).getByRole('button', { name: 'The customer writes first' })).toBeDisabled()
    expect(within(mockPanel()).getByText("Type a valid number in “Customer's WhatsApp number” first.")).toBeVisible()
  })

  it('a scenario changes how the mock answers; its notice re-translates, and a reset clears it', async () => {
    renderApp()
    const user = userEvent.setup()
    await user.selectOptions(
      within(mockPanel()).getByRole('combobox', { name: 'How the mock answers' }),
      'rate-limited',
    )
    await waitFor(() => expect(notice()).toHaveTextContent('The mock now answers as: Too many messages at once (429).'))
    await user.click(within(sendForm()).getByRole('button', { name: 'Send' }))
    const failure = await within(sendForm()).findByRole('region', { name: 'Not sent' })
    expect(failure).toHaveAttribute('data-code', 'RATE_LIMITED')

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'sw')
    const panel = screen.getByRole('region', { name: 'Mfumo wa majaribio' })
    expect(within(panel).getByRole('status')).toHaveTextContent(
      'Sasa mfumo wa majaribio unajibu hivi: Jumbe nyingi mno kwa wakati mmoja (429).',
    )
    await user.click(within(panel).getByRole('button', { name: 'Rudisha mfumo wa majaribio' }))
    await waitFor(() =>
      expect(within(panel).getByRole('status')).toHaveTextContent('Mfumo wa majaribio umerudi mwanzo.'),
    )
    expect(within(panel).getByRole('combobox', { name: 'Jinsi mfumo wa majaribio unavyojibu' })).toHaveValue('happy')
    expect(mock.scenario).toBe('happy')
  })

  it('a failure goes once its scenario is gone: switching back, or resetting the mock; the draft stays', async () => {
    const { unmount } = renderApp()
    const user = userEvent.setup()
    const body = (screen.getByRole('textbox', { name: 'Body text' }) as HTMLTextAreaElement).value
    const scenario = () => within(mockPanel()).getByRole('combobox', { name: 'How the mock answers' })
    const notSent = () => within(sendForm()).queryByRole('region', { name: 'Not sent' })
    await user.selectOptions(scenario(), 'rate-limited')
    await waitFor(() => expect(notice()).toHaveTextContent('Too many messages at once (429)'))
    await user.click(within(sendForm()).getByRole('button', { name: 'Send' }))
    expect(await within(sendForm()).findByRole('region', { name: 'Not sent' })).toHaveAttribute(
      'data-code',
      'RATE_LIMITED',
    )
    await user.selectOptions(scenario(), 'happy')
    await waitFor(() => expect(notice()).toHaveTextContent('The mock now answers as: Everything works.'))
    expect(notSent()).toBeNull()
    expect(within(sendForm()).queryByText(/Too many messages at once/)).toBeNull()

    // The same with a reset, from a server error this time, on a new page.
    unmount()
    renderApp()
    await user.selectOptions(scenario(), 'server-error')
    await waitFor(() => expect(notice()).toHaveTextContent('Server error (500)'))
    await user.click(within(sendForm()).getByRole('button', { name: 'Send' }))
    // Briq may have passed the message on before failing: not confirmed, rather than not sent.
    await within(sendForm()).findByRole('region', { name: 'Not confirmed' })
    await user.click(within(mockPanel()).getByRole('button', { name: 'Reset the mock' }))
    await waitFor(() => expect(notice()).toHaveTextContent('The mock is back to its fixtures.'))
    expect(within(sendForm()).queryByRole('region', { name: 'Not confirmed' })).toBeNull()
    expect(screen.getByRole('textbox', { name: 'Body text' })).toHaveValue(body)
    expect(recipient()).toHaveValue('0712 345 678')
  })

  it('"Briq unavailable" switched back to "Everything works" lifts its Retry-After hold: Send sends at once', async () => {
    renderApp()
    const user = userEvent.setup()
    const scenario = () => within(mockPanel()).getByRole('combobox', { name: 'How the mock answers' })
    const send = () => within(sendForm()).getByRole('button', { name: 'Send' })
    await user.selectOptions(scenario(), 'unavailable')
    await user.click(send())
    expect(await within(sendForm()).findByRole('region', { name: 'Not sent' })).toHaveTextContent(
      'Briq had a problem on its side (HTTP 503). Try again in 2 seconds;',
    )
    expect(send()).toHaveAccessibleDescription(/^Sending is on hold for another/)
    await user.selectOptions(scenario(), 'happy')
    await waitFor(() => expect(notice()).toHaveTextContent('The mock now answers as: Everything works.'))
    expect(within(sendForm()).queryByRole('region', { name: 'Not sent' })).toBeNull()
    // Was "Sending is on hold for another 1 second" after the scenario it came from had gone.
    expect(send()).not.toHaveAccessibleDescription(/on hold/)
    await user.click(send())
    await within(sendForm()).findByRole('region', { name: 'Message sent' })
  })

  it('a failure goes when "Send to" changes, so it never contradicts the window hint', async () => {
    renderApp()
    const user = await typeNumber('0713 000 001')
    await user.click(within(sendForm()).getByRole('button', { name: 'Send' }))
    expect(await within(sendForm()).findByRole('region', { name: 'Not sent' })).toHaveAttribute(
      'data-code',
      'WINDOW_CLOSED',
    )
    const sendTo = within(sendForm()).getByRole('combobox', { name: 'Send to' })
    await waitFor(() => expect(within(sendTo).getAllByRole('option').length).toBeGreaterThan(1))
    await user.selectOptions(sendTo, FIXTURE_IDS.openConversation)
    await waitFor(() => expect(windowNote()).toHaveAttribute('data-window', 'open'))
    expect(within(sendForm()).queryByRole('region', { name: 'Not sent' })).toBeNull()
  })

  it('a failure goes when the customer opens the window that caused it', async () => {
    renderApp()
    const user = await typeNumber('0713 000 001')
    await user.click(within(sendForm()).getByRole('button', { name: 'Send' }))
    await within(sendForm()).findByRole('region', { name: 'Not sent' })
    await user.click(within(mockPanel()).getByRole('button', { name: 'The customer writes first' }))
    await waitFor(() => expect(notice()).toHaveTextContent('the 24-hour window is open'))
    expect(within(sendForm()).queryByRole('region', { name: 'Not sent' })).toBeNull()
  })

  it('a server error keeps everything typed and says to check before sending again', async () => {
    mock.setScenario('server-error')
    renderApp()
    await userEvent.setup().click(within(sendForm()).getByRole('button', { name: 'Send' }))
    const failure = await within(sendForm()).findByRole('region', { name: 'Not confirmed' })
    expect(failure).toHaveTextContent('may have been sent. Check the conversation before sending it again')
    expect(failure).toHaveAttribute('data-code', 'INTERNAL_ERROR')
    expect(failure.textContent).toMatch(/Request id\S+/)
    expect(recipient()).toHaveValue('0712 345 678')
  })
})
