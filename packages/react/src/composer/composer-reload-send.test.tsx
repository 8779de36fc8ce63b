import type { Interactive } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'
import { InteractiveComposer } from './interactive-composer.tsx'

afterEach(() => localStorage.clear())

// A reload: the page's client and its send memory are new, and persistKey brings the draft back.
function page(persistKey: string) {
  const { client, sends } = createMockClient()
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
  return { sends, unmount: view.unmount }
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
})
