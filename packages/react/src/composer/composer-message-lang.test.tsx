import { createDraft } from '@briq-interactive/core'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { act, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { startMockServer } from '../send-dialog/testing/mock-server.ts'
import { renderComposerOverMock as renderComposer } from './testing/render-composer-over-mock.tsx'

// The message's own words in the language the host says it is in (messageLang), through every
// part of the composer that shows them: its preview, the send dialog's, the customer's reply.
const { mock } = startMockServer('react-composer-message-lang')

// The language an element's words are read in: its own `lang`, else its nearest ancestor's.
const langOf = (element: Element | null): string | null => element?.closest('[lang]')?.getAttribute('lang') ?? null
const previewIn = (where: HTMLElement) => within(where).getByRole('region', { name: 'WhatsApp message preview' })

describe('InteractiveComposer messageLang', () => {
  it("marks the message's words in its preview and in the send dialog's, the kit's keeping the locale", async () => {
    renderComposer({ messageLang: 'sw_TZ', locale: 'en', defaultValue: createDraft('button') })
    const preview = previewIn(document.body)
    expect(preview).toHaveAttribute('lang', 'en')
    expect(langOf(preview.querySelector('.bi-body'))).toBe('sw-TZ')
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send' }))
    const inDialog = previewIn(screen.getByRole('dialog', { name: 'Send message' }))
    expect(langOf(inDialog.querySelector('.bi-body'))).toBe('sw-TZ')
    for (const label of inDialog.querySelectorAll('.bi-action-label')) expect(langOf(label)).toBe('sw-TZ')
  })

  it('gives the builder’s fields of the message’s words its language, not its ids', () => {
    renderComposer({ messageLang: 'sw_TZ', locale: 'en', defaultValue: createDraft('button') })
    expect(screen.getByRole('textbox', { name: 'Body text' })).toHaveAttribute('lang', 'sw-TZ')
    expect(screen.getByRole('textbox', { name: 'Button 1 title' })).toHaveAttribute('lang', 'sw-TZ')
    expect(screen.getByRole('textbox', { name: 'Button 1 ID' })).not.toHaveAttribute('lang')
  })

  it('marks the title the customer tapped, in the preview and in "The customer replied: …"', async () => {
    const onSent = vi.fn()
    renderComposer({ sendMode: 'inline', onSent, messageLang: 'sw', defaultValue: createDraft('button') })
    const user = userEvent.setup()
    const form = screen.getByRole('form', { name: 'Send message' })
    await user.type(within(form).getByRole('textbox', { name: "Customer's WhatsApp number" }), FIXTURE_PHONES.open)
    await user.click(within(form).getByRole('button', { name: 'Send' }))
    await within(form).findByRole('region', { name: 'Message sent' })
    const buttons = (createDraft('button') as { action: { buttons: { reply: { id: string } }[] } }).action.buttons
    act(() => {
      mock.simulateReply(onSent.mock.calls[0]?.[0].message_id as string, buttons[0]?.reply.id ?? '')
    })
    await waitFor(() =>
      expect(form.querySelector('.bi-send-dialog-reply')).toHaveTextContent('The customer replied: Yes, confirm'),
    )
    const reply = form.querySelector('.bi-send-dialog-reply') as HTMLElement
    expect(reply).toHaveAttribute('lang', 'en')
    expect(langOf(within(reply).getByText('Yes, confirm'))).toBe('sw')
    const bubble = await waitFor(() => {
      const found = previewIn(document.body).querySelector('.bi-bubble[data-direction="out"] .bi-reply-title')
      expect(found).not.toBeNull()
      return found
    })
    expect(langOf(bubble)).toBe('sw')
  })
})
