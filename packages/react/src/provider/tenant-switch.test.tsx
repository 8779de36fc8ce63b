import { render, screen, waitFor } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { StrictMode } from 'react'
import { describe, expect, it } from 'vitest'
import { createTwoTenants } from './testing/two-tenants.tsx'

const SEND_PATH = '/api/briq/v1/whatsapp/messages/interactive'
const ids = (messages: { id: string }[]) => messages.map((message) => message.id)

describe('BriqProvider follows a tenant switch (jsdom, over the mock)', () => {
  it('sends the next request to the new endpoint; a send under way finishes with its own client', async () => {
    const tenants = createTwoTenants()
    const user = userEvent.setup()
    const view = render(<StrictMode>{tenants.app(tenants.endpoints.a)}</StrictMode>)
    const status = () => screen.getByTestId('send-status')

    const release = tenants.holdNextSend()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(status()).toHaveTextContent('Sending…')

    view.rerender(<StrictMode>{tenants.app(tenants.endpoints.b)}</StrictMode>)
    // The composer starts fresh for the new tenant; the old send is neither cancelled nor moved.
    expect(status()).toHaveTextContent('idle')
    release()
    await waitFor(() => expect(tenants.sent).toHaveLength(1))
    expect(ids(tenants.mocks.a.state().messages)).toContain(tenants.sent[0])

    await user.click(screen.getByRole('button', { name: 'Send' }))
    await waitFor(() => expect(status()).toHaveTextContent('success'))
    expect(tenants.sent).toHaveLength(2)
    expect(ids(tenants.mocks.b.state().messages)).toContain(tenants.sent[1])
    expect(ids(tenants.mocks.a.state().messages)).not.toContain(tenants.sent[1])
    expect(tenants.requests.filter((line) => line.startsWith('POST'))).toEqual([
      `POST a.test${SEND_PATH}`,
      `POST b.test${SEND_PATH}`,
    ])
    // The new message's status is polled at the new tenant only.
    await waitFor(() => expect(tenants.requests.some((line) => line.startsWith('GET b.test'))).toBe(true))
    expect(tenants.requests.some((line) => line.startsWith('GET a.test'))).toBe(false)
  })
})
