import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { DEFAULT_API_KEY, FIXTURE_PHONES } from '@briq-interactive/mock'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { SendDialog } from './send-dialog.ts'
import { DialogOverMock } from './testing/dialog-over-mock.tsx'
import { startMockServer } from './testing/mock-server.ts'

// The message's own words (its body, a tapped title) in the language the host says it is in,
// through the ready-made dialog and the root of the parts, as `InteractivePreview`'s messageLang.
const { mock } = startMockServer('react-send-dialog-message-lang')

// The language an element's words are read in: its own `lang`, else its nearest ancestor's.
const langOf = (element: Element | null): string | null => element?.closest('[lang]')?.getAttribute('lang') ?? null

/** Sends FEEDBACK_INTERACTIVE from the open dialog, the customer taps "Yes": the reply's paragraph. */
async function sendAndTapYes(messageLang: string | undefined) {
  const onSent = vi.fn()
  render(<DialogOverMock interactive={FEEDBACK_INTERACTIVE} locale="en" onSent={onSent} messageLang={messageLang} />)
  await userEvent.setup().click(screen.getByRole('button', { name: 'Send' }))
  await waitFor(() => expect(onSent).toHaveBeenCalledOnce())
  act(() => {
    mock.simulateReply(onSent.mock.calls[0]?.[0].message_id as string, 'yes')
  })
  await waitFor(() =>
    expect(document.querySelector('.bi-send-dialog-reply')).toHaveTextContent('The customer replied: Yes'),
  )
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('The customer replied: Yes'))
  return document.querySelector('.bi-send-dialog-reply') as HTMLElement
}

describe('SendInteractiveDialog messageLang', () => {
  it('marks a tapped title in "The customer replied: …" and its announcement with it', async () => {
    const reply = await sendAndTapYes('sw_TZ')
    expect(reply).toHaveAttribute('lang', 'en')
    expect(langOf(within(reply).getByText('Yes'))).toBe('sw-TZ')
    expect(langOf(within(screen.getByRole('status')).getByText('Yes'))).toBe('sw-TZ')
  })

  it('left out, claims no language for the title (lang="") inside the English sentence', async () => {
    const reply = await sendAndTapYes(undefined)
    expect(langOf(within(reply).getByText('Yes'))).toBe('')
    expect(langOf(within(screen.getByRole('status')).getByText('Yes'))).toBe('')
  })

  it("marks the dialog's preview of the message with it, the dialog's words keeping the locale", () => {
    render(<DialogOverMock interactive={FEEDBACK_INTERACTIVE} locale="en" messageLang="sw" />)
    const preview = within(screen.getByRole('dialog')).getByRole('region', { name: 'WhatsApp message preview' })
    expect(preview).toHaveAttribute('lang', 'en')
    expect(langOf(preview.querySelector('.bi-body'))).toBe('sw')
    expect(langOf(screen.getByRole('button', { name: 'Send' }))).toBe('en')
  })
})

describe('SendDialog.Root messageLang', () => {
  it('reaches SendDialog.Preview, which a prop of its own still overrides', () => {
    render(
      <BriqProvider endpoint="http://localhost/api/briq" headers={{ 'X-API-Key': DEFAULT_API_KEY }}>
        <SendDialog.Root interactive={FEEDBACK_INTERACTIVE} defaultTo={FIXTURE_PHONES.open} messageLang="en-KE">
          <SendDialog.Form aria-label="Send inline">
            <SendDialog.Preview aria-label="Root's" />
            <SendDialog.Preview aria-label="Own" messageLang="sw" />
          </SendDialog.Form>
        </SendDialog.Root>
      </BriqProvider>,
    )
    expect(langOf(screen.getByRole('region', { name: "Root's" }).querySelector('.bi-body'))).toBe('en-KE')
    expect(langOf(screen.getByRole('region', { name: 'Own' }).querySelector('.bi-body'))).toBe('sw')
  })
})
