import type { Interactive } from '@briq-interactive/core'
import { INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import { DEFAULT_API_KEY, FIXTURE_PHONES } from '@briq-interactive/mock'
import { act, render, screen, waitFor } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { startMockServer } from './testing/mock-server.ts'

// The answers that are not taps, as the mock stores them (Meta's inbound shapes), read over
// real fetch by the dialog's status poll.
const { mock } = startMockServer('react-send-dialog-replies')

async function sendAndAnswer(interactive: Interactive, choice: string, locale: 'en' | 'sw') {
  const onSent = vi.fn()
  render(
    <BriqProvider endpoint="http://localhost/api/briq" headers={{ 'X-API-Key': DEFAULT_API_KEY }}>
      <SendInteractiveDialog
        interactive={interactive}
        defaultOpen
        defaultTo={FIXTURE_PHONES.open}
        locale={locale}
        pollIntervalMs={20}
        onSent={onSent}
      />
    </BriqProvider>,
  )
  await userEvent.setup().click(screen.getByRole('button', { name: locale === 'en' ? 'Send' : 'Tuma' }))
  await waitFor(() => expect(onSent).toHaveBeenCalledOnce())
  const messageId = onSent.mock.calls[0]?.[0].message_id as string
  act(() => {
    mock.simulateReply(messageId, choice)
  })
  const status = screen.getByRole('region', { name: locale === 'en' ? 'Message sent' : 'Ujumbe umetumwa' })
  await waitFor(() => expect(status.querySelector('.bi-send-dialog-reply')).not.toBeNull())
  return status
}

const cases = [
  {
    interactive: INTERACTIVE_EXAMPLES.location_request_message,
    choice: 'location',
    en: 'The customer replied: Shared a location: Kariakoo Market',
    sw: 'Mteja amejibu: Ametuma mahali: Kariakoo Market',
  },
  {
    interactive: INTERACTIVE_EXAMPLES.call_permission_request,
    choice: 'accept',
    en: 'The customer replied: Allowed calls',
    sw: 'Mteja amejibu: Ameruhusu simu',
  },
  {
    interactive: INTERACTIVE_EXAMPLES.call_permission_request,
    choice: 'reject',
    en: 'The customer replied: Declined calls',
    sw: 'Mteja amejibu: Amekataa simu',
  },
  {
    interactive: INTERACTIVE_EXAMPLES.flow,
    choice: 'complete',
    en: 'The customer replied: Completed the flow',
    sw: 'Mteja amejibu: Amekamilisha flow',
  },
  {
    interactive: INTERACTIVE_EXAMPLES.address_message,
    choice: 'submit',
    en: 'The customer replied: Sent an address: Asha Patel, 919876543210, Mumbai',
    sw: 'Mteja amejibu: Ametuma anwani: Asha Patel, 919876543210, Mumbai',
  },
] as const

describe('SendInteractiveDialog: answers that are not taps', () => {
  for (const { interactive, choice, en, sw } of cases) {
    for (const [locale, words] of [
      ['en', en],
      ['sw', sw],
    ] as const) {
      it(`${interactive.type} answered with ${choice} (${locale})`, async () => {
        const status = await sendAndAnswer(interactive, choice, locale)
        expect(status.querySelector('.bi-send-dialog-reply')).toHaveTextContent(words)
        // …and the live region says it, so a screen-reader user hears the answer arrive.
        await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(words))
        // Only a tap has an id to show.
        expect(status).not.toHaveTextContent(locale === 'en' ? 'Reply id' : 'Kitambulisho cha jibu')
      })
    }
  }
})
