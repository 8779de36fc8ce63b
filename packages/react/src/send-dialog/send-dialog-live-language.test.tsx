import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { act, render, screen, waitFor } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import type { Locale } from '../i18n/messages.ts'
import { DialogOverMock } from './testing/dialog-over-mock.tsx'
import { startMockServer } from './testing/mock-server.ts'

const { mock, server } = startMockServer('react-send-dialog-live-language')

const dialog = (locale: Locale) => <DialogOverMock interactive={FEEDBACK_INTERACTIVE} locale={locale} />

describe("the dialog's live region and a change of language", () => {
  it('says how a send ended once: a locale changed after it says nothing again', async () => {
    // Its words were worked out on every render: in the new language they were new words to the
    // live region, which said the last outcome again.
    server.use(
      http.post('*/v1/whatsapp/messages/interactive', () =>
        HttpResponse.json(
          { success: false, data: null, errors: [{ code: 'INVALID_PHONE', message: 'No' }] },
          { status: 400 },
        ),
      ),
    )
    const { rerender } = render(dialog('en'))
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Not sent' })
    const words = screen.getByRole('status').firstElementChild
    const said = words?.textContent
    expect(said).toMatch(/^Not sent: /)

    rerender(dialog('sw'))
    expect(screen.getByRole('region', { name: 'Ujumbe haujatumwa' })).toBeInTheDocument()
    expect(screen.getByRole('status').firstElementChild).toBe(words)
    expect(words?.textContent).toBe(said)
    expect(screen.getByRole('status')).toHaveAttribute('lang', 'en')
  })

  it("keeps a sent message's words too, and the next status is said in the new language", async () => {
    const { rerender } = render(dialog('en'))
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Message sent' })
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Accepted by Briq. Status: Queued'))
    const words = screen.getByRole('status').firstElementChild

    rerender(dialog('sw'))
    expect(screen.getByRole('status').firstElementChild).toBe(words)
    expect(screen.getByRole('status')).toHaveTextContent('Accepted by Briq. Status: Queued')

    act(() => mock.advance(60_000))
    // The next status is news: said in the language of the moment.
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Hali: /))
    expect(screen.getByRole('status')).toHaveAttribute('lang', 'sw')
  })
})
