import { createBriqMock, DEFAULT_API_KEY } from '@briq-interactive/mock'
import { render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { App } from './readme-snippets/quick-start.tsx'

// The README's first example, as written (scripts/readme-snippets.test.ts keeps the file equal
// to it), run as a host runs it: the page posts to /api/briq, where a proxy adds the key and
// forwards to Briq, here the mock. It must do what the README says it does.
const mock = createBriqMock({ seed: 'react-readme-quick-start', clock: 'manual' })
const sent: string[] = []
const server = setupServer(
  http.all('*/api/briq/*', async ({ request }) => {
    const url = new URL(request.url)
    sent.push(`${request.method} ${url.pathname}`)
    const headers = new Headers(request.headers)
    headers.set('X-API-Key', DEFAULT_API_KEY)
    const body = request.method === 'GET' ? null : await request.text()
    const answer = await mock.handle(
      new Request(`https://karibu.briq.tz${url.pathname.slice('/api/briq'.length)}${url.search}`, {
        method: request.method,
        headers,
        body,
      }),
    )
    return new HttpResponse(answer.body, { status: answer.status, headers: answer.headers })
  }),
)
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())

describe("the react README's first example", () => {
  it('previews the draft in Swahili, sends it through /api/briq and shows its status', async () => {
    render(<App />)
    const preview = screen.getByRole('region', { name: /WhatsApp/ })
    expect(preview).toHaveTextContent('Karibu! Did this resolve your issue?')
    expect(preview).toHaveAttribute('lang', 'sw')
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send' }))
    expect(await screen.findByText(/^Status: /)).toBeInTheDocument()
    expect(sent[0]).toBe('POST /api/briq/v1/whatsapp/messages/interactive')
    const stored = mock.state().messages.find((message) => JSON.stringify(message.content).includes('Karibu!'))
    expect(stored).toMatchObject({ is_outbound: true, message_type: 'interactive', status: 'pending' })
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
