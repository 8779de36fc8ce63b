import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { App } from './app.tsx'
import { APP_TEST_TIMEOUT_MS, preview, sendForm, startTestMock } from './test-support/render-app.tsx'

// msw/node's mock stands in for the proxy (it answers under any prefix).
const { server, mock } = startTestMock()
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())
beforeEach(() => localStorage.clear())
afterEach(() => mock.reset())

const renderProxy = () =>
  render(
    <App
      connection={{ mode: 'proxy', endpoint: 'http://proxy.test/api/briq', headers: { 'X-API-Key': 'mock-api-key' } }}
      pollIntervalMs={10}
    />,
  )

describe('the playground connected to a proxy', { timeout: APP_TEST_TIMEOUT_MS }, () => {
  it('says so, and hides the mock-only panel', () => {
    renderProxy()
    expect(screen.getByText(/send it through your proxy/)).toBeInTheDocument()
    expect(screen.getByText('Connected to http://proxy.test/api/briq.')).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'The mock' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'The customer writes first' })).toBeNull()
    expect(screen.queryByText(/pnpm mock/)).toBeNull()
  })

  it('a tap in the preview does not fake an answer; the real customer’s reply shows as a bubble and in words', async () => {
    renderProxy()
    const user = userEvent.setup()
    await user.click(within(sendForm()).getByRole('button', { name: 'Send' }))
    const sent = await within(sendForm()).findByRole('region', { name: 'Message sent' })
    await user.click(within(preview()).getByRole('button', { name: 'Kesho asubuhi' }))
    expect(preview().querySelector('.bi-bubble[data-direction="out"]')).toBeNull()
    const messageId = mock.state().messages.find((message) => message.is_outbound)?.id ?? ''
    act(() => {
      mock.simulateReply(messageId, 'deliver_today')
    })
    // The title inside is the message's own words, marked apart (lang="").
    await waitFor(() =>
      expect(sent.querySelector('.bi-send-dialog-reply')).toHaveTextContent('The customer replied: Leo jioni'),
    )
    await waitFor(() =>
      expect(preview().querySelector('.bi-bubble[data-direction="out"]')).toHaveTextContent('Leo jioni'),
    )
  })
})
