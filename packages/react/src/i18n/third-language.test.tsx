import { LIMITS } from '@briq-interactive/core'
import { cleanup, render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { InteractiveBuilder } from '../builder/interactive-builder.tsx'
import { withLeftOut } from '../builder/labels.ts'
import { validFixtures } from '../preview/fixtures.ts'
import { formatDayTime } from '../preview/format-day-time.ts'
import { InteractivePreview } from '../preview/interactive-preview.tsx'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { SendInteractiveDialog } from '../send-dialog/send-interactive-dialog.tsx'
import { PREVIEW_LABELS } from './messages/catalogue.ts'
import { createMessageFormatter, getTranslator, type Messages, type PreviewKey } from './messages.ts'

// What a French host writes: every preview key in its language (here a marker per key, the
// product count and the WhatsApp button as a French catalogue words them).
const french = Object.fromEntries(Object.keys(PREVIEW_LABELS).map((key) => [key, `fr:${key}`])) as unknown as Record<
  PreviewKey,
  string
>
const frenchPreview = {
  ...french,
  'preview.viewItems': 'Voir les articles',
  'preview.productCount': { one: '{count} article', other: '{count} articles' },
} satisfies Partial<Messages>

// A French clerk's draft with one title past WhatsApp's limit, for core's sentences on it.
const longTitle = {
  type: 'button',
  body: { text: 'Votre commande est arrivée.' },
  action: { buttons: [{ type: 'reply', reply: { id: 'soir', title: 'Ce soir, avant dix-huit heures, si possible' } }] },
}

describe('a host whose people speak a language the kit does not bundle', () => {
  it('has its own words counted by its language’s plural rules: French 0 and 1 are singular', () => {
    const t = getTranslator('fr', { 'preview.productCount': { one: '{count} article', other: '{count} articles' } })
    expect(t('preview.productCount', { count: 0 })).toBe('0 article')
    expect(t('preview.productCount', { count: 1 })).toBe('1 article')
    expect(t('preview.productCount', { count: 2 })).toBe('2 articles')
    // A key it does not give falls back, on its own, to English with English rules.
    expect(t('preview.sheet.hiddenRows', { count: 0, max: LIMITS.list.rowsTotal.max })).toBe(
      '0 more rows not shown (WhatsApp shows at most 10)',
    )
  })

  it('writes its counts as its language does, and a key left out as English does', () => {
    const t = getTranslator('fr-CD', { 'preview.productCount': { one: '{count} article', other: '{count} articles' } })
    expect(t('preview.productCount', { count: 9970 })).toBe(`${new Intl.NumberFormat('fr-CD').format(9970)} articles`)
    expect(t('preview.productCount', { count: 9970 })).not.toContain(',')
    expect(t('preview.sheet.hiddenRows', { count: 9970, max: 10 })).toContain('9,970 more rows')
  })

  it('writes every number of a count in one set of digits, the language’s', () => {
    const t = getTranslator('ar-EG', {
      'builder.counter': '{count} / {limit}',
      'builder.count.row': '{count} من {limit} صفوف',
    })
    // A counter's count comes as text, to stay ungrouped: its digits are the language's all the same.
    expect(t('builder.counter', { count: '812', limit: 1024 })).toBe('٨١٢ / ١٠٢٤')
    expect(t('builder.count.row', { count: 7, limit: 10 })).toBe('٧ من ١٠ صفوف')
    // English and Swahili write them as they always have.
    expect(getTranslator('en')('builder.counter', { count: '1024', limit: 1024 })).toBe('1024 / 1024')
    expect(getTranslator('sw')('builder.count.row', { count: 7, limit: 10 })).toBe('Safu 7 kati ya 10')
    // A zero worked out as -0 (Math.ceil(-0.4)) is the 0 it always was, not Intl's "-0".
    expect(getTranslator('en')('builder.counter', { count: '0', limit: -0 })).toBe('0 / 0')
  })

  it('counts a counter’s count given as text by the language’s plural rules', () => {
    const fr = getTranslator('fr', {
      'builder.counter.label': { one: '{count} caractère sur {limit}', other: '{count} caractères sur {limit}' },
    })
    expect(fr('builder.counter.label', { count: '1', limit: 1024 })).toBe('1 caractère sur 1024')
    expect(fr('builder.counter.label', { count: '12', limit: 1024 })).toBe('12 caractères sur 1024')
  })

  it('picks every plural form Arabic has, each by its count', () => {
    const errors = {
      zero: 'لا أخطاء',
      one: 'خطأ واحد',
      two: 'خطآن',
      few: '{count} أخطاء',
      many: '{count} خطأً',
      other: '{count} خطأ',
    }
    const t = getTranslator('ar', { 'sendDialog.issues.errors': errors })
    const words = [0, 1, 2, 3, 11, 100].map((count) => t('sendDialog.issues.errors', { count }))
    const number = new Intl.NumberFormat('ar')
    expect(words).toEqual([
      'لا أخطاء',
      'خطأ واحد',
      'خطآن',
      `${number.format(3)} أخطاء`,
      `${number.format(11)} خطأً`,
      `${number.format(100)} خطأ`,
    ])
    // A form the message leaves out is its `other`.
    expect(createMessageFormatter('ar')({ one: 'خطأ واحد', other: '{count} خطأ' }, { count: 2 })).toBe(
      `${number.format(2)} خطأ`,
    )
  })

  it('words a host’s own keys by the tag it gives, any language Intl reads', () => {
    const format = createMessageFormatter('fr')
    expect(format({ one: '{count} brouillon', other: '{count} brouillons' }, { count: 0 })).toBe('0 brouillon')
    expect(createMessageFormatter('not a tag')({ one: '{count} draft', other: '{count} drafts' }, { count: 0 })).toBe(
      '0 drafts',
    )
  })

  it('writes whole numbers in the digits of the language, ungrouped, whatever its digits', () => {
    const tags = ['en', 'sw', 'fr', 'de-CH', 'ar', 'ar-EG', 'fa', 'bn', 'hi-IN-u-nu-deva', 'th-TH-u-nu-thai', 'zh']
    for (const tag of tags) {
      const digits = new Intl.NumberFormat(tag, { useGrouping: false })
      const format = createMessageFormatter(tag)
      for (const value of [0, 7, 1024, 98_765, 123_456_789_012_345]) {
        expect(format('{count} / {limit}', { count: String(value), limit: value })).toBe(
          `${digits.format(value)} / ${digits.format(value)}`,
        )
      }
    }
  })

  it('marks the preview with its language once it gives its words, and writes prices its way', () => {
    const { rerender } = render(
      <InteractivePreview value={validFixtures.productList} locale="fr" messages={frenchPreview} />,
    )
    const region = screen.getByRole('region', { name: 'fr:preview.region' })
    expect(region).toHaveAttribute('lang', 'fr')
    expect(within(region).getByRole('button', { name: 'Voir les articles' })).toBeInTheDocument()
    expect(region).toHaveTextContent('4 articles')
    // With no words of its own the preview is English, and says so: a key given as undefined words nothing.
    rerender(<InteractivePreview value={validFixtures.productList} locale="fr" />)
    expect(screen.getByRole('region', { name: 'WhatsApp message preview' })).toHaveAttribute('lang', 'en')
    rerender(
      <InteractivePreview value={validFixtures.productList} locale="fr" messages={{ 'preview.region': undefined }} />,
    )
    expect(screen.getByRole('region', { name: 'WhatsApp message preview' })).toHaveAttribute('lang', 'en')
    rerender(
      <InteractivePreview value={validFixtures.productList} locale="sw-TZ" messages={{ 'preview.region': 'X' }} />,
    )
    expect(screen.getByRole('region', { name: 'X' })).toHaveAttribute('lang', 'sw')
    const catalogue = { 'tecno-spark-20': { name: 'Tecno Spark 20', price: 385_000, currency: 'TZS' } }
    rerender(<InteractivePreview value={validFixtures.product} locale="fr" messages={french} catalogue={catalogue} />)
    const price = new Intl.NumberFormat('fr', { style: 'currency', currency: 'TZS', maximumFractionDigits: 0 })
    expect(screen.getByRole('region', { name: 'fr:preview.region' })).toHaveTextContent(
      price.format(385_000).replace(/\s+/gu, ' '),
    )
  })

  it('counts and numbers its words in a component by the tag it gives, not as English does', () => {
    const count = { zero: 'لا منتجات', one: 'منتج واحد', two: 'منتجان', few: '{count} منتجات', other: '{count} منتج' }
    render(
      <InteractivePreview
        value={validFixtures.productList}
        locale="ar-EG"
        messages={{ 'preview.region': 'معاينة', 'preview.productCount': count }}
      />,
    )
    // Four products: Arabic's `few`, in its own digits (English rules would say "4 منتج").
    expect(screen.getByRole('region', { name: 'معاينة' })).toHaveTextContent(
      `${new Intl.NumberFormat('ar-EG').format(4)} منتجات`,
    )
  })

  it('shows the message time on the tag’s clock, AM and PM in its words', () => {
    const time = new Intl.DateTimeFormat('ar-EG', {
      hour: 'numeric',
      minute: '2-digit',
      hourCycle: 'h12',
      timeZone: 'UTC',
    })
      .format(Date.UTC(2000, 0, 1, 9, 41))
      .replace(/\s+/gu, ' ')
    render(
      <InteractivePreview
        value={validFixtures.productList}
        locale="ar-EG"
        messages={{ 'preview.region': 'معاينة' }}
        time="2026-11-24T09:41:00"
      />,
    )
    const region = screen.getByRole('region', { name: 'معاينة' })
    expect(region).toHaveAttribute('lang', 'ar-EG')
    expect(region).toHaveTextContent(time)
  })

  it('marks a component with the host’s language only when the host gives some of its words', () => {
    render(
      <BriqProvider endpoint="/api/briq" locale="fr" messages={{ 'builder.tab.json': 'Code JSON' }}>
        <InteractivePreview value={validFixtures.productList} />
      </BriqProvider>,
    )
    // The builder's words only: the preview is wholly English, and says so.
    expect(screen.getByRole('region', { name: 'WhatsApp message preview' })).toHaveAttribute('lang', 'en')
  })

  it('marks the send dialog with its language, the provider’s words given once for all', () => {
    render(
      <BriqProvider endpoint="/api/briq" locale="fr" messages={{ 'sendDialog.title': 'Envoyer le message' }}>
        <SendInteractiveDialog interactive={validFixtures.productList} defaultOpen />
      </BriqProvider>,
    )
    expect(screen.getByRole('dialog', { name: 'Envoyer le message' })).toHaveAttribute('lang', 'fr')
  })

  it('writes the dialog’s and the builder’s days in its language', () => {
    const now = new Date(2026, 11, 7, 9, 0)
    const t = getTranslator('fr', { 'time.otherDay': '{day} à {time}' })
    const day = formatDayTime(new Date(2026, 11, 4, 14, 5), { now, locale: 'fr', t })
    const french = new Intl.DateTimeFormat('fr', { weekday: 'short', day: 'numeric', month: 'short' })
    expect(day).toBe(`${french.format(new Date(2026, 11, 4))} à 14:05`)
    expect(formatDayTime(new Date(2026, 11, 4, 14, 5), { now, locale: 'en', t: getTranslator('en') })).toBe(
      'Fri 4 Dec, 14:05',
    )
  })

  it('lists what a pasted message left out as its language joins a list', () => {
    const t = getTranslator('fr', { 'builder.json.openedLeftOut': '{opened} Non repris : {fields}.' })
    expect(withLeftOut(t, { text: 'Ouvert.', lang: 'fr' }, ['to', 'sender'])).toEqual({
      text: 'Ouvert. Non repris : "to" et "sender".',
      lang: 'fr',
    })
    expect(withLeftOut(getTranslator('en'), { text: 'Opened.', lang: 'en' }, ['a', 'b', 'c']).text).toContain(
      '"a", "b" and "c"',
    )
  })

  // A host's catalogue in another script ends its own sentences: no full stop is added after one.
  it('adds no full stop after what was opened when its sentence ends in the host’s script', () => {
    const t = getTranslator('zh', { 'builder.json.openedLeftOut': '{opened}未保留：{fields}。' })
    expect(withLeftOut(t, { text: '已打开 order.json。', lang: 'zh' }, ['sender']).text).toBe(
      '已打开 order.json。未保留："sender"。',
    )
  })

  it('names the builder’s fields with its own core `field`, and marks the builder with its language', async () => {
    const user = userEvent.setup()
    const { container } = render(
      <InteractiveBuilder
        locale="fr"
        messages={{ 'builder.announce.removed': '{item} supprimé' }}
        coreMessages={{ locale: 'fr', field: (path) => `Bouton ${Number(path.at(-1)) + 1}` }}
      />,
    )
    expect(container.querySelector('.bi-builder')).toHaveAttribute('lang', 'fr')
    const first = screen.getByRole('group', { name: 'Button 1' })
    await user.click(within(first).getByRole('button', { name: 'Remove' }))
    // Undo says the step it took back, naming the field as the host's core names it.
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(document.querySelector('.bi-builder-live')).toHaveTextContent('Bouton 1 supprimé')
  })

  it('marks the host’s core sentences with its language inside an English builder, and only them', () => {
    const { container } = render(
      <InteractiveBuilder
        locale="fr-CD"
        defaultValue={longTitle}
        coreMessages={{ issues: { too_long: (issue) => `Au plus ${issue.limit} caractères` } }}
      />,
    )
    const builder = container.querySelector('.bi-builder')
    // No `messages`: the builder's own labels are English, and marked so.
    expect(builder).toHaveAttribute('lang', 'en')
    const sentences = screen.getAllByText(`Au plus ${LIMITS.button.title.max} caractères`)
    // The field's message and the summary's line, each in the host's language; not "Error".
    expect(sentences.length).toBeGreaterThanOrEqual(2)
    for (const sentence of sentences) expect(sentence.closest('[lang]')).toHaveAttribute('lang', 'fr-CD')
    expect(screen.getAllByText('Error:')[0]?.closest('[lang]')).toHaveAttribute('lang', 'en')
  })

  it('marks core’s English sentences as English inside a builder in the host’s language', () => {
    const draft = {
      type: 'button',
      body: { text: '' },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Oui' } }] },
    }
    const { container } = render(
      <InteractiveBuilder locale="fr" defaultValue={draft} messages={{ 'builder.issue.error': 'Erreur' }} />,
    )
    expect(container.querySelector('.bi-builder')).toHaveAttribute('lang', 'fr')
    const line = container.querySelector('.bi-builder-issue-text')
    expect(line).toHaveAttribute('lang', 'en')
  })

  it('marks the host’s core sentences with its language in an English send dialog', () => {
    render(
      <BriqProvider endpoint="/api/briq">
        <SendInteractiveDialog
          interactive={longTitle}
          defaultOpen
          defaultTo="0712345678"
          locale="fr"
          coreMessages={{ locale: 'fr-CD', issues: { too_long: (issue) => `Au plus ${issue.limit} caractères` } }}
        />
      </BriqProvider>,
    )
    expect(screen.getByRole('dialog')).toHaveAttribute('lang', 'en')
    const sentence = screen.getByText(`Au plus ${LIMITS.button.title.max} caractères`)
    expect(sentence.closest('[lang]')).toHaveAttribute('lang', 'fr-CD')
  })

  it('keeps an outer provider’s core `locale` under an inner provider’s own sentences', () => {
    render(
      <BriqProvider endpoint="/api/briq" locale="fr" coreMessages={{ locale: 'fr-CD' }}>
        <BriqProvider
          endpoint="/api/briq"
          coreMessages={{ issues: { too_long: (issue) => `Au plus ${issue.limit} caractères` } }}
        >
          <InteractiveBuilder defaultValue={longTitle} />
        </BriqProvider>
      </BriqProvider>,
    )
    // One provider's `locale` with a component's own sentences, too.
    render(
      <BriqProvider endpoint="/api/briq" locale="fr" coreMessages={{ locale: 'fr-CD' }}>
        <SendInteractiveDialog
          interactive={longTitle}
          defaultOpen
          defaultTo="0712345678"
          coreMessages={{ issues: { too_long: () => 'Titre trop long' } }}
        />
      </BriqProvider>,
    )
    expect(screen.getByText('Titre trop long').closest('[lang]')).toHaveAttribute('lang', 'fr-CD')
    const [sentence] = screen.getAllByText(`Au plus ${LIMITS.button.title.max} caractères`)
    expect(sentence?.closest('[lang]')).toHaveAttribute('lang', 'fr-CD')
  })

  it('starts a new draft with the host’s starter words, English where it gives none', async () => {
    const user = userEvent.setup()
    const starter = {
      'starter.button.body': 'Voulez-vous confirmer votre commande ?',
      'starter.button.reply1': 'Oui, confirmer',
      'starter.list.button': 'Voir les choix',
    } satisfies Partial<Messages>
    const values: unknown[] = []
    render(<InteractiveBuilder locale="fr" messages={starter} onValueChange={(draft) => values.push(draft)} />)
    expect(screen.getByRole('textbox', { name: 'Body text' })).toHaveValue('Voulez-vous confirmer votre commande ?')
    expect(screen.getByRole('textbox', { name: 'Button 1 title' })).toHaveValue('Oui, confirmer')
    // A word it left out is core's English.
    expect(screen.getByRole('textbox', { name: 'Button 2 title' })).toHaveValue('No, change it')
    // Another type starts in its words too (the buttons become its rows).
    await user.selectOptions(screen.getByRole('combobox', { name: 'Message type' }), 'list')
    expect(screen.getByRole('textbox', { name: 'List button label' })).toHaveValue('Voir les choix')
    expect(values.at(-1)).toMatchObject({ type: 'list', action: { button: 'Voir les choix' } })
    // Words of the draft, not of the builder: its labels are English, and marked so.
    expect(document.querySelector('.bi-builder')).toHaveAttribute('lang', 'en')
    // English and Swahili start as they did.
    cleanup()
    render(<InteractiveBuilder locale="sw" />)
    expect(screen.getByRole('textbox', { name: 'Maandishi ya ujumbe' })).toHaveValue(
      'Je, ungependa kuthibitisha oda yako?',
    )
    cleanup()
    render(<InteractiveBuilder />)
    expect(screen.getByRole('textbox', { name: 'Body text' })).toHaveValue('Would you like to confirm your order?')
  })
})
