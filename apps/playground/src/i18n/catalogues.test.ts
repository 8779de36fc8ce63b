import { describe, expect, it } from 'vitest'
import { en } from './en.ts'
import { sw } from './sw.ts'
import { createTranslator } from './translator.ts'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()

// Strings that are the same in both languages on purpose (codes, product names, loan words).
const SAME_IN_BOTH = new Set(['type_flow', 'errorStatus', 'customerWritesFirstText', 'modeProxy'])

describe('the en and sw catalogues', () => {
  it('have the same keys, no empty string, and the same placeholders', () => {
    expect(Object.keys(sw).sort()).toEqual(Object.keys(en).sort())
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(sw[key].trim(), key).not.toBe('')
      expect(placeholders(sw[key]), key).toEqual(placeholders(en[key]))
    }
  })

  it('translate every other string', () => {
    const untranslated = (Object.keys(en) as (keyof typeof en)[]).filter(
      (key) => !SAME_IN_BOTH.has(key) && sw[key] === en[key],
    )
    expect(untranslated).toEqual([])
  })

  it('fill placeholders and leave unknown ones visible', () => {
    const t = createTranslator('sw')
    expect(t('errorRateLimited', { seconds: 2 })).toBe('Umetuma mara nyingi mno. Jaribu tena baada ya sekunde 2.')
    expect(t('errorRateLimited')).toContain('{seconds}')
  })
})
