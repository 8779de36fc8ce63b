import { BriqError, type SendResult } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { render, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { getCoreMessages, getTranslator, type Messages, type SendTranslate } from '../i18n/messages.ts'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { coreLangOf } from '../provider/use-core-messages.ts'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { SendSuccess } from './send-success.tsx'
import { startMockServer } from './testing/mock-server.ts'

startMockServer('react-request-failure-lang')

// A French host whose catalogue words the sentences around why a look-up failed, but not core's
// reasons: each reason is core's English, marked so inside the French sentence.
const french = {
  'sendDialog.sender.failed': 'Impossible de charger vos numéros : {reason}',
  'sendDialog.conversation.failed': 'Impossible de charger les conversations : {reason}',
  'send.status.pollFailed': 'Impossible d’actualiser le statut : {reason}',
} satisfies Partial<Messages>

const englishInside = (note: Element | null | undefined) => note?.querySelector('span[lang="en"]')?.textContent

describe("why a look-up failed: core's reason keeps its own language inside the host's sentence", () => {
  it('beside "Send from" and "Send to"', async () => {
    render(
      <BriqProvider
        endpoint="http://localhost/api/briq"
        headers={{ 'X-API-Key': 'wrong-key' }}
        locale="fr"
        messages={french}
      >
        <SendInteractiveDialog interactive={FEEDBACK_INTERACTIVE} defaultOpen sender="255700000002" />
      </BriqProvider>,
    )
    const noteOf = (field: string) =>
      document.querySelector(`.bi-send-dialog-field:has(${field}) .bi-send-dialog-note`) ?? undefined
    await waitFor(() => expect(noteOf('input[readonly]')?.textContent).toMatch(/^Impossible de charger vos numéros : /))
    expect(englishInside(noteOf('input[readonly]'))).toMatch(/\S/)
    await waitFor(() => expect(noteOf('select')?.textContent).toMatch(/^Impossible de charger les conversations : /))
    expect(englishInside(noteOf('select'))).toMatch(/\S/)
  })

  it("under the sent message's status", () => {
    const t = getTranslator('fr', french) as SendTranslate
    const core = getCoreMessages('en')
    const { container } = render(
      <SendSuccess
        data={{ message_id: 'd7c1e0a2-4b5f-4c3d-9e8f-1a2b3c4d5e6f', status: 'sent' } as SendResult}
        delivery={{
          status: 'sent',
          polling: false,
          error: new BriqError({ kind: 'network', message: 'Failed to fetch' }),
        }}
        t={t}
        lang="fr"
        core={core}
        coreLangOf={coreLangOf(core, getCoreMessages, 'en', 'fr')}
      />,
    )
    const note = container.querySelector('[data-poll-failed]')
    expect(note?.textContent).toMatch(/^Impossible d’actualiser le statut : /)
    expect(englishInside(note)).toMatch(/\S/)
  })
})
