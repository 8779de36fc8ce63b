import {
  BriqError,
  coreMessagesEn,
  createDraft,
  type Issue,
  sendFailureReason,
  validateSendRequest,
  withCoreMessages,
} from '@briq-interactive/core'
import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { InteractiveBuilder } from '../builder/interactive-builder.tsx'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { coreLangOf } from '../provider/use-core-messages.ts'
import { SendFailure } from '../send-dialog/send-failure.tsx'
import { SendInteractiveDialog } from '../send-dialog/send-interactive-dialog.tsx'
import { getCoreMessages, getTranslator, type Messages, type SendTranslate } from './messages.ts'

// A French host whose catalogue words some of the kit's sentences, not all: each sentence says
// the language it is in, the host's where its catalogue words it, English where it falls back.
const someFrench = {
  'builder.announce.removed': '{item} supprimé',
  'builder.json.opened': '{name} ouvert',
  'sendDialog.recipient.invalid': 'Numéro inutilisable : {reason}',
} satisfies Partial<Messages>

const live = () => document.querySelector('.bi-builder-live')

describe('each sentence is marked with the language it is in, not the component’s', () => {
  it('in the builder’s announcements: the host’s words French, the kit’s English', async () => {
    const user = userEvent.setup()
    const { container } = render(<InteractiveBuilder locale="fr" messages={someFrench} />)
    expect(container.querySelector('.bi-builder')).toHaveAttribute('lang', 'fr')
    await user.click(within(screen.getByRole('group', { name: 'Button 1' })).getByRole('button', { name: 'Remove' }))
    expect(live()).toHaveTextContent('Button 1 supprimé')
    expect(live()).toHaveAttribute('lang', 'fr')
    // "Undone: …" is the kit's English, the step named inside it.
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(live()).toHaveTextContent('Undone: Button 1 supprimé')
    expect(live()).toHaveAttribute('lang', 'en')
  })

  it('in the JSON tab’s file notes: opened in the host’s words, refused in core’s English', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder locale="fr" messages={someFrench} />)
    await user.click(screen.getByRole('tab', { name: 'JSON' }))
    const input = document.querySelector('input[type="file"]') as HTMLInputElement
    await user.upload(input, new File([JSON.stringify(createDraft('list'))], 'good.json', { type: 'application/json' }))
    const opened = await screen.findByText('good.json ouvert', { selector: 'p' })
    // The builder is French already: the note says nothing of its own.
    expect(opened.closest('[lang]')).toHaveAttribute('lang', 'fr')
    expect(live()).toHaveAttribute('lang', 'fr')
    await user.upload(input, new File(['{"a": 1,}'], 'bad.json', { type: 'application/json' }))
    const refused = await screen.findByRole('alert')
    expect(refused.textContent).toMatch(/is not valid JSON/)
    expect(refused).toHaveAttribute('lang', 'en')
  })

  it('in the send dialog’s failure: what it means in the language of the sentence that says it', () => {
    const t = getTranslator('fr', { 'sendDialog.failed.title': 'Non envoyé' }) as SendTranslate
    const refused = new BriqError({ kind: 'http', status: 401, message: 'Unauthorized' })
    const core = withCoreMessages(coreMessagesEn, {
      locale: 'fr',
      sendFailure: { [sendFailureReason(refused).reason]: () => 'La clé est refusée.' },
    })
    const languages = { lang: 'fr', coreLangOf: coreLangOf(core, getCoreMessages, 'en', 'fr') }
    const { rerender } = render(
      <SendFailure error={refused} maybeSent={false} onSendAgain={() => {}} t={t} core={core} languages={languages} />,
    )
    const explanation = () => document.querySelector('.bi-send-dialog-explanation')
    expect(explanation()).toHaveTextContent('La clé est refusée.')
    expect(explanation()).not.toHaveAttribute('lang')
    // A failure the host left unworded is core's English, marked so inside the French dialog.
    const lost = new BriqError({ kind: 'network', message: 'Failed to fetch' })
    rerender(
      <SendFailure error={lost} maybeSent={false} onSendAgain={() => {}} t={t} core={core} languages={languages} />,
    )
    expect(explanation()).toHaveAttribute('lang', 'en')
  })

  it('in a failed send’s issue list: Swahili sentences as they are, those in English marked so', () => {
    const t = getTranslator('sw') as SendTranslate
    // A host that words one of core's sentences in English inside the Swahili dialog.
    const core = withCoreMessages(getCoreMessages('sw'), {
      locale: 'en',
      issues: { too_long: (issue) => `At most ${issue.limit} characters` },
    })
    const result = validateSendRequest({
      to: '255712345678',
      interactive: {
        type: 'button',
        body: { text: '' },
        action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Ndiyo, tafadhali, leo jioni kabisa' } }] },
      },
    })
    // An issue core has no sentence for (a rule of no one it knows) is its own English message.
    const unworded = { path: ['interactive', 'body', 'text'], code: 'shop_tone', message: 'Use the shop’s tone' }
    const issues = [...(result.ok ? [] : result.issues), unworded as unknown as Issue]
    const error = new BriqError({ kind: 'validation', message: 'invalid', issues })
    render(
      <SendFailure
        error={error}
        maybeSent={false}
        onSendAgain={() => {}}
        t={t}
        core={core}
        languages={{ lang: 'sw', coreLangOf: coreLangOf(core, getCoreMessages, 'sw', 'en') }}
      />,
    )
    const lines = [...document.querySelectorAll('.bi-send-dialog-failure .bi-send-dialog-issue')]
    expect(lines).toHaveLength(3)
    const english = lines.filter((line) => /^(At most 20 characters|Use the shop’s tone)$/.test(line.textContent ?? ''))
    expect(english).toHaveLength(2)
    for (const line of english) expect(line).toHaveAttribute('lang', 'en')
    const swahili = lines.filter((line) => !english.includes(line))
    expect(swahili).toHaveLength(1)
    expect(swahili[0]).not.toHaveAttribute('lang')
    expect(document.querySelector('.bi-send-dialog-explanation')).not.toHaveAttribute('lang')
  })

  it('in the recipient’s note: the host’s sentence French, core’s reason inside it English', async () => {
    const user = userEvent.setup()
    render(
      <BriqProvider endpoint="/api/briq" locale="fr" messages={someFrench}>
        <SendInteractiveDialog interactive={createDraft('button')} defaultOpen defaultTo="12" />
      </BriqProvider>,
    )
    expect(screen.getByRole('dialog')).toHaveAttribute('lang', 'fr')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    const note = document.querySelector('.bi-send-dialog-note[data-invalid]') as HTMLElement
    expect(note.textContent).toMatch(/^Numéro inutilisable : /)
    expect(note).not.toHaveAttribute('lang')
    const reason = note.querySelector('[lang]')
    expect(reason).toHaveAttribute('lang', 'en')
    expect(note.textContent).toBe(`Numéro inutilisable : ${reason?.textContent}`)
    // The live region says the press was stopped, in the kit's English.
    expect(document.querySelector('.bi-send-dialog-live')).toHaveAttribute('lang', 'en')
  })

  it('leaves English and Swahili components as they were: nothing marked inside them', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder locale="sw" />)
    await user.click(within(screen.getByRole('group', { name: 'Kitufe 1' })).getByRole('button', { name: 'Ondoa' }))
    expect(live()).toHaveAttribute('lang', 'sw')
    render(
      <BriqProvider endpoint="/api/briq">
        <SendInteractiveDialog interactive={createDraft('button')} defaultOpen defaultTo="12" />
      </BriqProvider>,
    )
    await user.click(screen.getByRole('button', { name: 'Send' }))
    const note = document.querySelector('.bi-send-dialog-note[data-invalid]') as HTMLElement
    expect(note).not.toHaveAttribute('lang')
    expect(note.querySelector('[lang]')).toBeNull()
  })

  it('in the builder’s issue lines: the host’s core sentence French, one it left out English', () => {
    const draft = {
      type: 'button',
      body: { text: '' },
      action: {
        buttons: [{ type: 'reply', reply: { id: 'a', title: 'Ce soir, avant dix-huit heures, si possible' } }],
      },
    }
    render(
      <InteractiveBuilder
        defaultValue={draft}
        locale="fr"
        coreMessages={{ locale: 'fr', issues: { too_long: (issue) => `Au plus ${issue.limit} caractères` } }}
      />,
    )
    const [french] = screen.getAllByText('Au plus 20 caractères')
    expect(french?.closest('[lang]')).toHaveAttribute('lang', 'fr')
    const [english] = screen.getAllByText(/^Body text is empty/)
    expect(english?.closest('[lang]')).toHaveAttribute('lang', 'en')
  })

  it('in the send dialog’s issue list: the host’s core sentence French, one it left out English', () => {
    const interactive = {
      type: 'button',
      body: { text: '' },
      action: {
        buttons: [{ type: 'reply', reply: { id: 'a', title: 'Ce soir, avant dix-huit heures, si possible' } }],
      },
    }
    render(
      <BriqProvider endpoint="/api/briq" locale="fr">
        <SendInteractiveDialog
          interactive={interactive}
          defaultOpen
          defaultTo="255712345678"
          coreMessages={{ locale: 'fr', issues: { too_long: (issue) => `Au plus ${issue.limit} caractères` } }}
        />
      </BriqProvider>,
    )
    const lines = [...document.querySelectorAll('.bi-send-dialog-issue')]
    const french = lines.find((line) => line.textContent?.startsWith('Au plus 20 caractères'))
    const english = lines.find((line) => /^Body text is empty/.test(line.textContent ?? ''))
    expect(french).toBeDefined()
    expect(english).toBeDefined()
    // The dialog is French: the French line says nothing of its own, the English one says so.
    expect(french?.closest('[lang]')).toHaveAttribute('lang', 'fr')
    expect(english?.closest('[lang]')).toHaveAttribute('lang', 'en')
  })
})
