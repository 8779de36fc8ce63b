import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { App } from './app.tsx'
import { APP_TEST_TIMEOUT_MS, renderApp, sendForm, startTestMock } from './test-support/render-app.tsx'

const { server, mock } = startTestMock()
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())
beforeEach(() => localStorage.clear())
afterEach(() => mock.reset())

const outbound = () => mock.state().messages.filter((message) => message.is_outbound)
const body = () => screen.getByRole('textbox', { name: 'Body text' })
const send = () => userEvent.click(within(sendForm()).getByRole('button', { name: 'Send' }))

// Writes a draft of its own (kept under the playground's persistKey) and sends it. Pasted, not
// typed: each key re-renders the whole playground, a third of a second in jsdom on a loaded
// machine, and typing a sentence took most of a test's 30 s under load 30.
async function sendOwnDraft(text: string) {
  const user = userEvent.setup()
  await user.clear(body())
  await user.paste(text)
  expect(body()).toHaveValue(text)
  await send()
  await within(sendForm()).findByRole('region', { name: 'Message sent' })
}

// The in-page mock is made anew with every page and forgets everything on its reset: the draft
// the page brings back must send to it, not be refused as "already sent" about a message the
// mock answers it does not know.
describe('the in-page mock forgets its messages, and so does the page', { timeout: APP_TEST_TIMEOUT_MS }, () => {
  it('after a reload, the restored draft sends to the fresh mock', async () => {
    const first = renderApp()
    await sendOwnDraft('Oda yako iko tayari')
    expect(outbound()).toHaveLength(1)
    first.unmount()

    // The next page: the same storage, a new mock.
    mock.reset()
    renderApp()
    expect(body()).toHaveValue('Oda yako iko tayari')
    await send()
    await within(sendForm()).findByRole('region', { name: 'Message sent' })
    expect(within(sendForm()).queryByRole('region', { name: 'Not sent' })).toBeNull()
    expect(outbound()).toHaveLength(1)
  })

  it('after "Reset the mock", the same draft sends again', async () => {
    renderApp()
    await sendOwnDraft('Karibu tena')
    await send()
    expect(await within(sendForm()).findByRole('region', { name: 'Not sent' })).toHaveAttribute(
      'data-code',
      'DUPLICATE_SEND',
    )
    const mockPanel = screen.getByRole('region', { name: 'The mock' })
    await userEvent.click(within(mockPanel).getByRole('button', { name: 'Reset the mock' }))
    await within(mockPanel).findByText('The mock is back to its fixtures.')
    expect(within(sendForm()).queryByRole('region', { name: 'Not sent' })).toBeNull()
    expect(outbound()).toHaveLength(0)
    await send()
    await within(sendForm()).findByRole('region', { name: 'Message sent' })
    expect(outbound()).toHaveLength(1)
  })

  // A switched rule makes the provider's client anew; the page's mock still has the message.
  it('a validation switch forgets nothing: the mock still knows the message', async () => {
    renderApp()
    await sendOwnDraft('Karibu tena')
    const rules = screen.getByRole('region', { name: 'Validation rules' })
    await userEvent.click(within(rules).getByRole('checkbox', { name: /^List body up to 4096 characters/ }))
    await send()
    expect(await within(sendForm()).findByRole('region', { name: 'Not sent' })).toHaveAttribute(
      'data-code',
      'DUPLICATE_SEND',
    )
    expect(outbound()).toHaveLength(1)
  })

  // Two tabs, two mocks; the draft (and what was sent from it) is kept under one key for both.
  it('a send from another tab, to its own mock, is not "already sent" here', async () => {
    const here = renderApp()
    const there = renderApp()
    const formOf = (view: typeof here) => within(view.container).getByRole('form', { name: 'Send message' })
    await userEvent.click(within(formOf(there)).getByRole('button', { name: 'Send' }))
    await within(formOf(there)).findByRole('region', { name: 'Message sent' })
    // What the browser tells the other tabs of that write.
    const key = 'briq-playground:draft:sent'
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: localStorage.getItem(key) }))
    })
    await userEvent.click(within(formOf(here)).getByRole('button', { name: 'Send' }))
    await within(formOf(here)).findByRole('region', { name: 'Message sent' })
    expect(within(formOf(here)).queryByRole('region', { name: 'Not sent' })).toBeNull()
    expect(outbound()).toHaveLength(2)
  })

  it('nor is one sent there while this page waited in the back/forward cache (no storage event came)', async () => {
    const here = renderApp()
    const there = renderApp()
    const formOf = (view: typeof here) => within(view.container).getByRole('form', { name: 'Send message' })
    act(() => void window.dispatchEvent(Object.assign(new Event('pagehide'), { persisted: true })))
    await userEvent.click(within(formOf(there)).getByRole('button', { name: 'Send' }))
    await within(formOf(there)).findByRole('region', { name: 'Message sent' })
    act(() => void window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true })))
    await userEvent.click(within(formOf(here)).getByRole('button', { name: 'Send' }))
    await within(formOf(here)).findByRole('region', { name: 'Message sent' })
    expect(outbound()).toHaveLength(2)
  })

  // A proxy's server (a standalone briq-mock, or Briq) keeps its messages across page loads.
  it('through a proxy, a reload still asks "already sent"', async () => {
    const page = () =>
      render(
        <App
          connection={{
            mode: 'proxy',
            endpoint: 'http://proxy.test/api/briq',
            headers: { 'X-API-Key': 'mock-api-key' },
          }}
          pollIntervalMs={10}
        />,
      )
    const first = page()
    await sendOwnDraft('Oda yako iko tayari')
    first.unmount()
    page()
    await send()
    expect(await within(sendForm()).findByRole('region', { name: 'Not sent' })).toHaveAttribute(
      'data-code',
      'DUPLICATE_SEND',
    )
    await waitFor(() => expect(outbound()).toHaveLength(1))
  })
})
