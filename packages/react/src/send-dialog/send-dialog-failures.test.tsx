import { type BriqClient, BriqError, MOCK_STOPPING } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { DEFAULT_API_KEY, FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import type { Locale } from '../i18n/messages.ts'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { createMockClient } from './testing/mock-client.ts'
import { startMockServer } from './testing/mock-server.ts'

const { mock, server } = startMockServer('react-send-dialog-failures')
const SEND = '*/v1/whatsapp/messages/interactive'

let sends = 0
const countingFetch = (url: string, init: RequestInit) => {
  if (init.method === 'POST') sends++
  return fetch(url, init)
}

async function sendWith(locale: Locale = 'en') {
  sends = 0
  render(
    <BriqProvider endpoint="http://localhost/api/briq" headers={{ 'X-API-Key': DEFAULT_API_KEY }} fetch={countingFetch}>
      <SendInteractiveDialog
        interactive={FEEDBACK_INTERACTIVE}
        defaultOpen
        defaultTo={FIXTURE_PHONES.open}
        locale={locale}
      />
    </BriqProvider>,
  )
  const user = userEvent.setup()
  await user.click(screen.getByRole('button', { name: locale === 'en' ? 'Send' : 'Tuma' }))
  return user
}

/** The dialog with a client of its own (no provider), Send pressed. */
async function sendThrough(client: BriqClient, locale: Locale) {
  render(
    <SendInteractiveDialog
      client={client}
      interactive={FEEDBACK_INTERACTIVE}
      defaultOpen
      defaultTo={FIXTURE_PHONES.open}
      locale={locale}
    />,
  )
  await userEvent.setup().click(screen.getByRole('button', { name: locale === 'en' ? 'Send' : 'Tuma' }))
}

describe('a failed send says what happened, with its HTTP status, and announces it', () => {
  it('a 202 whose body cannot be read is not called "Not sent": Briq accepted something', async () => {
    server.use(
      http.post(SEND, async ({ request }) => {
        await mock.handle(request) // it reached Briq
        return new HttpResponse('{"success":true,"data":{"message_id":', {
          status: 202,
          headers: { 'content-type': 'application/json' },
        })
      }),
    )
    await sendWith()
    const failure = await screen.findByRole('region', { name: 'Not confirmed' })
    expect(screen.queryByRole('region', { name: 'Not sent' })).toBeNull()
    expect(failure).toHaveTextContent(
      "An answer came (HTTP 202) that could not be read as Briq's, so the message may have been sent.",
    )
    expect(screen.getByRole('status').textContent).toMatch(/^Not confirmed: an answer came \(HTTP 202\)/)
  })

  it("a gateway's error page is not called Briq's problem, in English and Swahili", async () => {
    const page = (status: number) =>
      http.post(SEND, () => new HttpResponse('<html><body>Bad gateway</body></html>', { status }))
    server.use(page(502))
    await sendWith()
    const failure = await screen.findByRole('region', { name: 'Not confirmed' })
    expect(failure).toHaveTextContent(
      'A server on the way to Briq got no valid answer from the server behind it (HTTP 502), so the message may have been sent.',
    )
    expect(failure.textContent).not.toMatch(/Briq had a problem/)
    cleanup()
    await sendWith('sw')
    expect(await screen.findByRole('region', { name: 'Haijathibitishwa' })).toHaveTextContent(
      'Seva iliyo njiani kuelekea Briq haikupata jibu halali kutoka kwa seva iliyo nyuma yake (HTTP 502), kwa hiyo huenda ujumbe umetumwa.',
    )
    cleanup()
    // A firewall's 403 page: not sent, and not the API key.
    server.use(page(403))
    await sendWith()
    const refused = await screen.findByRole('region', { name: 'Not sent' })
    expect(refused).toHaveTextContent('A server on the way to Briq refused the request (HTTP 403), not Briq')
    expect(refused.textContent).not.toMatch(/API key/)
    cleanup()
    // A captive portal (hotel or airport Wi-Fi): not sent, and the way out is signing in to the network.
    server.use(page(511))
    await sendWith()
    expect(await screen.findByRole('region', { name: 'Not sent' })).toHaveTextContent(
      'The network you are on (such as hotel or airport Wi-Fi) wants you to sign in first (HTTP 511), so the message was not sent. Open any web page to sign in to the network, then send it again.',
    )
  })
  it('a lost answer (network failure) is "Not confirmed" too, in Swahili "Haijathibitishwa"', async () => {
    server.use(http.post(SEND, () => HttpResponse.error()))
    await sendWith('sw')
    expect(await screen.findByRole('region', { name: 'Haijathibitishwa' })).toHaveTextContent(
      'Huenda ujumbe huu umeshatumwa',
    )
    expect(screen.getByRole('status').textContent).toMatch(/^Haijathibitishwa: seva haikuweza kufikiwa/)
  })

  it("a refusal core has no words for gives its status, and Briq's own words are announced (in English)", async () => {
    server.use(
      http.post(SEND, () =>
        HttpResponse.json(
          {
            success: false,
            data: null,
            errors: [{ code: 'INVALID_PHONE', message: 'Phone number is not on WhatsApp', field: 'to' }],
            request_id: 'req-1',
          },
          { status: 400 },
        ),
      ),
    )
    await sendWith('sw')
    const failure = await screen.findByRole('region', { name: 'Ujumbe haujatumwa' })
    expect(failure).toHaveTextContent('Briq imeukataa ujumbe (HTTP 400).')
    const live = screen.getByRole('status')
    expect(live).toHaveTextContent(
      'Ujumbe haujatumwa: Briq imeukataa ujumbe (HTTP 400). Namba ya mpokeaji (to): Phone number is not on WhatsApp',
    )
    expect(live.querySelector('[lang="en"]')).toHaveTextContent('Phone number is not on WhatsApp')
  })
  it('a refusal with no status (a host client\'s own) reads "Not sent" once, in English and Swahili', async () => {
    const { client: mockClient } = createMockClient()
    const client: BriqClient = {
      ...mockClient,
      sendInteractive: () => Promise.reject(new BriqError({ kind: 'http', message: 'refused' })),
    }
    for (const [locale, name, said] of [
      ['en', 'Not sent', 'Not sent: the send failed.'],
      ['sw', 'Ujumbe haujatumwa', 'Ujumbe haujatumwa: kutuma kumeshindikana.'],
    ] as const) {
      await sendThrough(client, locale)
      await screen.findByRole('region', { name })
      expect(screen.getByRole('status').textContent).toBe(said)
      cleanup()
    }
  })
  it("Briq's 422 for a rule core does not check names the field Briq's words are about, in the dialog's language", async () => {
    // Briq's validation errors are FastAPI's: what is wrong, with where only in `loc`.
    server.use(
      http.post(SEND, () =>
        HttpResponse.json(
          {
            detail: [
              {
                loc: ['body', 'interactive', 'body', 'text'],
                msg: 'String should have at most 1024 characters',
                type: 'string_too_long',
              },
            ],
          },
          { status: 422 },
        ),
      ),
    )
    for (const [locale, title, field] of [
      ['en', 'Not sent', 'Body text'],
      ['sw', 'Ujumbe haujatumwa', 'Maandishi ya ujumbe'],
    ] as const) {
      await sendWith(locale)
      const failure = await screen.findByRole('region', { name: title })
      expect(failure).toHaveTextContent(`${field}: String should have at most 1024 characters`)
      // The field in the dialog's language, Briq's words marked as the English they are.
      expect(failure.querySelector('[lang="en"]')?.textContent).toBe('String should have at most 1024 characters')
      expect(screen.getByRole('status')).toHaveTextContent(`${field}: String should have at most 1024 characters`)
      cleanup()
    }
  })
  it("Send again before a 429's Retry-After has passed sends nothing and says to wait", async () => {
    mock.setFaults({ status: 429, retryAfterSeconds: 30 })
    const user = await sendWith()
    expect(await screen.findByRole('region', { name: 'Not sent' })).toHaveTextContent('Try again in 30 seconds.')
    mock.setFaults({})
    const firstWords = screen.getByRole('status').firstElementChild
    await user.click(screen.getByRole('button', { name: 'Send' }))
    // Held by the kit, not answered by Briq: no request id this time.
    await waitFor(() => expect(screen.getByRole('region', { name: 'Not sent' })).not.toHaveTextContent('Request id'))
    expect(screen.getByRole('region', { name: 'Not sent' })).toHaveAttribute('data-code', 'RATE_LIMITED')
    expect(screen.getByRole('status').textContent).toMatch(
      /^Not sent: too many messages at once\. Try again in \d+ seconds\.$/,
    )
    // New words for the new try, even when they read the same, so a screen reader says them again.
    const secondWords = screen.getByRole('status').firstElementChild
    expect(secondWords).not.toBeNull()
    expect(secondWords).not.toBe(firstWords)
    expect(sends).toBe(1)
  })
  it('after a 429 Send says, before a press, that sending is held and for how long, until the hold ends', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      mock.setFaults({ status: 429, retryAfterSeconds: 30 })
      const user = await sendWith()
      await screen.findByRole('region', { name: 'Not sent' })
      mock.setFaults({})
      const send = screen.getByRole('button', { name: 'Send' })
      const note = /^Sending is on hold for another (30|29) seconds: Briq asked to wait \(too many messages at once\)\./
      expect(screen.getByText(new RegExp(`${note.source}$`))).toBeInTheDocument()
      expect(send).toHaveAccessibleDescription(note)
      // Not disabled: it keeps focus, and a press says the time left.
      expect(send).not.toBeDisabled()
      vi.setSystemTime(Date.now() + 20_000)
      await waitFor(() => expect(send).toHaveAccessibleDescription(/^Sending is on hold for another (10|9) seconds/), {
        timeout: 3000,
      })
      vi.setSystemTime(Date.now() + 10_000)
      await waitFor(() => expect(screen.queryByText(/on hold/)).toBeNull(), { timeout: 3000 })
      expect(send).not.toHaveAccessibleDescription(/on hold/)
      await user.click(send)
      await screen.findByRole('region', { name: 'Message sent' })
      expect(sends).toBe(2)
    } finally {
      vi.useRealTimers()
    }
  })
  it('a Retry-After past a minute is said as it is, in the failure and beside Send, in English and Swahili', async () => {
    mock.setFaults({ status: 429, retryAfterSeconds: 3_700 })
    await sendWith()
    expect(await screen.findByRole('region', { name: 'Not sent' })).toHaveTextContent(
      'Too many messages at once. Try again in 1 hour 2 minutes.',
    )
    expect(screen.getByRole('button', { name: 'Send' })).toHaveAccessibleDescription(
      /^Sending is on hold for another 1 hour 2 minutes: Briq asked to wait \(too many messages at once\)\./,
    )
    cleanup()
    mock.setFaults({ status: 429, retryAfterSeconds: 300 })
    await sendWith('sw')
    expect(await screen.findByRole('region', { name: 'Ujumbe haujatumwa' })).toHaveTextContent(
      'Jumbe nyingi mno kwa wakati mmoja. Jaribu tena baada ya dakika 5.',
    )
    expect(screen.getByRole('button', { name: 'Tuma' })).toHaveAccessibleDescription(
      /^Kutuma kumesimamishwa kwa dakika 5 zaidi: Briq imeomba kusubiri \(jumbe nyingi mno kwa wakati mmoja\)\./,
    )
  })
  it("a gateway's 429 page (no Briq error details) holds Send too; its failure and the note both name the gateway, not Briq", async () => {
    server.use(
      http.post(
        SEND,
        () =>
          new HttpResponse('<html><body>Too Many Requests</body></html>', {
            status: 429,
            headers: { 'content-type': 'text/html', 'retry-after': '120' },
          }),
      ),
    )
    await sendWith()
    expect(await screen.findByRole('region', { name: 'Not sent' })).toHaveTextContent(
      'A server on the way to Briq got too many requests at once (HTTP 429), not Briq, so the message was not sent. Try again in 2 minutes.',
    )
    expect(screen.getByRole('button', { name: 'Send' })).toHaveAccessibleDescription(
      /^Sending is on hold for another 2 minutes: a server on the way to Briq asked to wait \(too many requests at once\)\./,
    )
    cleanup()
    await sendWith('sw')
    expect(await screen.findByRole('region', { name: 'Ujumbe haujatumwa' })).toHaveTextContent(
      'Seva iliyo njiani kuelekea Briq imepokea maombi mengi mno kwa wakati mmoja (HTTP 429), si Briq, kwa hiyo ujumbe haukutumwa. Jaribu tena baada ya dakika 2.',
    )
    expect(screen.getByRole('button', { name: 'Tuma' })).toHaveAccessibleDescription(
      /^Kutuma kumesimamishwa kwa dakika 2 zaidi: seva iliyo njiani kuelekea Briq imeomba kusubiri \(maombi mengi mno kwa wakati mmoja\)\./,
    )
  })
  it('a Retry-After past a day (a setting gone wrong) holds nothing: no "8760 hours", and Send sends again', async () => {
    mock.setFaults({ status: 429, retryAfterSeconds: 31_536_000 })
    const user = await sendWith()
    expect(await screen.findByRole('region', { name: 'Not sent' })).toHaveTextContent(
      'Too many messages at once. Briq asked to wait more than a day before sending again, which is most likely a setting gone wrong, so sending is not put on hold: try again in a few minutes, and if it is refused again, tell whoever set up this page.',
    )
    const send = screen.getByRole('button', { name: 'Send' })
    expect(send).not.toHaveAccessibleDescription(/on hold for/)
    expect(screen.queryByText(/8760/)).toBeNull()
    mock.setFaults({})
    await user.click(send)
    await screen.findByRole('region', { name: 'Message sent' })
    expect(sends).toBe(2)
  })
  it('the hold beside Send is in Swahili, and says when Briq was unavailable (503)', async () => {
    mock.setFaults({ status: 503, retryAfterSeconds: 30 })
    await sendWith('sw')
    await screen.findByRole('region', { name: 'Ujumbe haujatumwa' })
    expect(screen.getByRole('button', { name: 'Tuma' })).toHaveAccessibleDescription(
      /^Kutuma kumesimamishwa kwa sekunde (30|29) zaidi: Briq imeomba kusubiri \(imepata hitilafu upande wake\)\./,
    )
  })
  it("the mock's unavailable scenario (503, Retry-After: 2) says when to try again, in English and Swahili", async () => {
    mock.setScenario('unavailable')
    await sendWith()
    const failure = await screen.findByRole('region', { name: 'Not sent' })
    expect(failure).toHaveTextContent('Briq had a problem on its side (HTTP 503). Try again in 2 seconds;')
    expect(failure).toHaveAttribute('data-code', 'SERVICE_UNAVAILABLE')
    cleanup()
    await sendWith('sw')
    expect(await screen.findByRole('region', { name: 'Ujumbe haujatumwa' })).toHaveTextContent(
      'Briq imepata hitilafu upande wake (HTTP 503). Jaribu tena baada ya sekunde 2;',
    )
  })
  it("the mock stopping (503 MOCK_STOPPING) is said as the mock's, not Briq's: not sent, nothing held", async () => {
    let stopping = true
    // briq-mock's answer while it stops (Ctrl-C): its own code, nothing handled; then it runs again.
    server.use(
      http.post(SEND, () =>
        stopping
          ? HttpResponse.json(
              {
                success: false,
                data: null,
                errors: [{ code: MOCK_STOPPING, message: 'The mock is stopping (Ctrl-C or SIGTERM)', field: null }],
                request_id: 'req-stop',
              },
              { status: 503 },
            )
          : undefined,
      ),
    )
    const user = await sendWith()
    const failure = await screen.findByRole('region', { name: 'Not sent' })
    expect(failure).toHaveTextContent(
      'The mock server is stopping (HTTP 503) and did not handle the request, so the message was not sent and nothing changed. Send it again once the mock runs again.',
    )
    expect(failure).not.toHaveTextContent('Briq had a problem')
    expect(failure).toHaveAttribute('data-code', MOCK_STOPPING)
    expect(screen.getByRole('status').textContent).toMatch(
      /^Not sent: the mock server is stopping \(HTTP 503\) and did not handle the request/,
    )
    // Neither held as maybe sent nor put on hold: once the mock runs, Send sends it.
    expect(within(failure).queryByRole('button', { name: 'Send again' })).toBeNull()
    const send = screen.getByRole('button', { name: 'Send' })
    expect(send).not.toHaveAccessibleDescription(/on hold/)
    stopping = false
    await user.click(send)
    await screen.findByRole('region', { name: 'Message sent' })
    expect(sends).toBe(2)
    cleanup()
    stopping = true
    await sendWith('sw')
    expect(await screen.findByRole('region', { name: 'Ujumbe haujatumwa' })).toHaveTextContent(
      'Seva ya majaribio (mock) inazimwa (HTTP 503) na haikulishughulikia ombi, kwa hiyo ujumbe haukutumwa na hakuna kilichobadilika. Uutume tena seva ya majaribio ikishawashwa tena.',
    )
    // A host's third language without this sentence: core's English, marked as English.
    cleanup()
    render(
      <BriqProvider endpoint="http://localhost/api/briq" headers={{ 'X-API-Key': DEFAULT_API_KEY }}>
        <SendInteractiveDialog
          interactive={FEEDBACK_INTERACTIVE}
          defaultOpen
          defaultTo={FIXTURE_PHONES.open}
          locale="fr"
          messages={{ 'sendDialog.failed.title': 'Non envoyé' }}
          coreMessages={{ sendFailure: { window_closed: () => 'Envoyez un modèle.' } }}
        />
      </BriqProvider>,
    )
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send' }))
    const french = await screen.findByRole('region', { name: 'Non envoyé' })
    expect(within(french).getByText(/^The mock server is stopping/)).toHaveAttribute('lang', 'en')
  })
  it("the network-error scenario through the mock's handle (Storybook's client) reads as through a worker", async () => {
    // No answer to a send: the server was not reached or its answer lost, so the message may have gone.
    for (const [locale, notSent, words] of [
      [
        'en',
        'Not confirmed',
        "The server could not be reached, the connection broke before its answer came, or the browser blocked its answer (a server that does not allow this page's address), so the message may have been sent.",
      ],
      [
        'sw',
        'Haijathibitishwa',
        'Seva haikuweza kufikiwa, muunganisho ulikatika kabla jibu lake halijaja, au kivinjari kimezuia jibu lake (seva isiyoruhusu anwani ya ukurasa huu), kwa hiyo huenda ujumbe umetumwa.',
      ],
    ] as const) {
      const inProcess = createMockClient()
      inProcess.mock.setScenario('network-error')
      await sendThrough(inProcess.client, locale)
      const failure = await screen.findByRole('region', { name: notSent })
      expect(failure).toHaveTextContent(words)
      expect(failure).not.toHaveTextContent('HTTP 0')
      cleanup()
    }
  })
  it("Send pressed again after Briq's 500 is held, and the 500's request id stays for support", async () => {
    mock.setScenario('server-error')
    const user = await sendWith()
    const failure = await screen.findByRole('region', { name: 'Not confirmed' })
    expect(failure).toHaveTextContent('give Briq customer support the request id')
    const requestId = within(failure).getByText('Request id').nextElementSibling?.textContent
    expect(requestId).toMatch(/\S/)
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Not confirmed' })).toHaveAttribute('data-code', 'MAYBE_SENT'),
    )
    const held = screen.getByRole('region', { name: 'Not confirmed' })
    expect(held).toHaveTextContent(
      'An earlier try of this exact message may have reached the customer (Briq did not confirm it)',
    )
    expect(held).toHaveTextContent(`Request id${requestId}`)
    expect(sends).toBe(1)
  })
  it("Send again before a 503's Retry-After has passed sends nothing and says when Briq is back", async () => {
    mock.setFaults({ status: 503, retryAfterSeconds: 30 })
    const user = await sendWith()
    expect(await screen.findByRole('region', { name: 'Not sent' })).toHaveTextContent('Try again in 30 seconds;')
    mock.setFaults({})
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await waitFor(() => expect(screen.getByRole('region', { name: 'Not sent' })).not.toHaveTextContent('Request id'))
    expect(screen.getByRole('region', { name: 'Not sent' })).toHaveAttribute('data-code', 'SERVICE_UNAVAILABLE')
    expect(screen.getByRole('status').textContent).toMatch(
      /^Not sent: Briq had a problem on its side\. Try again in \d+ seconds\.$/,
    )
    expect(sends).toBe(1)
  })
  it("a change of refreshKeys (the server changed: another scenario) lifts a 503's Retry-After hold", async () => {
    mock.setFaults({ status: 503, retryAfterSeconds: 30 })
    sends = 0
    const dialog = (scenario: string) => (
      <BriqProvider
        endpoint="http://localhost/api/briq"
        headers={{ 'X-API-Key': DEFAULT_API_KEY }}
        fetch={countingFetch}
      >
        <SendInteractiveDialog
          interactive={FEEDBACK_INTERACTIVE}
          defaultOpen
          defaultTo={FIXTURE_PHONES.open}
          refreshKeys={[scenario]}
        />
      </BriqProvider>
    )
    const view = render(dialog('unavailable'))
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(await screen.findByRole('region', { name: 'Not sent' })).toHaveTextContent('Try again in 30 seconds;')
    expect(screen.getByRole('button', { name: 'Send' })).toHaveAccessibleDescription(/^Sending is on hold for another/)
    // The host switches the scenario back to "Everything works".
    mock.setFaults({})
    view.rerender(dialog('ok'))
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Not sent' })).toBeNull())
    const send = screen.getByRole('button', { name: 'Send' })
    expect(send).not.toHaveAccessibleDescription(/on hold/)
    await user.click(send)
    await screen.findByRole('region', { name: 'Message sent' })
    expect(sends).toBe(2)
  })
  it("a message WhatsApp refuses after Briq accepted it is announced with Meta's words", async () => {
    server.use(
      http.get('*/v1/whatsapp/messages/:id', async ({ request }) => {
        const answer = (await (await mock.handle(request)).json()) as { data: Record<string, unknown> }
        const data = { ...answer.data, status: 'failed', error_code: '131026', error_message: 'Message undeliverable' }
        return HttpResponse.json({ ...answer, data })
      }),
    )
    await sendWith()
    await screen.findByRole('region', { name: 'Message sent' })
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Status: Not delivered (failed while queued). WhatsApp refused it: Message undeliverable',
      ),
    )
    expect(screen.getByRole('status').querySelector('[lang="en"]')).toHaveTextContent('Message undeliverable')
  })

  /** Answers every status poll with the mock's own answer, changed by `data`. */
  const pollsAnswer = (data: Record<string, unknown>) =>
    server.use(
      http.get('*/v1/whatsapp/messages/:id', async ({ request }) => {
        const answer = (await (await mock.handle(request)).json()) as { data: Record<string, unknown> }
        return HttpResponse.json({ ...answer, data: { ...answer.data, ...data } })
      }),
    )
  const steps = () =>
    Array.from(screen.getByRole('list', { name: 'Delivery progress' }).children, (step) => [
      step.textContent,
      step.getAttribute('data-state'),
    ])

  it('a failed message keeps the steps it took done: queued, and sent once the provider had it', async () => {
    pollsAnswer({ status: 'failed', provider_message_id: null })
    await sendWith()
    // Said, not only drawn: how far it got, in the live region and the status field.
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Status: Not delivered (failed while queued)'),
    )
    expect(screen.getByRole('region', { name: 'Message sent' })).toHaveTextContent(
      'StatusNot delivered (failed while queued)',
    )
    expect(steps()).toEqual([
      ['Queued', 'done'],
      ['Sent', 'todo'],
      ['Delivered', 'todo'],
      ['Read', 'todo'],
    ])
    expect(screen.getByRole('list', { name: 'Delivery progress' }).querySelector('[aria-current]')).toBeNull()
    expect(screen.getByRole('list', { name: 'Delivery progress' })).toHaveAccessibleDescription(
      'Not delivered (failed while queued)',
    )
    cleanup()
    server.resetHandlers()
    pollsAnswer({ status: 'failed', provider_message_id: 'wamid.A1' })
    await sendWith()
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Status: Not delivered (sent, then failed)'),
    )
    expect(steps().map(([, state]) => state)).toEqual(['done', 'done', 'todo', 'todo'])
  })

  it('says in Swahili how far a failed message got', async () => {
    pollsAnswer({ status: 'failed', provider_message_id: 'wamid.A1' })
    await sendWith('sw')
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Hali: Haikuwasilishwa (ilitumwa, kisha ikashindikana)'),
    )
    expect(screen.getByRole('list')).toHaveAccessibleDescription('Haikuwasilishwa (ilitumwa, kisha ikashindikana)')
    cleanup()
    server.resetHandlers()
    pollsAnswer({ status: 'failed', provider_message_id: null })
    await sendWith('sw')
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Hali: Haikuwasilishwa (ilishindikana ikiwa kwenye foleni)'),
    )
  })

  it.each([
    ['en', '“accepted” (as Briq calls it)'],
    ['sw', '“accepted” (kama Briq inavyoiita)'],
  ] as const)(
    'a status Briq never documented is shown in its word (%s), not "Checking status…"',
    async (locale, said) => {
      // Briq's send answer names the status first; one it never documented is all there is to show.
      server.use(
        http.post(SEND, async ({ request }) => {
          const answer = (await (await mock.handle(request)).json()) as { data: Record<string, unknown> }
          return HttpResponse.json({ ...answer, data: { ...answer.data, status: 'accepted' } }, { status: 202 })
        }),
      )
      pollsAnswer({ status: 'accepted' })
      await sendWith(locale)
      await waitFor(() => expect(document.querySelector('.bi-send-dialog-delivery-label')).toHaveTextContent(said))
      cleanup()
      server.resetHandlers()
      pollsAnswer({ status: 'DELIVERED' })
      await sendWith(locale)
      const delivered = locale === 'en' ? 'Delivered' : 'Imewasilishwa'
      await waitFor(() => expect(document.querySelector('.bi-send-dialog-delivery-label')).toHaveTextContent(delivered))
    },
  )

  // Briq's word is English in a Swahili sentence: a screen reader reads it in English, as Briq's other words.
  it("an undocumented status's word is marked English, in the field and the live region", async () => {
    server.use(
      http.post(SEND, async ({ request }) => {
        const answer = (await (await mock.handle(request)).json()) as { data: Record<string, unknown> }
        return HttpResponse.json({ ...answer, data: { ...answer.data, status: 'accepted' } }, { status: 202 })
      }),
    )
    pollsAnswer({ status: 'accepted' })
    await sendWith('sw')
    const label = () => document.querySelector('.bi-send-dialog-delivery-label') as HTMLElement
    await waitFor(() => expect(label()).toHaveTextContent('“accepted” (kama Briq inavyoiita)'))
    expect(label().querySelector('[lang="en"]')?.textContent).toBe('accepted')
    expect(screen.getByRole('status')).toHaveTextContent('Hali: “accepted” (kama Briq inavyoiita)')
    expect(screen.getByRole('status').querySelector('[lang="en"]')?.textContent).toBe('accepted')
  })
})
