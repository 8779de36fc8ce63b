import { cleanup, render } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { createTwoTenants } from './testing/two-tenants.tsx'

afterEach(cleanup)

const SEND_PATH = '/api/briq/v1/whatsapp/messages/interactive'

describe('BriqProvider follows a tenant switch (Chromium)', () => {
  it('sends the next request to the new endpoint; a send under way finishes with its own client', async () => {
    const tenants = createTwoTenants()
    const view = render(<StrictMode>{tenants.app(tenants.endpoints.a)}</StrictMode>)
    const status = page.getByTestId('send-status')

    const release = tenants.holdNextSend()
    await userEvent.click(page.getByRole('button', { name: 'Send' }))
    await expect.element(status).toHaveTextContent('Sending…')

    view.rerender(<StrictMode>{tenants.app(tenants.endpoints.b)}</StrictMode>)
    await expect.element(status).toHaveTextContent('idle')
    release()
    await expect.poll(() => tenants.sent.length).toBe(1)
    expect(tenants.mocks.a.state().messages.map((message) => message.id)).toContain(tenants.sent[0])

    await userEvent.click(page.getByRole('button', { name: 'Send' }))
    await expect.element(status).toHaveTextContent('success')
    expect(tenants.mocks.b.state().messages.map((message) => message.id)).toContain(tenants.sent[1])
    expect(tenants.requests.filter((line) => line.startsWith('POST'))).toEqual([
      `POST a.test${SEND_PATH}`,
      `POST b.test${SEND_PATH}`,
    ])
  })
})
