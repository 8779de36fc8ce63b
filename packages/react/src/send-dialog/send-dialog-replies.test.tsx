import type { Interactive } from '@briq-interactive/core'
import { INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import { act, render, screen, waitFor } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { DialogOverMock } from './testing/dialog-over-mock.tsx'
import { startMockServer } from './testing/mock-server.ts'

// The answers that are not taps, as the mock stores them (Meta's inbound shapes), read over
// real fetch by the dialog's status poll.
const { mock, server } = startMockServer('react-send-dialog-replies')

async function sendAndAnswer(interactive: Interactive, choice: string, locale: 'en' | 'sw') {
  const onSent = vi.fn()
  render(<DialogOverMock interactive={interactive} locale={locale} onSent={onSent} />)
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
    en: 'The customer replied: shared a location: Kariakoo Market',
    sw: 'Mteja amejibu: ametuma mahali: Kariakoo Market',
  },
  {
    interactive: INTERACTIVE_EXAMPLES.call_permission_request,
    choice: 'accept',
    en: 'The customer replied: allowed calls',
    sw: 'Mteja amejibu: ameruhusu simu',
  },
  {
    interactive: INTERACTIVE_EXAMPLES.call_permission_request,
    choice: 'reject',
    en: 'The customer replied: declined calls',
    sw: 'Mteja amejibu: amekataa simu',
  },
  {
    interactive: INTERACTIVE_EXAMPLES.flow,
    choice: 'complete',
    en: 'The customer replied: completed the flow',
    sw: 'Mteja amejibu: amekamilisha flow',
  },
  {
    interactive: INTERACTIVE_EXAMPLES.address_message,
    choice: 'submit',
    en: 'The customer replied: sent an address: Asha Patel, 919876543210, Mumbai',
    sw: 'Mteja amejibu: ametuma anwani: Asha Patel, 919876543210, Mumbai',
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

describe('SendInteractiveDialog: a reply that is no answer of the message', () => {
  for (const [locale, words] of [
    ['en', 'The customer replied with a message of their own'],
    ['sw', 'Mteja amejibu kwa ujumbe wake mwenyewe'],
  ] as const) {
    it(`says the customer wrote back instead of tapping (${locale})`, { timeout: 20_000 }, async () => {
      // Briq pairs the customer's reply with the message it answers; one typed instead of tapped
      // (text) is no interactive answer, and the dialog said nothing of it though polling ended.
      server.use(
        http.get('*/v1/whatsapp/messages/:id', async ({ params }) => {
          const id = String(params.id)
          return HttpResponse.json({
            success: true,
            data: {
              id,
              status: 'read',
              provider_message_id: 'wamid.out',
              reply: {
                id: '7a1f0c2e-5b3d-4e6f-8a9b-0c1d2e3f4a5b',
                message_id: 'wamid.in',
                conversation_id: '0b1c2d3e-4f5a-4b6c-8d7e-8f9a0b1c2d3e',
                is_outbound: false,
                message_type: 'text',
                content: { body: 'Ndiyo, kesho asubuhi' },
                created_at: '2026-06-24T08:01:00Z',
                paired_message_id: id,
              },
            },
            errors: null,
            request_id: 'r-1',
          })
        }),
      )
      const onSent = vi.fn()
      render(<DialogOverMock interactive={INTERACTIVE_EXAMPLES.button} locale={locale} onSent={onSent} />)
      await userEvent.setup().click(screen.getByRole('button', { name: locale === 'en' ? 'Send' : 'Tuma' }))
      await waitFor(() => expect(onSent).toHaveBeenCalledOnce())
      const status = screen.getByRole('region', { name: locale === 'en' ? 'Message sent' : 'Ujumbe umetumwa' })
      await waitFor(() => expect(status.querySelector('.bi-send-dialog-reply')).toHaveTextContent(words))
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(words))
      expect(status).not.toHaveTextContent(locale === 'en' ? 'Reply id' : 'Kitambulisho cha jibu')
    })
  }
})

// "The customer replied: {reply}" is the kit's sentence; a tapped title is the message's own words,
// in a language the kit cannot know. Claimed as the sentence's, a Swahili voice read an English
// title (and an English voice a Swahili one).
describe("SendInteractiveDialog: a tap's title inside the reply sentence", () => {
  for (const locale of ['en', 'sw'] as const) {
    it(`is marked lang="" (unknown), the sentence in ${locale}`, async () => {
      const [first] = (INTERACTIVE_EXAMPLES.button.action as { buttons: { reply: { id: string; title: string } }[] })
        .buttons
      const status = await sendAndAnswer(INTERACTIVE_EXAMPLES.button, first!.reply.id, locale)
      const reply = status.querySelector('.bi-send-dialog-reply') as HTMLElement
      expect(reply).toHaveAttribute('lang', locale)
      expect(reply.querySelector('span[lang=""]')).toHaveTextContent(first!.reply.title)
      await waitFor(() =>
        expect(screen.getByRole('status').querySelector('span[lang=""]')).toHaveTextContent(first!.reply.title),
      )
    })
  }
})
