import {
  BriqError,
  type CoreMessages,
  coreMessagesEn,
  type MessageDetail,
  type MessageStatusSnapshot,
  validateSendRequest,
  withCoreMessages,
} from '@briq-interactive/core'
import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { InteractiveBuilder } from '../builder/interactive-builder.tsx'
import { coreLangOf } from '../provider/use-core-messages.ts'
import type { UseSendInteractiveResult } from '../send/use-send-interactive.ts'
import { liveAnnouncement } from '../send-dialog/send-dialog-live.tsx'
import { SendFailure } from '../send-dialog/send-failure.tsx'
import { getCoreMessages, getTranslator, type Messages, type SendTranslate } from './messages.ts'

// A small Chinese catalogue: its own colon, full stop and no space after that stop, and a few
// sentences; every other key falls back to the kit's English, each sentence marked as it is.
const chinese = {
  'punctuation.colon': '：',
  'punctuation.stop': '。',
  'punctuation.space': '',
  'send.accepted': 'Briq 已接收',
  'sendDialog.success.status': '状态',
  'send.status.pending': '排队中',
  'send.status.failed': '未送达',
  'sendDialog.failed.live': '未发送：{reason}',
  'sendDialog.error.briq': 'Briq 的回复',
  'builder.json.pasted': '你粘贴了整条消息：这里只保留其中的 interactive 对象',
  'builder.json.opened': '已打开 {name}',
} satisfies Partial<Messages>

// The same with French punctuation: a space before the colon, a full stop and a space after it.
const french = {
  'punctuation.colon': ' : ',
  'sendDialog.error.briq': 'Réponse de Briq',
  'builder.json.opened': '{name} ouvert',
} satisfies Partial<Messages>

const sendT = (locale: string, messages: Partial<Messages>) => getTranslator(locale, messages) as SendTranslate

// The live region's words for a send in the state given, rendered in an element in their language.
function announced(input: {
  t: SendTranslate
  sending: Partial<UseSendInteractiveResult>
  delivery?: Partial<MessageStatusSnapshot>
}): HTMLElement {
  const said = liveAnnouncement({
    t: input.t,
    core: coreMessagesEn,
    coreLangOf: () => 'en',
    lang: 'zh',
    sending: { isPending: false, maybeSent: false, unremembered: false, ...input.sending } as UseSendInteractiveResult,
    delivery: { status: undefined, polling: false, ...input.delivery },
    blocked: false,
  })
  const { container } = render(<p lang={said.lang}>{said.words as ReactNode}</p>)
  return container.firstElementChild as HTMLElement
}

describe('sentences joined in a host’s language, each marked with its own', () => {
  it('ends Briq’s first answer before the next sentence, in English as in the host’s language', () => {
    const english = announced({ t: sendT('en', {}), sending: { status: 'success', unremembered: true } })
    // Was "Accepted by Briq The browser would not store…": no stop between the two sentences.
    expect(english.textContent).toMatch(/^Accepted by Briq\. The browser would not store a record of this send/)
    expect(english.querySelector('[lang]')).toBeNull()

    const zh = announced({
      t: sendT('zh', chinese),
      sending: { status: 'success', unremembered: true },
      delivery: { status: 'pending' },
    })
    expect(zh).toHaveAttribute('lang', 'zh')
    // 。 and no space after it; the sentence the host left out is the kit's English, marked so,
    // and ended by nothing of Chinese's.
    expect(zh.textContent).toBe(
      'Briq 已接收。状态：排队中。The browser would not store a record of this send (its storage may be full): after a reload, Send will not ask before sending this message again.',
    )
    expect(zh.querySelector('[lang="en"]')?.textContent).toMatch(/^The browser would not store/)
  })

  it('ends a refused status with the host’s full stop before WhatsApp’s reason', () => {
    const message = { status: 'failed', error_message: 'Message undeliverable' } as unknown as MessageDetail
    const zh = announced({
      t: sendT('zh', chinese),
      sending: { status: 'success' },
      delivery: { status: 'failed', reached: 'pending', message },
    })
    // Was "状态：未送达. WhatsApp refused it:": an English stop and space inside the Chinese.
    expect(zh.textContent).toMatch(/^状态：[^.]+。WhatsApp refused it: Message undeliverable$/)
    // The kit's English sentence the host left unworded is marked English.
    expect(within(zh).getByText('WhatsApp refused it:')).toHaveAttribute('lang', 'en')
    const en = announced({
      t: sendT('en', {}),
      sending: { status: 'success' },
      delivery: { status: 'failed', reached: 'pending', message },
    })
    expect(en.textContent).toMatch(/^Status: Not delivered \(failed while queued\)\. WhatsApp refused it: /)
  })

  it('names the field before Briq’s own words with the colon of the language it is named in', () => {
    const refused = new BriqError({
      kind: 'http',
      status: 400,
      message: 'Bad request',
      errors: [{ code: 'INVALID_PHONE', field: 'to', message: 'is not on WhatsApp' }],
    })
    const t = sendT('fr', french)
    const failure = (core: CoreMessages) =>
      render(
        <SendFailure
          error={refused}
          maybeSent={false}
          onSendAgain={() => {}}
          t={t}
          core={core}
          languages={{ lang: 'fr', coreLangOf: coreLangOf(core, getCoreMessages, 'en', 'fr') }}
        />,
      )
    const said = () => document.querySelector('.bi-send-dialog-briq-words')?.parentElement as HTMLElement
    // Fields named in French: the French colon, with its space before it (was ": " whatever the language).
    const view = failure(withCoreMessages(coreMessagesEn, { locale: 'fr', field: () => 'destinataire' }))
    expect(said().textContent).toBe('destinataire : is not on WhatsApp')
    expect(said().querySelector('[lang="fr"]')).toBeNull()
    view.unmount()
    // Named in core's English inside the French dialog: the English colon, the name marked English.
    failure(coreMessagesEn)
    expect(said().textContent).toBe('Recipient number (to): is not on WhatsApp')
    expect(within(said()).getByText('Recipient number (to):')).toHaveAttribute('lang', 'en')
    // In the live region, Briq's words come after the sentence, its stop and its language's space.
    const live = announced({ t: sendT('zh', chinese), sending: { status: 'error', error: refused } })
    expect(live.textContent).toBe(
      '未发送：Briq refused the message (HTTP 400). Recipient number (to): is not on WhatsApp',
    )
  })

  it('separates Briq’s messages with the separator of the dialog’s language', () => {
    const refused = new BriqError({
      kind: 'http',
      status: 400,
      message: 'Bad request',
      errors: [
        { code: 'INVALID_PHONE', field: 'to', message: 'is not on WhatsApp' },
        { code: 'BAD_SENDER', message: 'Sender is not active' },
      ],
    })
    const said = () => document.querySelector('.bi-send-dialog-briq-words')?.parentElement as HTMLElement
    const failure = (locale: string, messages: Partial<Messages>, core: CoreMessages = coreMessagesEn) =>
      render(
        <SendFailure
          error={refused}
          maybeSent={false}
          onSendAgain={() => {}}
          t={sendT(locale, messages)}
          core={core}
          languages={{ lang: locale, coreLangOf: coreLangOf(core, getCoreMessages, 'en', locale) }}
        />,
      )
    // English and Swahili: " · " between the two, as before.
    let view = failure('en', {})
    expect(said().textContent).toBe('Recipient number (to): is not on WhatsApp · Sender is not active')
    view.unmount()
    view = failure('sw', {}, getCoreMessages('sw'))
    expect(said().textContent).toBe('Namba ya mpokeaji (to): is not on WhatsApp · Sender is not active')
    view.unmount()
    // A host's Chinese: its own separator (was " · " whatever the language), core's English field
    // name keeping its English colon.
    view = failure('zh', { ...chinese, 'punctuation.separator': '；' })
    expect(said().textContent).toBe('Recipient number (to): is not on WhatsApp；Sender is not active')
    view.unmount()
    // A host that gives none: the kit's.
    failure('fr', french)
    expect(said().textContent).toBe('Recipient number (to): is not on WhatsApp · Sender is not active')
    // The live region says them so too.
    const live = announced({
      t: sendT('zh', { ...chinese, 'punctuation.separator': '；' }),
      sending: { status: 'error', error: refused },
    })
    expect(live.textContent).toMatch(/is not on WhatsApp；Sender is not active$/)
  })

  it('marks each of a refused request’s issues with its language, the host’s and core’s English', () => {
    const result = validateSendRequest({
      to: '255712345678',
      interactive: {
        type: 'button',
        body: { text: '' },
        action: {
          buttons: [{ type: 'reply', reply: { id: 'a', title: 'Ce soir, avant dix-huit heures, si possible' } }],
        },
      },
    })
    const error = new BriqError({ kind: 'validation', message: 'invalid', issues: result.ok ? [] : result.issues })
    const core = withCoreMessages(coreMessagesEn, {
      locale: 'fr',
      issues: { too_long: (issue) => `Au plus ${issue.limit} caractères` },
    })
    render(
      <SendFailure
        error={error}
        maybeSent={false}
        onSendAgain={() => {}}
        t={sendT('fr', french)}
        core={core}
        languages={{ lang: 'fr', coreLangOf: coreLangOf(core, getCoreMessages, 'en', 'fr') }}
      />,
    )
    const lines = [...document.querySelectorAll('.bi-send-dialog-issue')]
    const host = lines.find((line) => line.textContent?.startsWith('Au plus 20 caractères'))
    const kit = lines.find((line) => /^Body text is empty/.test(line.textContent ?? ''))
    // Was one unmarked list: core's English read in the dialog's French voice.
    expect(host).toBeDefined()
    expect(host).not.toHaveAttribute('lang')
    expect(kit).toHaveAttribute('lang', 'en')
  })

  it('marks each sentence of a file note with its language, joined by the host’s punctuation', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder locale="zh" messages={chinese} />)
    await user.click(screen.getByRole('tab', { name: 'JSON' }))
    const json = screen.getByRole('textbox', { name: 'Interactive object (JSON)' })
    const whole = {
      messaging_product: 'whatsapp',
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: 'Hi' },
        action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] },
      },
    }
    await user.clear(json)
    await user.click(json)
    await user.paste(JSON.stringify(whole))
    const note = document.querySelector('.bi-builder-file-note') as HTMLElement
    // Was one run marked zh throughout, ". " between its sentences: the English Undo read in a Chinese voice.
    expect(note.textContent).toBe(
      '你粘贴了整条消息：这里只保留其中的 interactive 对象。Undo brings the whole message back.',
    )
    expect(note.closest('[lang]')).toHaveAttribute('lang', 'zh')
    expect(within(note).getByText('Undo brings the whole message back.')).toHaveAttribute('lang', 'en')
    // The live region says it the same way.
    const live = document.querySelector('.bi-builder-live') as HTMLElement
    expect(live).toHaveAttribute('lang', 'zh')
    expect(live.textContent).toBe(note.textContent)
    expect(within(live).getByText('Undo brings the whole message back.')).toHaveAttribute('lang', 'en')
  })

  it('keeps English and Swahili notes as they were: one run, ". " between sentences', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder locale="sw" />)
    await user.click(screen.getByRole('tab', { name: 'JSON' }))
    const json = screen.getByRole('textbox', { name: 'Kitu cha interactive (JSON)' })
    await user.clear(json)
    await user.click(json)
    await user.paste(
      JSON.stringify({
        messaging_product: 'whatsapp',
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: 'Hi' },
          action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] },
        },
      }),
    )
    const note = document.querySelector('.bi-builder-file-note') as HTMLElement
    expect(note.textContent).toBe(
      'Ulichobandika ni ujumbe mzima: kitu cha interactive kilichomo pekee ndicho kimebaki hapa. Tendua huurudisha ujumbe mzima.',
    )
    expect(note.querySelector('[lang]')).toBeNull()
  })
})

describe('a host that words only some of the builder: the kit’s English it falls back to', () => {
  // A French host that gave the body's label only: the builder is French, its count the kit's English.
  const someFrench = { 'field.body.text': 'Texte du message' } satisfies Partial<Messages>
  const count = () => document.querySelector('.bi-builder-summary-count') as HTMLElement
  const status = () => within(screen.getByRole('region', { name: 'Problems' })).getByRole('status')

  it('marks the English it falls back to as English, shown and said', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder locale="fr" messages={someFrench} />)
    expect(count().parentElement?.closest('[lang]')).toHaveAttribute('lang', 'fr')
    expect(count()).toHaveTextContent('No problems found')
    // Was unmarked inside the French builder, and the status said lang="fr": English in a French voice.
    expect(count()).toHaveAttribute('lang', 'en')
    await user.clear(screen.getByRole('textbox', { name: 'Texte du message' }))
    expect(status()).toHaveTextContent('1 error')
    expect(status()).toHaveAttribute('lang', 'en')
    expect(count()).toHaveAttribute('lang', 'en')
  })

  it('marks the hidden "Error:" and "Suggestion:" it falls back to as English', async () => {
    const user = userEvent.setup()
    const { unmount } = render(<InteractiveBuilder locale="fr" messages={someFrench} />)
    await user.clear(screen.getByRole('textbox', { name: 'Texte du message' }))
    const labels = () => [...document.querySelectorAll('.bi-builder-sr:not([role])')]
    const error = labels().filter((label) => label.textContent === 'Error:')
    // Beside the field and in the summary; was read in the French voice of the builder around it.
    expect(error).toHaveLength(2)
    for (const label of error) expect(label).toHaveAttribute('lang', 'en')
    unmount()

    const list = {
      type: 'list',
      body: { text: 'Choisissez' },
      action: {
        button: 'Voir',
        sections: [{ title: 'Menu', rows: [{ id: 'a', title: 'A' }] }],
      },
    }
    render(<InteractiveBuilder locale="fr" messages={someFrench} defaultValue={list} />)
    const suggestion = labels().filter((label) => label.textContent === 'Suggestion:')
    expect(suggestion.length).toBeGreaterThan(0)
    for (const label of suggestion) expect(label).toHaveAttribute('lang', 'en')
  })

  it('leaves the host’s own "Erreur :" unmarked inside its builder', async () => {
    const user = userEvent.setup()
    render(
      <InteractiveBuilder
        locale="fr"
        messages={{ ...someFrench, 'builder.issue.error': 'Erreur', 'punctuation.colon': ' : ' }}
      />,
    )
    await user.clear(screen.getByRole('textbox', { name: 'Texte du message' }))
    const error = [...document.querySelectorAll('.bi-builder-sr:not([role])')].filter(
      (label) => label.textContent === 'Erreur :',
    )
    expect(error).toHaveLength(2)
    for (const label of error) expect(label).not.toHaveAttribute('lang')
  })

  it('keeps the host’s own count in its language, unmarked inside its builder', async () => {
    const user = userEvent.setup()
    const counted = {
      ...someFrench,
      'builder.issues.errors': { one: '{count} erreur', other: '{count} erreurs' },
    } satisfies Partial<Messages>
    render(<InteractiveBuilder locale="fr" messages={counted} />)
    await user.clear(screen.getByRole('textbox', { name: 'Texte du message' }))
    expect(status()).toHaveTextContent('1 erreur')
    expect(status()).toHaveAttribute('lang', 'fr')
    expect(count()).toHaveTextContent('1 erreur')
    expect(count()).not.toHaveAttribute('lang')
  })
})

describe('the full stop a screen reader hears after a description’s part', () => {
  it('is the stop of the language of the words it ends', () => {
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
        locale="zh"
        messages={chinese}
        coreMessages={{ locale: 'zh', issues: { too_long: (issue) => `最多 ${issue.limit} 个字符` } }}
      />,
    )
    const stopAfter = (text: RegExp) =>
      [...document.querySelectorAll('.bi-builder-issue-text')]
        .find((line) => text.test(line.textContent ?? ''))
        ?.querySelector('.bi-sentence-stop')
    // The host's Chinese sentence ends with 。, core's English one (the body) with ".".
    expect(stopAfter(/^最多 20 个字符/)).toHaveAttribute('data-stop', '。')
    expect(stopAfter(/^Body text is empty/)).toHaveAttribute('data-stop', '.')
  })
})
