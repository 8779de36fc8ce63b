import {
  coreMessagesEn,
  coreMessagesSw,
  createDraft,
  draftFixIts,
  formatIssue,
  INTERACTIVE_TYPES,
  type Issue,
  LIMITS,
  validateInteractive,
} from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { draftLabels } from './messages/draft-labels.ts'
import { en, type Messages } from './messages/en.ts'
import { starterSw } from './messages/starter-sw.ts'
import { sw } from './messages/sw.ts'
import { getCoreMessages, getTranslator } from './messages.ts'
import { forms } from './testing/english-leaks.ts'

const keys = Object.keys(en) as (keyof Messages)[]

describe('message catalogues', () => {
  it('Swahili has exactly the English keys (the type makes a missing one a compile error), none empty', () => {
    expect(Object.keys(sw).sort()).toEqual(Object.keys(en).sort())
    // The space after a sentence is a space (none in Chinese), not words.
    for (const key of keys) {
      for (const text of forms(sw[key])) expect(key === 'punctuation.space' ? text : text.trim(), key).not.toBe('')
    }
  })

  it('keeps every {placeholder} of the English string in every Swahili form', () => {
    const names = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort()
    for (const key of keys) {
      const english = names(forms(en[key]).join(' '))
      for (const text of forms(sw[key])) expect(names(text), key).toEqual(english)
    }
  })

  // Strings Swahili says as English does: a brand (Flow), a word Swahili took as it is (Video),
  // a format name, and a count without words. Any other equal pair is a string left untranslated.
  const SAME_IN_BOTH = new Set<keyof Messages>([
    'type.flow',
    'option.header.video',
    'preview.video',
    'builder.tab.json',
    'builder.counter',
    // Not words: how both write a name inside a sentence, after a label, at a sentence's end and after
    // it, and between things said side by side.
    'names.inSentence',
    'punctuation.colon',
    'punctuation.stop',
    'punctuation.space',
    'punctuation.separator',
  ])

  it('has a Swahili string equal to its English only where Swahili says it so', () => {
    const same = keys.filter((key) => JSON.stringify(sw[key]) === JSON.stringify(en[key]))
    expect(same.sort()).toEqual([...SAME_IN_BOTH].sort())
  })

  it('names a JSON object "kitu cha JSON" (or "cha interactive"), never a bare kitu, which is any thing', () => {
    const bare = keys.filter((key) => forms(sw[key]).some((text) => /\bkitu\b(?! (kimoja )?cha\b)/i.test(text)))
    expect(bare).toEqual([])
    expect(sw['fix.parseJsonText']).toBe('Geuza maandishi ya JSON kuwa kitu cha JSON')
  })

  it('words a new draft to the customer with "ili" and the subjunctive where it says what for', () => {
    // "Sogeza kuona…" dropped the ili of purpose; the customer is told what they will do.
    expect(starterSw['carousel.body']).toBe('Sogeza ili uone bidhaa zetu maalum.')
    expect(starterSw['flow.body']).toBe('Jaza fomu fupi ili uweke miadi yako.')
    expect(starterSw['location_request_message.body']).toMatch(/ ili tukuletee /)
  })

  it('names the text styles by the letters they make, as Herufi nzito does', () => {
    // "Nafasi sawa" (equal space, or equal chance) did not say monospace letters.
    expect(sw['builder.format.bold']).toBe('Herufi nzito')
    expect(sw['builder.format.italic']).toBe('Herufi za mlalo')
    expect(sw['builder.format.mono']).toBe('Herufi za upana sawa')
  })

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = getTranslator('sw')
    expect(t('preview.carouselCard', { index: 2, count: 3 })).toBe('Kadi 2 kati ya 3')
    expect(t('preview.carouselCard', { index: 2 })).toBe('Kadi 2 kati ya {count}')
    expect(t('preview.sendLocation')).toBe('Tuma mahali')
    // "na nyingine 3" (and 3 others, agreeing with bidhaa), not the calque "na 3 zaidi".
    expect(t('preview.productNamesMore', { names: 'Mchele, Unga', count: 3 })).toBe('Mchele, Unga na nyingine 3')
  })

  it('picks the singular or plural form by count, by each language’s rules', () => {
    const t = getTranslator('en')
    expect(t('preview.sheet.hiddenRows', { count: 1, max: LIMITS.list.rowsTotal.max })).toBe(
      '1 more row not shown (WhatsApp shows at most 10)',
    )
    expect(t('preview.sheet.hiddenRows', { count: 3, max: LIMITS.list.rowsTotal.max })).toBe(
      '3 more rows not shown (WhatsApp shows at most 10)',
    )
    expect(t('preview.productCount', { count: 1 })).toBe('1 item')
    expect(t('sendDialog.issues.errors', { count: 2 })).toBe('2 errors to fix before sending')
    const s = getTranslator('sw')
    expect(s('preview.sheet.hiddenRows', { count: 1, max: LIMITS.list.rowsTotal.max })).toBe(
      'Safu 1 zaidi haijaonyeshwa (WhatsApp huonyesha safu 10 tu)',
    )
    expect(s('preview.sheet.hiddenRows', { count: 4, max: LIMITS.list.rowsTotal.max })).toBe(
      'Safu 4 zaidi hazijaonyeshwa (WhatsApp huonyesha safu 10 tu)',
    )
    expect(s('sendDialog.issues.errors', { count: 1 })).toBe('Kosa 1 la kurekebisha kabla ya kutuma')
    expect(s('sendDialog.issues.errors', { count: 3 })).toBe('Makosa 3 ya kurekebisha kabla ya kutuma')
  })

  // Keys whose {count} counts a total ("3 of 10 rows", "Card 2 of 3", "and 4 more"): the noun
  // belongs to the total or there is none, so one wording fits every count.
  const COUNT_OF_TOTAL = new Set<string>([
    'builder.counter',
    'builder.counter.label',
    'builder.announce.moved',
    'preview.carouselCard',
    'preview.productNamesMore',
  ])
  // "1 of 3 buttons" in English, where the noun follows the total; Swahili puts the noun before
  // the count ("Kitufe 1 kati ya 3"), so there it agrees with the count.
  const nounAfterTotalInEnglish = (key: string) =>
    key.startsWith('builder.count.') || key === 'builder.counter.lineBreaks'
  const countKeys = keys.filter((key) => forms(en[key]).some((text) => text.includes('{count}')))
  const counted = (key: keyof Messages) => !COUNT_OF_TOTAL.has(key) && !nounAfterTotalInEnglish(key)

  it('gives every key that counts things a singular and a plural form (Swahili where the noun changes)', () => {
    expect(countKeys.length).toBeGreaterThan(10)
    for (const key of countKeys.filter(counted)) expect(typeof en[key], key).toBe('object')
  })

  it.each(['en', 'sw'] as const)('words every count-bearing key with 1 and with 2 in %s', (locale) => {
    const t = getTranslator(locale)
    const values = { count: 1, limit: 10, kind: 'image', card: 1, names: 'A', position: 1, index: 1 }
    // English: a count of one is never followed by a plural noun ("1 reply buttons").
    const pluralAfterOne =
      /\b1 (?:[a-z-]+ ){0,2}(?:buttons|rows|sections|titles|cards|products|errors|warnings|items|problems)\b/
    // Swahili: a count of one never takes the plural noun class (vitufe, vichwa, makosa, maonyo).
    const pluralOneSw =
      /\b(?:[Vv]itufe|[Vv]ichwa|[Mm]akosa|[Mm]aonyo|[Mm]istari mipya|zilizohifadhiwa) 1\b|\bvya kujibu\b.*\b1\b|\b1\b[^.]*\bvinavyokosekana\b/
    for (const key of countKeys) {
      const one = t(key, values)
      const two = t(key, { ...values, count: 2 })
      if (locale === 'en' ? counted(key) : !COUNT_OF_TOTAL.has(key))
        expect(one, key).not.toMatch(locale === 'en' ? pluralAfterOne : pluralOneSw)
      expect(two, key).toContain('2')
      if (counted(key) && locale === 'en') expect(one, key).not.toBe(two.replaceAll('2', '1'))
    }
    expect(t('fix.listToButtons', values)).toBe(
      locale === 'en' ? 'Turn into 1 reply button' : 'Geuza kuwa kitufe 1 cha kujibu',
    )
    expect(t('fix.addSectionTitles', values)).toBe(
      locale === 'en' ? 'Add the 1 missing section title' : 'Ongeza kichwa 1 cha sehemu kinachokosekana',
    )
    expect(t('fix.alignCardButtons', values)).toBe(
      locale === 'en' ? 'Give every card 1 button, like card 1' : 'Kila kadi iwe na kitufe 1, kama kadi 1',
    )
  })

  it('uses the fixed wording: Piga simu sasa, Tuma anwani, i- statuses, Ujumbe named in sentences', () => {
    expect(sw['preview.callNow']).toBe('Piga simu sasa')
    expect(sw['preview.address']).toBe('Tuma anwani')
    // A tooltip says what the button does, in the present/habitual tense, not the future.
    expect(sw['preview.opensInBrowser']).toBe('Hufungua {url} kwenye kichupo kipya')
    expect(sw['send.status.failed']).toBe('Haikuwasilishwa')
    expect(sw['sendDialog.recipient.normalized']).toBe('Ujumbe utatumwa kwa +{number}')
    expect(sw['sendDialog.failed.live']).toBe('Ujumbe haujatumwa: {reason}')
    for (const key of keys) for (const text of forms(sw[key])) expect(text, key).not.toMatch(/^U(tatumwa|meshindwa)\b/)
    // "Not sent" names the message, the same way everywhere it is said.
    const notSent = keys.filter((key) => forms(en[key]).some((text) => text.startsWith('Not sent')))
    expect(notSent.length).toBeGreaterThan(2)
    for (const key of notSent) for (const text of forms(sw[key])) expect(text, key).toMatch(/^Ujumbe haujatumwa\b/)
  })

  it('uses one word per idea: muda wa saa 24 umeisha, Hali only for Status, Toleo for the flow mode', () => {
    for (const key of keys) for (const text of forms(sw[key])) expect(text, key).not.toMatch(/umekwisha/)
    expect(sw['sendDialog.conversation.closed']).toBe('{name}: muda wa saa 24 umeisha')
    const hali = keys.filter((key) => forms(sw[key]).some((text) => /\bHali\b/.test(text)))
    expect(hali).toEqual(['sendDialog.success.status'])
    expect(sw['field.flow.mode']).toBe('Toleo la flow')
    expect(keys.filter((key) => forms(sw[key]).some((text) => /\bToleo\b/.test(text)))).toEqual(['field.flow.mode'])
  })

  it('words a fix-it offered on fields of several noun classes without an object prefix that must agree', () => {
    // "Leave it out" is offered on an empty footer (maandishi: ya-) and empty flow data (data: i-);
    // "Kiache" took ki-. Capitals fix a country code (msimbo: u-), emoji a button text (ya-).
    expect(sw['fix.removeEmpty']).toBe('Toa kwenye ujumbe')
    expect(sw['fix.countryCapitals']).toBe('Andika kwa herufi kubwa: {code}')
    expect(sw['fix.removeEmoji']).toBe('Andika bila emoji: {text}')
    // A choice typed in another case is written as WhatsApp takes it on a flow's mode (toleo: li-),
    // its action and a header's type (aina: i-): "Iandike" agreed with aina alone.
    const flow = createDraft('flow') as { action: { parameters: Record<string, unknown> } }
    flow.action.parameters.mode = 'PUBLISHED'
    const fixed = draftFixIts(flow, validateInteractive(flow)).filter((fix) => fix.labelKey === 'fix.writeAllowedValue')
    expect(fixed.map((fix) => fix.paths[0]?.at(-1))).toEqual(['mode'])
    expect(getTranslator('sw')('fix.writeAllowedValue', { value: 'published' })).toBe('Andika kama "published"')
  })

  it('calls an interactive message "ujumbe shirikishi" wherever it names one', () => {
    // "interactive" stays only as the JSON key's own name ("Kitu cha interactive (JSON)").
    const named = keys.filter((key) =>
      forms(sw[key]).some((text) => /\bujumbe (wa )?(interactive|shirikishi)\b/.test(text)),
    )
    expect(named).toContain('builder.json.fileNotObject')
    for (const key of named) for (const text of forms(sw[key])) expect(text, key).not.toMatch(/ujumbe wa interactive/)
  })

  it('names a file “Faili x.json” where a verb agrees with it: a faili is ji-ma (halina, lina), as “faili la JSON”', () => {
    const fileKeys = keys.filter((key) => key.startsWith('builder.json.file'))
    expect(fileKeys.length).toBeGreaterThan(4)
    for (const key of fileKeys) {
      // A bare name followed by an i- verb agreed with no noun ("x.json haina", "x.json haikuweza").
      for (const text of forms(sw[key])) expect(text, key).not.toMatch(/\{name\} (ha)?i[a-z]/)
    }
    expect(sw['builder.json.fileUnreadable']).toBe('Faili {name} halikuweza kusomwa')
    const other: Issue = {
      code: 'invalid_format',
      reason: 'other_message',
      path: [],
      message: '',
      params: { type: 'text', file: 'a.json' },
    }
    expect(formatIssue(other, coreMessagesSw)).toMatch(/^Faili \u2068a\.json\u2069 lina ujumbe wa WhatsApp/)
    const list: Issue = {
      code: 'invalid_format',
      reason: 'not_json_object',
      path: [],
      message: '',
      params: { file: 'a.json' },
    }
    expect(formatIssue(list, coreMessagesSw)).toMatch(/^Faili \u2068a\.json\u2069 lazima liwe kitu cha JSON/)
  })

  it('says ujumbe only of the WhatsApp message: the kit’s own note is a taarifa, “It was for” names Ujumbe', () => {
    for (const key of keys) {
      if (forms(sw[key]).some((text) => /\bujumbe huu\b/i.test(text))) {
        expect(forms(en[key]).join(' '), key).toMatch(/\bthis message\b/i)
      }
    }
    expect(sw['builder.persist.unsavedPage']).toContain('kila nyingine inayoonyesha taarifa hii')
    // "Ilikuwa kwa {to}" left "it" to be guessed after a file's name or a fix-it's words.
    expect(sw['builder.json.openedRecipientKept']).toContain('Ujumbe wake ulikuwa kwa {to}')
    expect(sw['builder.announce.fixedRecipientKept']).toContain('Ujumbe huo ulikuwa kwa {to}')
  })

  it('asks to press a button named by a verb (“bonyeza Pakua JSON”), not to “use” it (“tumia Pakua JSON”)', () => {
    for (const key of ['builder.persist.unsaved', 'builder.persist.unsavedPage'] as const) {
      expect(sw[key]).toContain('bonyeza {download} kwenye kichupo cha {tab}')
      expect(getTranslator('sw')(key, { download: sw['builder.json.download'] as string, tab: 'JSON' })).not.toMatch(
        /tumia Pakua/,
      )
    }
  })

  it('never starts a clause about the message with a bare u- verb, which reads as “you” (“una kosa”)', () => {
    for (const key of keys) {
      for (const text of forms(sw[key])) expect(text, key).not.toMatch(/[:;] (una|hauna) /)
    }
    expect(getTranslator('sw')('composer.blocked', { count: 1 })).toBe(
      'Ujumbe haujatumwa: kuna kosa 1 kwenye ujumbe. Lirekebishe kwenye fomu kwanza.',
    )
  })

  it('names Meta’s tools as Meta does, and a WhatsApp Business account as the business’s, not any phone’s', () => {
    for (const product of ['WhatsApp Manager', 'Commerce Manager']) {
      for (const key of keys) {
        if (forms(en[key]).some((text) => text.includes(product))) {
          for (const text of forms(sw[key])) expect(text, key).toContain(product)
        }
      }
    }
    // "akaunti ya WhatsApp" is any phone's account; the catalog is tied to the business one.
    for (const key of keys) {
      if (forms(en[key]).some((text) => text.includes('WhatsApp Business'))) {
        for (const text of forms(sw[key])) expect(text, key).toMatch(/akaunti \w+ ?ya WhatsApp ya biashara/)
      }
    }
  })

  it('never says "gave it" as -lipa, which reads as kulipa (to pay): "WhatsApp ililipa faili" is "paid the file"', () => {
    for (const key of keys) for (const text of forms(sw[key])) expect(text, key).not.toMatch(/\b\w*lilipa\b/)
    expect(sw['hint.media.id']).toBe('Kitambulisho ambacho WhatsApp ilitoa kwa faili lilipopakiwa kwake')
  })

  it('says sehemu only for a list’s section, and kipengele for a field of the object as core does', () => {
    // The form's groups are "Sehemu 1", "Sehemu 2": a fix-it that removed an "unknown sehemu"
    // read as removing a section, while the issue beside it names the field a kipengele.
    for (const key of keys) {
      for (const text of forms(sw[key])) {
        if (/\bsehemu\b/i.test(text)) expect(forms(en[key]).join(' '), key).toMatch(/\bsections?\b/i)
      }
    }
    const unknown: Issue = { path: ['colour'], code: 'unknown_key', message: '', params: { key: 'colour' } }
    expect(formatIssue(unknown, coreMessagesSw)).toContain('kipengele kisichojulikana "\u2068colour\u2069"')
    expect(getTranslator('sw')('fix.removeUnknownField', { key: 'colour' })).toBe(
      'Futa kipengele kisichojulikana "colour"',
    )
  })

  it('calls a warning onyo (plural maonyo) everywhere: the builder’s summary and the dialog’s', () => {
    const warnings = keys.filter((key) => forms(en[key]).some((text) => /\bwarnings?\b/i.test(text)))
    expect(warnings).toContain('sendDialog.issues.warnings')
    for (const key of warnings) for (const text of forms(sw[key])) expect(text, key).toMatch(/\b(O|o|Mao|mao)nyo\b/)
    for (const key of keys) for (const text of forms(sw[key])) expect(text, key).not.toMatch(/tahadhari/i)
  })

  it('falls back to English for an unknown locale, core wording included', () => {
    expect(getTranslator('fr')('preview.sendLocation')).toBe('Send location')
    expect(getCoreMessages('fr')).toBe(coreMessagesEn)
    expect(getCoreMessages('sw')).toBe(coreMessagesSw)
  })
})

describe('type names', () => {
  it('core names the types of an unknown-type issue as the type picker does, in each language', () => {
    const issue = {
      path: ['type'],
      code: 'invalid_value' as const,
      reason: 'one_of' as const,
      params: { allowed: [...INTERACTIVE_TYPES] },
      message: '',
    }
    for (const [index, core] of [coreMessagesEn, coreMessagesSw].entries()) {
      const sentence = formatIssue(issue, core)
      for (const type of INTERACTIVE_TYPES) {
        expect(sentence, core.locale).toContain(`${draftLabels[`type.${type}`][index]} ("${type}")`)
      }
    }
  })
})
