import type { Interactive } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { StrictMode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { createHeldSendClient } from '../send-dialog/testing/mock-client.ts'
import { InteractiveComposer } from './interactive-composer.tsx'

// Two panels of one admin page (a ticket and its customer's sidebar), one provider: the same
// message to the same customer from both is one message.
describe('two composers on one page, one provider', () => {
  it('the same message to the same number, sent from both, goes once and both show it', async () => {
    const { client, sends, answer } = createHeldSendClient({ seed: 'two-composers' })
    const onSent = vi.fn()
    const composer = (label: string) => (
      <section aria-label={label}>
        <InteractiveComposer
          sendMode="inline"
          defaultValue={FEEDBACK_INTERACTIVE as Interactive}
          defaultTo={FIXTURE_PHONES.open}
          onSent={onSent}
        />
      </section>
    )
    render(
      <StrictMode>
        <BriqProvider client={client}>
          {composer('Ticket')}
          {composer('Sidebar')}
        </BriqProvider>
      </StrictMode>,
    )
    const user = userEvent.setup()
    const panel = (name: string) => within(screen.getByRole('region', { name }))
    await user.click(panel('Ticket').getByRole('button', { name: 'Send' }))
    await user.click(panel('Sidebar').getByRole('button', { name: 'Send' }))
    expect(sends).toHaveLength(1)
    answer()
    for (const name of ['Ticket', 'Sidebar']) {
      expect(await panel(name).findByRole('region', { name: 'Message sent' })).toBeInTheDocument()
    }
    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(1))
    expect(sends).toHaveLength(1)

    // Pressed again in either: the message was sent, so it asks first.
    await user.click(panel('Sidebar').getByRole('button', { name: 'Send' }))
    expect(await panel('Sidebar').findByRole('region', { name: 'Not sent' })).toHaveAttribute(
      'data-code',
      'DUPLICATE_SEND',
    )
    expect(sends).toHaveLength(1)
  })
})
