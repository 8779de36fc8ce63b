import { describe, expect, it } from 'vitest'
import { en } from './messages/en.ts'
import { sw } from './messages/sw.ts'
import { getTranslator } from './messages.ts'

describe('message catalogues', () => {
  it('Swahili has exactly the English keys, each translated to a non-empty string', () => {
    expect(Object.keys(sw).sort()).toEqual(Object.keys(en).sort())
    for (const value of Object.values(sw)) expect(value.trim()).not.toBe('')
  })

  it('keeps every {placeholder} of the English string in the Swahili one', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(names(sw[key]), key).toEqual(names(en[key]))
  })

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = getTranslator('sw')
    expect(t('preview.carouselCard', { index: 2, count: 3 })).toBe('Kadi 2 kati ya 3')
    expect(t('preview.carouselCard', { index: 2 })).toBe('Kadi 2 kati ya {count}')
    expect(t('preview.sendLocation')).toBe('Tuma mahali')
  })

  it('falls back to English for an unknown locale', () => {
    expect(getTranslator('fr')('preview.sendLocation')).toBe('Send location')
  })
})
