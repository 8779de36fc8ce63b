import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { DEFAULT_API_KEY, FIXTURE_IDS, FIXTURE_PHONES } from '@briq-interactive/mock'
import { render, screen, waitFor, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import type { Messages } from '../i18n/messages.ts'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { SendInteractiveDialog, type SendInteractiveDialogProps } from './send-interactive-dialog.tsx'
import { startMockServer } from './testing/mock-server.ts'

const { server } = startMockServer('react-option-names-separator')

// A host's Chinese: its own separator between a name and its number.
const chinese = {
  'punctuation.separator': '；',
  'sendDialog.sender.label': '发送号码',
  'sendDialog.conversation.label': '发送给',
} satisfies Partial<Messages>

function open(locale: string, messages: Partial<Messages>, props: Partial<SendInteractiveDialogProps> = {}) {
  return render(
    <BriqProvider
      endpoint="http://localhost/api/briq"
      headers={{ 'X-API-Key': DEFAULT_API_KEY }}
      locale={locale}
      messages={messages}
    >
      <SendInteractiveDialog interactive={FEEDBACK_INTERACTIVE} defaultOpen pollIntervalMs={20} {...props} />
    </BriqProvider>,
  )
}
const optionTexts = (name: string) =>
  within(screen.getByRole('combobox', { name }))
    .getAllByRole('option')
    .map((option) => option.textContent)

describe('"Send to" and "Send from" name each option with the separator of the dialog’s language', () => {
  it('a host’s own where its catalogue gives one', async () => {
    open('zh', chinese)
    await waitFor(() => expect(optionTexts('发送给')).toContain('Baraka Mushi；+255713000001: window closed'))
    await waitFor(() => expect(optionTexts('发送号码')).toContain('Sales line；+255700000002'))
  })

  it('the kit’s " · " where it gives none, in English and Swahili alike', async () => {
    const { unmount } = open('fr', {})
    await waitFor(() => expect(optionTexts('Send to')).toContain('Baraka Mushi · +255713000001: window closed'))
    await waitFor(() => expect(optionTexts('Send from')).toContain('Sales line · +255700000002'))
    unmount()
    open('sw', {})
    await waitFor(() => expect(optionTexts('Tuma kutoka')).toContain('Sales line · +255700000002'))
  })

  it('the one sender shown read-only too', async () => {
    server.use(
      http.get('*/v1/whatsapp/senders', () =>
        HttpResponse.json([
          {
            id: FIXTURE_IDS.supportSender,
            display_number: '255700000001',
            label: 'Support line',
            is_default: true,
            is_active: true,
          },
        ]),
      ),
    )
    open('zh', chinese, { sender: '255700000001', defaultTo: FIXTURE_PHONES.open })
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: '发送号码' })).toHaveValue('Support line；+255700000001'),
    )
  })
})
