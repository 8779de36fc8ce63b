import { coreMessagesEn, coreMessagesSw } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { en, type Messages } from './messages/en.ts'
import { sw } from './messages/sw.ts'
import { getCoreMessages, getTranslator } from './messages.ts'
import { forms } from './testing/english-leaks.ts'

const keys = Object.keys(en) as (keyof Messages)[]

describe('message catalogues', () => {
  it('Swahili has exactly the English keys (the type makes a missing one a compile error), none empty', () => {
    expect(Object.keys(sw).sort()).toEqual(Object.keys(en).sort())
    for (const key of keys) for (const text of forms(sw[key])) expect(text.trim(), key).not.toBe('')
  })

  it('keeps every {placeholder} of the English string in every Swahili form', () => {
    const names = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort()
    for (const key of keys) {
      const english = names(forms(en[key]).join(' '))
      for (const text of forms(sw[key])) expect(names(text), key).toEqual(english)
    }
  })

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = getTranslator('sw')
    expect(t('preview.carouselCard', { index: 2, count: 3 })).toBe('Kadi 2 kati ya 3')
    expect(t('preview.carouselCard', { index: 2 })).toBe('Kadi 2 kati ya {count}')
    expect(t('preview.sendLocation')).toBe('Tuma mahali')
  })

  it('picks the singular or plural form by count, by each language’s rules', () => {
    const t = getTranslator('en')
    expect(t('preview.sheet.hiddenRows', { count: 1 })).toBe('1 more row not shown (WhatsApp shows at most 10)')
    expect(t('preview.sheet.hiddenRows', { count: 3 })).toBe('3 more rows not shown (WhatsApp shows at most 10)')
    expect(t('preview.productCount', { count: 1 })).toBe('1 item')
    expect(t('sendDialog.issues.errors', { count: 2 })).toBe('2 errors to fix before sending')
    const s = getTranslator('sw')
    expect(s('preview.sheet.hiddenRows', { count: 1 })).toBe(
      'Safu 1 zaidi haijaonyeshwa (WhatsApp huonyesha safu 10 tu)',
    )
    expect(s('preview.sheet.hiddenRows', { count: 4 })).toBe(
      'Safu 4 zaidi hazijaonyeshwa (WhatsApp huonyesha safu 10 tu)',
    )
    expect(s('sendDialog.issues.errors', { count: 1 })).toBe('Kosa 1 la kurekebisha kabla ya kutuma')
    expect(s('sendDialog.issues.errors', { count: 3 })).toBe('Makosa 3 ya kurekebisha kabla ya kutuma')
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
  })

  it('uses one word per idea: muda wa saa 24 umeisha, Hali only for Status, Toleo for the flow mode', () => {
    for (const key of keys) for (const text of forms(sw[key])) expect(text, key).not.toMatch(/umekwisha/)
    expect(sw['sendDialog.conversation.closed']).toBe('{name}: muda wa saa 24 umeisha')
    const hali = keys.filter((key) => forms(sw[key]).some((text) => /\bHali\b/.test(text)))
    expect(hali).toEqual(['sendDialog.success.status'])
    expect(sw['field.flow.mode']).toBe('Toleo la flow')
    expect(keys.filter((key) => forms(sw[key]).some((text) => /\bToleo\b/.test(text)))).toEqual(['field.flow.mode'])
  })

  it('falls back to English for an unknown locale, core wording included', () => {
    expect(getTranslator('fr')('preview.sendLocation')).toBe('Send location')
    expect(getCoreMessages('fr')).toBe(coreMessagesEn)
    expect(getCoreMessages('sw')).toBe(coreMessagesSw)
  })
})
