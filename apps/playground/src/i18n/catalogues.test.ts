import { describe, expect, it } from 'vitest'
import { en, type PlaygroundMessages } from './en.ts'
import { sw } from './sw.ts'
import { createTranslator } from './translator.ts'

type Key = keyof typeof en
const keys = Object.keys(en) as Key[]
const forms = (message: PlaygroundMessages[Key]): string[] =>
  typeof message === 'string' ? [message] : [message.one, message.other]
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort()

// Strings that are the same in both languages on purpose (codes, product names, loan words).
const SAME_IN_BOTH = new Set<Key>(['type_flow', 'errorStatus', 'customerWritesFirstText', 'modeProxy'])

describe('the en and sw catalogues', () => {
  it('have the same keys (the type makes a missing one a compile error), no empty string, the same placeholders', () => {
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

  it('fill placeholders, pick the plural form by count, and leave unknown placeholders visible', () => {
    const t = createTranslator('sw')
    expect(t('issuesCount', { count: 1 })).toBe('Kosa 1 la kurekebisha kabla ya kutuma')
    expect(t('issuesCount', { count: 2 })).toBe('Makosa 2 ya kurekebisha kabla ya kutuma')
    expect(createTranslator('en')('issuesCount', { count: 1 })).toBe('1 error to fix before sending')
    expect(t('replyFailed')).toContain('{reason}')
  })

  it('use one word per idea: makosa, onyesho, safu wima for a column, muda wa saa 24, proxy, Mazingira', () => {
    for (const key of keys) {
      for (const text of forms(sw[key])) {
        expect(text, key).not.toMatch(/matatizo|tatizo|proksi|dirisha/i)
        // "Mwonekano" is the display (settings), never the preview.
        if (key !== 'settingsLabel') expect(text, key).not.toMatch(/mwonekano/i)
      }
    }
    for (const text of keys.flatMap((key) => forms(sw[key]))) {
      expect(text).not.toMatch(/\bsafu \{column\}/)
      expect(text).not.toMatch(/^U(tatumwa|meshindwa|mesomwa|mewasilishwa)\b/)
    }
    expect(sw.scenarioHeading).toBe('Mazingira ya majaribio')
    expect(sw.previewHeading).toBe('Onyesho')
    expect(sw.type_carousel).not.toContain('carousel')
  })
})
