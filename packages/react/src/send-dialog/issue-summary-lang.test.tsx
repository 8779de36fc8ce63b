import { coreMessagesEn, validateSendRequest } from '@briq-interactive/core'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { getTranslator, type Messages, type SendTranslate } from '../i18n/messages.ts'
import { IssueSummary } from './issue-summary.tsx'

const result = validateSendRequest({ to: '255712345678', interactive: { type: 'button', body: { text: '' } } })
const issues = result.ok ? [] : result.issues

function renderIn(lang: string, messages: Partial<Messages>) {
  const t = getTranslator(lang, messages) as SendTranslate
  render(
    <div lang={lang}>
      <IssueSummary
        issues={issues}
        warnings={[]}
        t={t}
        core={coreMessagesEn}
        languages={{ lang, coreLangOf: () => 'en' }}
      />
    </div>,
  )
  return screen.getByRole('region').querySelector('.bi-send-dialog-issues-title') as HTMLElement
}

// A French host that words some of the dialog (the send's title) but not the list's title: the
// dialog is French, the title the kit's English, as the builder's Problems count.
describe('the send dialog’s issue list title', () => {
  it('is marked English where a host’s catalogue left it out', () => {
    expect(issues.length).toBeGreaterThan(0)
    const title = renderIn('fr', { 'sendDialog.title': 'Envoyer le message' })
    expect(title.textContent).toMatch(/^\d+ errors? to fix before sending$/)
    expect(title).toHaveAttribute('lang', 'en')
  })

  it('is left unmarked in the host’s own words', () => {
    const own = renderIn('fr', { 'sendDialog.issues.errors': { one: '{count} erreur', other: '{count} erreurs' } })
    expect(own.textContent).toMatch(/^\d+ erreurs?$/)
    expect(own).not.toHaveAttribute('lang')
  })

  it('is left unmarked in Swahili, a language of the kit’s own', () => {
    const swahili = renderIn('sw', {})
    expect(swahili.textContent).toMatch(/kabla ya kutuma$/)
    expect(swahili).not.toHaveAttribute('lang')
  })
})
