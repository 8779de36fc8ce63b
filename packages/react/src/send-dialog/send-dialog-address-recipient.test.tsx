import { createDraft } from '@briq-interactive/core'
import { DEFAULT_API_KEY } from '@briq-interactive/mock'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { startMockServer } from './testing/mock-server.ts'

startMockServer('react-send-dialog-address-recipient')

function open(to: string, locale: 'en' | 'sw') {
  return render(
    <BriqProvider endpoint="http://localhost/api/briq" headers={{ 'X-API-Key': DEFAULT_API_KEY }}>
      <SendInteractiveDialog interactive={createDraft('address_message')} defaultOpen defaultTo={to} locale={locale} />
    </BriqProvider>,
  )
}

// Meta offers address messages to customers in India only: a new user composing one for a
// customer elsewhere learns it before sending, in the dialog's words, and may still send.
describe('an address request to a number outside India', () => {
  it.each([
    [
      'en',
      /warning: you can still send$/,
      'WhatsApp delivers address messages only to customers in India: this number does not start with +91',
    ],
    [
      'sw',
      /^Onyo 1: bado unaweza kutuma$/,
      'WhatsApp hufikisha ujumbe wa anwani kwa wateja walio India tu: namba hii haianzi na +91',
    ],
  ] as const)('%s: says so as a warning, and not for an Indian number', async (locale, region, sentence) => {
    const { unmount } = open('0712 345 678', locale)
    const warnings = await screen.findByRole('region', { name: region })
    expect(warnings).toHaveTextContent(sentence)
    expect(screen.getByRole('button', { name: locale === 'en' ? 'Send' : 'Tuma' })).not.toHaveAttribute(
      'aria-disabled',
      'true',
    )
    unmount()
    open('+91 98765 43210', locale)
    await screen.findByRole('textbox', {
      name: locale === 'en' ? "Customer's WhatsApp number" : 'Namba ya WhatsApp ya mteja',
    })
    expect(screen.queryByRole('region', { name: region })).toBeNull()
  })
})
