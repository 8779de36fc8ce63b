import { createMockServer } from '@briq-interactive/mock/node'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { APP_TEST_TIMEOUT_MS, recipient, renderApp, sendForm } from './test-support/render-app.tsx'

// A latency fault never ends here, so the timeout scenario is the client's own timeout.
const sleeps: number[] = []
const { server, mock } = createMockServer({
  clock: 'manual',
  seed: 'playground',
  sleep: (ms) => {
    sleeps.push(ms)
    return new Promise(() => {})
  },
})
const sendRequests: string[] = []
beforeAll(() => {
  server.listen({ onUnhandledFrame: 'error' })
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && request.url.endsWith('/v1/whatsapp/messages/interactive')) {
      sendRequests.push(request.url)
    }
  })
})
afterAll(() => server.close())
beforeEach(() => {
  localStorage.clear()
  sendRequests.length = 0
  sleeps.length = 0
})
afterEach(() => {
  server.resetHandlers()
  mock.reset()
})

const mockPanel = () => screen.getByRole('region', { name: 'The mock' })
const body = () => screen.getByRole('textbox', { name: 'Body text' }) as HTMLTextAreaElement

async function sendIn(scenario: string, label: string) {
  const user = userEvent.setup()
  await user.selectOptions(within(mockPanel()).getByRole('combobox', { name: 'How the mock answers' }), scenario)
  await waitFor(() =>
    expect(within(mockPanel()).getByRole('status')).toHaveTextContent(`The mock now answers as: ${label}.`),
  )
  const typed = body().value
  await user.click(within(sendForm()).getByRole('button', { name: 'Send' }))
  return { user, typed }
}

describe('the mock answering badly, from the picker', { timeout: APP_TEST_TIMEOUT_MS }, () => {
  it('no connection: the kit says the server was not reached or the answer lost; one request, the draft stays', async () => {
    renderApp()
    const { user, typed } = await sendIn('network-error', 'No connection (network error)')
    const failure = await within(sendForm()).findByRole('region', { name: 'Not confirmed' })
    // Not "try again": the retry would be held as maybe sent, and the title says not confirmed.
    expect(failure).toHaveTextContent(
      "The server could not be reached, the connection broke before its answer came, or the browser blocked its answer (a server that does not allow this page's address), so the message may have been sent. Check the connection and the conversation before sending it again.",
    )
    expect(failure).toHaveTextContent(
      'This message may already have been sent: sending it again could deliver it twice.',
    )
    expect(sendRequests).toHaveLength(1)
    // It may have gone: a second press does not send it again by accident.
    await user.click(within(sendForm()).getByRole('button', { name: 'Send' }))
    await waitFor(() =>
      expect(within(sendForm()).getByRole('region', { name: 'Not confirmed' })).toHaveAttribute(
        'data-code',
        'MAYBE_SENT',
      ),
    )
    expect(sendRequests).toHaveLength(1)
    expect(body()).toHaveValue(typed)
    expect(recipient()).toHaveValue('0712 345 678')
  })

  it('an HTML page instead of Briq’s JSON: the kit says so and that it may have gone', async () => {
    renderApp()
    const { typed } = await sendIn('invalid-response', 'An answer that is not Briq’s (invalid response)')
    const failure = await within(sendForm()).findByRole('region', { name: 'Not confirmed' })
    expect(failure).toHaveTextContent(
      "A web page came back (HTTP 200) instead of Briq's answer. This is most often a network that wants you to sign in first (such as hotel Wi-Fi) or a wrong address for sending (the proxy's URL), but that cannot be known for sure, so the message may have been sent.",
    )
    expect(sendRequests).toHaveLength(1)
    expect(body()).toHaveValue(typed)
  })

  it('Briq unavailable (503): the kit says Briq had a problem and when to try again', async () => {
    renderApp()
    const { typed } = await sendIn('unavailable', 'Briq unavailable (503)')
    const failure = await within(sendForm()).findByRole('region', { name: 'Not sent' })
    expect(failure).toHaveTextContent('Briq had a problem on its side (HTTP 503). Try again in 2 seconds;')
    expect(failure).toHaveAttribute('data-code', 'SERVICE_UNAVAILABLE')
    expect(sendRequests).toHaveLength(1)
    expect(body()).toHaveValue(typed)
  })

  it('no answer in time: the kit gives up after its timeout and says the message may have gone', async () => {
    renderApp({ timeoutMs: 300 })
    const { typed } = await sendIn('timeout', 'No answer in time (timeout)')
    const failure = await within(sendForm()).findByRole('region', { name: 'Not confirmed' })
    expect(failure).toHaveTextContent('No answer came in time, so the message may have been sent.')
    expect(failure).toHaveTextContent('This message may already have been sent')
    expect(sleeps).toEqual([35_000])
    expect(sendRequests).toHaveLength(1)
    expect(body()).toHaveValue(typed)
  })

  it('in Swahili: the picker names each bad answer, and the kit words the failure', async () => {
    renderApp({ locale: 'sw' })
    const user = userEvent.setup()
    const panel = screen.getByRole('region', { name: 'Mfumo wa majaribio' })
    const picker = within(panel).getByRole('combobox', { name: 'Jinsi mfumo wa majaribio unavyojibu' })
    expect(
      within(picker)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(
      expect.arrayContaining([
        'Briq haipatikani kwa sasa (503)',
        'Hakuna muunganisho (hitilafu ya mtandao)',
        'Hakuna jibu kwa wakati (muda umepita)',
        'Jibu lisilo la Briq (jibu batili)',
      ]),
    )
    await user.selectOptions(picker, 'network-error')
    await waitFor(() =>
      expect(within(panel).getByRole('status')).toHaveTextContent(
        'Sasa mfumo wa majaribio unajibu hivi: Hakuna muunganisho (hitilafu ya mtandao).',
      ),
    )
    await user.click(within(sendForm('Tuma ujumbe')).getByRole('button', { name: 'Tuma' }))
    const failure = await within(sendForm('Tuma ujumbe')).findByRole('region', { name: 'Haijathibitishwa' })
    expect(failure).toHaveTextContent(
      'Seva haikuweza kufikiwa, muunganisho ulikatika kabla jibu lake halijaja, au kivinjari kimezuia jibu lake (seva isiyoruhusu anwani ya ukurasa huu), kwa hiyo huenda ujumbe umetumwa.',
    )
  })
})
