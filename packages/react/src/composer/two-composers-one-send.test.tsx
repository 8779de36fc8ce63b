import { createBriqClient, type Interactive } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { createBriqMock, DEFAULT_API_KEY, FIXTURE_PHONES } from '@briq-interactive/mock'
import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { StrictMode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { InteractiveComposer } from './interactive-composer.tsx'

// Sends wait for the test to answer them: the first is still under way when the second is pressed.
function heldSends() {
  const mock = createBriqMock({ seed: 'two-composers', clock: 'manual' })
  const sends: string[] = []
  const waiting: (() => void)[] = []
  const client = createBriqClient({
    endpoint: '/api/briq',
    headers: { 'X-API-Key': DEFAULT_API_KEY },
    fetch: async (url, init) => {
      const request = new Request(new URL(url, location.href), init)
      if (init.method === 'POST') {
        sends.push(request.url)
        await new Promise<void>((resolve) => waiting.push(resolve))
      }
      return mock.handle(request)
    },
  })
  const answer = () => {
    for (const resolve of waiting.splice(0)) resolve()
  }
  return { client, sends, answer }
}

// Two panels of one admin page (a ticket and its customer's sidebar), one provider: the same
// message to the same customer from both is one message.
describe('two composers on one page, one provider', () => {
  it('the same message to the same number, sent from both, goes once and both show it', async () => {
    const { client, sends, answer } = heldSends()
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
