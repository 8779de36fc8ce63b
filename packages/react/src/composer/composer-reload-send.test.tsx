import { forgetSends, type Interactive } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { act, render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'
import { InteractiveComposer } from './interactive-composer.tsx'

afterEach(() => localStorage.clear())

// A reload: the page's client and its send memory are new, and persistKey brings the draft back.
function page(persistKey: string) {
  const { client, sends, mock } = createMockClient()
  const view = render(
    <StrictMode>
      <InteractiveComposer
        client={client}
        sendMode="inline"
        persistKey={persistKey}
        defaultValue={FEEDBACK_INTERACTIVE as Interactive}
        defaultTo={FIXTURE_PHONES.open}
      />
    </StrictMode>,
  )
  return { client, sends, mock, unmount: view.unmount }
}

describe('the composer remembers its sends beside the draft it persists', () => {
  it('after a reload, the message sent just before asks "already sent" and is not sent again', async () => {
    const user = userEvent.setup()
    const before = page('crm:ticket-42')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Message sent' })
    expect(before.sends).toHaveLength(1)
    before.unmount()

    const after = page('crm:ticket-42')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(await screen.findByRole('region', { name: 'Not sent' })).toHaveAttribute('data-code', 'DUPLICATE_SEND')
    expect(after.sends).toHaveLength(0)
    // "Send again" still sends it on purpose.
    await user.click(screen.getByRole('button', { name: 'Send again' }))
    await screen.findByRole('region', { name: 'Message sent' })
    expect(after.sends).toHaveLength(1)
    after.unmount()

    // Another draft's key knows nothing of it.
    const elsewhere = page('crm:ticket-43')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Message sent' })
    expect(elsewhere.sends).toHaveLength(1)
  })

  // A server that forgot its messages (an in-page mock reset) and the page told with forgetSends:
  // the "already sent" on screen was about a message that server no longer knows.
  it('after forgetSends, the send step leaves "already sent" and sends the draft again', async () => {
    const user = userEvent.setup()
    const view = page('crm:ticket-44')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Message sent' })
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(await screen.findByRole('region', { name: 'Not sent' })).toHaveAttribute('data-code', 'DUPLICATE_SEND')

    view.mock.reset()
    act(() => forgetSends(view.client, { key: 'crm:ticket-44' }))
    expect(screen.queryByRole('region', { name: 'Not sent' })).toBeNull()
    expect(localStorage.getItem('crm:ticket-44:sent')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Message sent' })
    expect(view.sends).toHaveLength(2)
  })
})
