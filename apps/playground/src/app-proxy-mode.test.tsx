import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { App } from './app.tsx'
import { startTestMock } from './test-support/render-app.tsx'

// In proxy mode the page cannot act as the customer: the wording must not invite a tap.
// msw/node's mock stands in for the proxy (it answers under any prefix).
const { server } = startTestMock()
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())
beforeEach(() => localStorage.clear())

describe('the playground connected to a proxy', () => {
  it('says it sends through the proxy and waits for the customer instead of inviting a tap', async () => {
    render(
      <App
        connection={{ mode: 'proxy', endpoint: 'http://proxy.test/api/briq', headers: { 'X-API-Key': 'mock-api-key' } }}
        pollIntervalMs={10}
      />,
    )
    expect(screen.getByText(/send it through your proxy/)).toBeInTheDocument()
    expect(screen.queryByText(/offline, to the built-in mock/)).not.toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: /^Send/ }))
    const panel = await screen.findByTestId('message-id')
    const result = panel.closest('section') ?? document.body
    expect(await within(result as HTMLElement).findByText(/appears here when they tap a button/)).toBeInTheDocument()
    expect(within(result as HTMLElement).queryByText(/answer as the customer/)).not.toBeInTheDocument()
  })
})
