import type { Interactive } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BriqProvider } from '../../provider/briq-provider.tsx'
import { createHeldSendClient } from '../../send-dialog/testing/mock-client.ts'
import { InteractiveComposer } from '../interactive-composer.tsx'

const KEY = 'crm:ticket-7'
const body = () => screen.getByRole('textbox', { name: 'Body text' })

// A ticket's route holds the composer; the provider sits at the app's root. The person presses
// Send and goes to another ticket before Briq answers, then comes back.
function app(client: ReturnType<typeof createHeldSendClient>['client'], route: 'ticket' | 'elsewhere') {
  return (
    <StrictMode>
      <BriqProvider client={client}>
        {route === 'ticket' ? (
          <InteractiveComposer
            sendMode="inline"
            persistKey={KEY}
            defaultValue={FEEDBACK_INTERACTIVE as Interactive}
            defaultTo={FIXTURE_PHONES.open}
          />
        ) : (
          <p>Another ticket</p>
        )}
      </BriqProvider>
    </StrictMode>
  )
}

/**
 * The suite (run on React 19 and on React 18.3): a composer unmounted by a route change while its
 * send is under way, mounted again after Briq answered or before, and a page reloaded mid-send.
 */
export function describeRouteChangeSend(): void {
  // The react18 project's setup leaves unmounting to each suite.
  afterEach(() => {
    cleanup()
    localStorage.clear()
    vi.restoreAllMocks()
  })

  describe('the composer left while its send is under way (a route change)', () => {
    it('keeps the draft, records the outcome for its return, and warns of nothing', async () => {
      const error = vi.spyOn(console, 'error')
      const warn = vi.spyOn(console, 'warn')
      const { client, sends, answer } = createHeldSendClient({ seed: 'composer-route-change' })
      const user = userEvent.setup()
      const view = render(app(client, 'ticket'))
      fireEvent.change(body(), { target: { value: 'Did the courier reach you?' } })
      await user.click(screen.getByRole('button', { name: 'Send' }))
      expect(sends).toHaveLength(1)
      view.rerender(app(client, 'elsewhere'))
      // Briq answers while the composer is gone.
      await act(async () => answer())
      view.rerender(app(client, 'ticket'))
      expect(body()).toHaveValue('Did the courier reach you?')
      // The message went: pressing Send again says so instead of sending it twice.
      await user.click(screen.getByRole('button', { name: 'Send' }))
      expect(await screen.findByRole('region', { name: 'Not sent' })).toHaveAttribute('data-code', 'DUPLICATE_SEND')
      expect(sends).toHaveLength(1)
      expect(error).not.toHaveBeenCalled()
      expect(warn).not.toHaveBeenCalled()
    })

    it('back before the answer, follows the send under way and shows its outcome', async () => {
      const { client, sends, answer } = createHeldSendClient({ seed: 'composer-route-change' })
      const user = userEvent.setup()
      const view = render(app(client, 'ticket'))
      await user.click(screen.getByRole('button', { name: 'Send' }))
      view.rerender(app(client, 'elsewhere'))
      view.rerender(app(client, 'ticket'))
      await user.click(screen.getByRole('button', { name: 'Send' }))
      expect(screen.getByRole('button', { name: 'Send' })).toHaveAttribute('aria-disabled', 'true')
      await act(async () => answer())
      await screen.findByRole('region', { name: 'Message sent' })
      expect(sends).toHaveLength(1)
    })

    it('a page reloaded before the answer asks whether it went, after the reload, rather than sending again', async () => {
      const user = userEvent.setup()
      const before = createHeldSendClient({ seed: 'composer-route-change' })
      const first = render(app(before.client, 'ticket'))
      await user.click(screen.getByRole('button', { name: 'Send' }))
      expect(before.sends).toHaveLength(1)
      // The page goes: its client and memory with it; Briq never answers this page.
      first.unmount()
      const after = createHeldSendClient({ seed: 'composer-route-change' })
      render(app(after.client, 'ticket'))
      await user.click(screen.getByRole('button', { name: 'Send' }))
      expect(await screen.findByRole('region', { name: 'Not confirmed' })).toHaveAttribute('data-code', 'MAYBE_SENT')
      expect(after.sends).toHaveLength(0)
    })
  })
}
