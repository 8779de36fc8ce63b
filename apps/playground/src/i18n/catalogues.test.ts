import { coreMessagesSw } from '@briq-interactive/core'
import { messagesEn } from '@briq-interactive/react'
import { describe, expect, it } from 'vitest'
import { en, type PlaygroundMessages } from './en.ts'
import { sw } from './sw.ts'
import { createTranslator } from './translator.ts'

type Key = keyof typeof en
const keys = Object.keys(en) as Key[]
const forms = (message: PlaygroundMessages[Key]): string[] =>
  typeof message === 'string' ? [message] : [message.one, message.other]
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort()

// Strings that are the same in both languages on purpose (a greeting, an endpoint).
const SAME_IN_BOTH = new Set<Key>(['customerWritesFirstText', 'modeProxy'])

describe('the playground catalogues', () => {
  it('have the same keys, no empty string, the same placeholders', () => {
    expect(Object.keys(sw).sort()).toEqual(Object.keys(en).sort())
    for (const key of keys) {
      const english = placeholders(forms(en[key]).join(' '))
      for (const text of forms(sw[key])) {
        expect(text.trim(), key).not.toBe('')
        expect(placeholders(text), key).toEqual(english)
      }
    }
  })

  it('translate every other string', () => {
    const untranslated = keys.filter(
      (key) => !SAME_IN_BOTH.has(key) && JSON.stringify(sw[key]) === JSON.stringify(en[key]),
    )
    expect(untranslated).toEqual([])
  })

  it('extend the kit’s catalogue instead of repeating it: no key or sentence of the kit is here again', () => {
    const kitKeys = new Set(Object.keys(messagesEn))
    expect(keys.filter((key) => kitKeys.has(key))).toEqual([])
    const kitTexts = new Set(Object.values(messagesEn).flatMap((message) => forms(message as PlaygroundMessages[Key])))
    expect(keys.filter((key) => forms(en[key]).some((text) => kitTexts.has(text)))).toEqual([])
  })

  it('reach the kit’s words through the same translator, in the same language', () => {
    expect(createTranslator('sw')('sendDialog.send')).toBe('Tuma')
    expect(createTranslator('en')('customerHeading')).toBe('Play the customer')
    expect(createTranslator('sw')('replyFailed')).toContain('{reason}')
  })

  it('use one word per idea: the scenario is how the mock answers, muda wa saa 24, no dirisha, proksi', () => {
    // "Proksi" as core's failure sentences say it ("Proksi ya seva yako imekataa ombi"), beside
    // which the playground's proxy mode shows them: never the English spelling in a sentence.
    for (const key of keys) {
      for (const text of forms(sw[key]))
        expect(text, key).not.toMatch(/matatizo|\bproxy\b|dirisha|umekwisha|mazingira/i)
    }
    expect(coreMessagesSw.requestFailure.proxy_error({ reason: 'proxy_error' })).toMatch(/^proksi\b/)
    expect(sw.appTaglineProxy).toMatch(/\bproksi yako\.$/)
    expect(sw.scenarioLabel).toBe('Jinsi mfumo wa majaribio unavyojibu')
  })

  it('call an interactive message ujumbe shirikishi, as the kit does (a list or a location request has no vitufe)', () => {
    const kit = createTranslator('sw')('sendDialog.window.openNoTime')
    expect(kit).toContain('ujumbe shirikishi')
    const interactive = keys.filter((key) => forms(en[key]).some((text) => /\binteractive message/i.test(text)))
    expect(interactive.length).toBeGreaterThan(0)
    for (const key of interactive) {
      for (const text of forms(sw[key])) {
        expect(text, key).toContain('ujumbe shirikishi')
        expect(text, key).not.toMatch(/wenye vitufe/)
      }
    }
  })

  it('describe what a button does in the habitual hu- form, as the kit’s hints do (no concord with kitufe to get wrong)', () => {
    // "Inaanzisha" would agree with an n-class noun; the button is a kitufe (ki-vi): "Huanzisha".
    expect(sw.customerWritesFirstHint).toMatch(/^Hu\w+ /)
  })

  it('say sehemu only for a list’s section, as the form does ("Sehemu 1"): a field is a kisanduku', () => {
    for (const key of keys) {
      for (const text of forms(sw[key])) {
        if (/\bsehemu\b/i.test(text)) expect(forms(en[key]).join(' '), key).toMatch(/\bsections?\b/i)
      }
    }
    expect(sw.shopProducts).toContain('visanduku vya bidhaa')
  })
})
