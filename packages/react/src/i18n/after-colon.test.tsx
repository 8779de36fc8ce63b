import {
  BriqError,
  coreMessagesEn,
  coreMessagesSw,
  describeSendFailure,
  formatIssue,
  type MessageStatusSnapshot,
  normalizePhone,
} from '@briq-interactive/core'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { replySentence } from '../send-dialog/send-success.tsx'
import { en, type Messages } from './messages/en.ts'
import { sw } from './messages/sw.ts'
import { getTranslator, type MessageKey } from './messages.ts'
import { forms } from './testing/english-leaks.ts'
import { wordedAroundRuns } from './worded-around.tsx'

// What may open the words after a colon with a capital: a name (Briq's, Meta's, WhatsApp), an
// acronym (JSON, URL), or a value the words around it do not word (a file's, an item's, a field's
// or a step's name, the customer's answer: placeholders, checked with what fills them below).
const NAME_AFTER_COLON = /^(?:\p{Lu}{2,}\b|Briq\b|Meta\b|WhatsApp\b|India\b|\{)/u
// Every colon and the first word after it (not a clock's "HH:MM", nor a URL's "https://").
const AFTER_COLON = /(?<!\d|https?|HH)[:：]\s*(\S+)/gu
const capitalsAfterColons = (sentence: string): string[] =>
  [...sentence.matchAll(AFTER_COLON)]
    .map((match) => match[1] ?? '')
    .filter((word) => /^\p{Lu}/u.test(word) && !NAME_AFTER_COLON.test(word))

const keys = Object.keys(en) as (keyof Messages)[]
// The wordings that set one of core's sentences (why a send or a number failed) after a colon.
const reasonAfterColon = keys.filter((key) => forms(en[key]).some((text) => /[:：]\s*\{reason\}/u.test(text)))

// Core's sentences that stand after those colons: why a send failed, why a number cannot be used.
const failures = [
  new BriqError({ kind: 'network', message: 'x' }),
  new BriqError({ kind: 'http', status: 429, message: 'x', retryAfterMs: 30_000 }),
  new BriqError({ kind: 'http', status: 400, message: 'x', errors: [{ code: 'E', message: 'Briq said why' }] }),
  new BriqError({ kind: 'http', status: 502, message: 'x', errors: [] }),
  new BriqError({ kind: 'timeout', message: 'x' }),
]
const phones = ['0712', '+34 0612345678', '+255 0712 34567', 'abc']
const coreSentences = (core: typeof coreMessagesEn) => [
  ...failures.map((error) => describeSendFailure(error, core)),
  ...phones.flatMap((phone) => {
    const result = normalizePhone(phone)
    return result.ok ? [] : [formatIssue(result.issue, core)]
  }),
]

describe('after a colon, one rule: the words go on with a small letter, but for a name', () => {
  it('holds for every wording of both catalogues', () => {
    for (const [lang, catalogue] of [
      ['en', en],
      ['sw', sw],
    ] as const) {
      const capitals = keys.flatMap((key) => {
        const message = catalogue[key]
        return message === undefined
          ? []
          : forms(message)
              .flatMap(capitalsAfterColons)
              .map((word) => `${key}: ${word}`)
      })
      expect(capitals, lang).toEqual([])
    }
  })

  it('holds where one of core’s sentences (capitalised, as it stands alone) is set after a colon', () => {
    expect(reasonAfterColon).toEqual(
      expect.arrayContaining(['sendDialog.failed.live', 'sendDialog.recipient.invalid', 'send.status.pollFailed']),
    )
    for (const [lang, core] of [
      ['en', coreMessagesEn],
      ['sw', coreMessagesSw],
    ] as const) {
      const t = getTranslator(lang)
      const sentences = coreSentences(core)
      expect(
        sentences.filter((sentence) => /^\p{Lu}/u.test(sentence) && !/^Briq\b/.test(sentence)).length,
      ).toBeGreaterThan(5)
      for (const key of reasonAfterColon) {
        for (const sentence of sentences) {
          const said = wordedAroundRuns(t, key as MessageKey, {}, 'reason', { text: sentence, lang })
          expect(capitalsAfterColons(said.text), said.text).toEqual([])
        }
      }
    }
    // As Swahili and English write it: "Not sent: too many…", a name kept ("Ujumbe haujatumwa: Briq…").
    const t = getTranslator('sw')
    expect(
      wordedAroundRuns(t, 'sendDialog.failed.live', {}, 'reason', { text: 'Briq imeukataa ujumbe.', lang: 'sw' }).text,
    ).toBe('Ujumbe haujatumwa: Briq imeukataa ujumbe.')
  })

  it('leaves someone’s own words after a colon as they were written, in any language', () => {
    // A tapped title is the message's words: "Juma" or "iPhone" stays as typed, even marked Swahili
    // or English (a host's messageLang), while the kit's sentence for what was done goes on small.
    for (const [lang, said] of [
      ['sw', ['Mteja amejibu: Juma', 'Mteja amejibu: iPhone 15', 'Mteja amejibu: ametuma mahali: Kariakoo']],
      [
        'en',
        [
          'The customer replied: Juma',
          'The customer replied: iPhone 15',
          'The customer replied: shared a location: Kariakoo',
        ],
      ],
    ] as const) {
      const t = getTranslator(lang)
      const words = [
        { text: 'Juma', lang, own: true },
        { text: 'iPhone 15', lang, own: true },
        { text: t('preview.reply.location', { place: 'Kariakoo' }), lang },
      ]
      expect(words.map((part) => wordedAroundRuns(t, 'sendDialog.success.reply', {}, 'reply', part).text)).toEqual(said)
    }
  })

  it('leaves a place a host’s wording puts first as the customer’s app named it', () => {
    const t = getTranslator('en', { 'preview.reply.location': '{place} (shared location)' })
    const reply = { type: 'location', location: { name: 'Kariakoo Market', latitude: -6.8, longitude: 39.3 } }
    const delivery = { reply } as unknown as MessageStatusSnapshot
    render(<p>{replySentence(delivery, t)}</p>)
    expect(screen.getByText(/customer replied/)).toHaveTextContent(
      'The customer replied: Kariakoo Market (shared location)',
    )
  })

  it('leaves a sentence of a language the kit does not word as its author wrote it', () => {
    const t = getTranslator('de', { 'sendDialog.failed.live': 'Nicht gesendet: {reason}' })
    const said = wordedAroundRuns(t, 'sendDialog.failed.live', {}, 'reason', {
      text: 'Zu viele Nachrichten.',
      lang: 'de',
    })
    expect(said.text).toBe('Nicht gesendet: Zu viele Nachrichten.')
    // Core's English in a German host's words: English's rule, the run marked English.
    const english = wordedAroundRuns(t, 'sendDialog.failed.live', {}, 'reason', {
      text: 'Too many messages at once.',
      lang: 'en',
    })
    expect(english.parts).toEqual([
      { text: 'Nicht gesendet: ', lang: 'de' },
      { text: 'too many messages at once.', lang: 'en' },
    ])
  })
})
