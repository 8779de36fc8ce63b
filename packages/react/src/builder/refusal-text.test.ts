import { describe, expect, it } from 'vitest'
import { getTranslator } from '../i18n/messages.ts'
import * as words from './refusal-text.ts'

// The sentences; their language is checked on its own below.
const refusalText = (...given: Parameters<typeof words.refusalText>) => words.refusalText(...given).text
const moveRefusalText = (...given: Parameters<typeof words.moveRefusalText>) => words.moveRefusalText(...given).text
const removeRefusalText = (...given: Parameters<typeof words.removeRefusalText>) =>
  words.removeRefusalText(...given).text

const t = getTranslator('en')
const path = ['action', 'sections', 1, 'rows', 0]
const row = { item: 'Row 1', path, containerLabelKey: 'group.section' } as const
const safu = { item: 'Safu 1', path, containerLabelKey: 'group.section' } as const

describe('refusalText', () => {
  it('words each reason core gives, with the limit in the way', () => {
    expect(refusalText({ reason: 'too_many', limit: 10, item: 'row' }, t)).toBe('No more can be added: 10 of 10 rows')
    expect(refusalText({ reason: 'too_many', limit: 2, rule: 'guard' }, t)).toBe(
      'No more can be added here: WhatsApp documents no maximum, but 2 is what is known to work',
    )
    expect(refusalText({ reason: 'too_many', limit: 3, rule: 'guard' }, getTranslator('sw'))).toBe(
      'Haiwezekani kuongeza zaidi hapa: WhatsApp haina kikomo rasmi, lakini 3 ndiyo idadi inayojulikana kufanya kazi',
    )
    expect(refusalText({ reason: 'leaves_section_empty', limit: 1, item: 'row' }, t)).toMatch(/empty section/)
    expect(refusalText({ reason: 'stays_on_card' }, t)).toMatch(/^Quick replies stay on their card/)
    expect(refusalText({ reason: 'not_allowed' }, t)).toBe('That move is not allowed here')
    expect(refusalText({ reason: 'not_found' }, t)).toBe('That change could not be made')
  })
})

describe('moveRefusalText', () => {
  it('names the item at an edge and the section it cannot leave', () => {
    expect(moveRefusalText({ reason: 'at_edge' }, { ...row, direction: 'up' }, t)).toBe('Row 1 is already first')
    expect(moveRefusalText({ reason: 'at_edge' }, { ...row, direction: 'down' }, t)).toBe('Row 1 is already last')
    expect(moveRefusalText({ reason: 'leaves_section_empty' }, { ...row, direction: 'up' }, t)).toBe(
      'Row 1 cannot leave section 2: it is the only one there, and WhatsApp rejects an empty section. Add another to section 2 first.',
    )
  })

  it('gives a name inside a Swahili sentence a small letter, as core does ("ya sehemu 1"); one after a colon keeps it', () => {
    const sw = getTranslator('sw')
    expect(moveRefusalText({ reason: 'leaves_section_empty' }, { ...safu, direction: 'up' }, sw)).toBe(
      'Safu 1 haiwezi kutoka sehemu 2: ndiyo pekee humo, na WhatsApp inakataa sehemu tupu. Ongeza nyingine kwenye sehemu 2 kwanza.',
    )
    expect(moveRefusalText({ reason: 'at_edge' }, { ...safu, direction: 'up' }, sw)).toBe(
      'Tayari katika nafasi ya kwanza: Safu 1',
    )
  })

  it('words any other reason as every refusal is worded (a full section names its limit)', () => {
    const context = { ...row, direction: 'down' } as const
    expect(moveRefusalText({ reason: 'too_many', limit: 10, item: 'row' }, context, t)).toBe(
      refusalText({ reason: 'too_many', limit: 10, item: 'row' }, t),
    )
    expect(moveRefusalText({ reason: 'stays_on_card' }, context, t)).toBe(refusalText({ reason: 'stays_on_card' }, t))
  })
})

describe('removeRefusalText', () => {
  it('names the item a remove keeps, in either language (no sentence agrees with an unnamed noun)', () => {
    expect(removeRefusalText({ reason: 'too_few', limit: 1 }, 'Button 1', t)).toBe(
      'Button 1 cannot be removed: at least 1 must stay',
    )
    expect(removeRefusalText({ reason: 'too_few', limit: 2 }, 'Safu 1', getTranslator('sw'))).toBe(
      // "The minimum is 2", as a refused add says "kikomo ni 10": no verb to agree with the item,
      // named inside the sentence with a small letter, as core names it ("ya safu 1").
      'Haiwezekani kuondoa safu 1: idadi ya chini ni 2',
    )
  })
})

describe('a refusal’s language', () => {
  it('is the language of the wording that says it: a host’s, or the kit’s English it falls back to', () => {
    const fr = getTranslator('fr', { 'builder.refused.atStart': 'Déjà en tête : {item}' })
    expect(words.moveRefusalText({ reason: 'at_edge' }, { ...row, direction: 'up' }, fr)).toEqual({
      text: 'Déjà en tête : Row 1',
      lang: 'fr',
    })
    expect(words.moveRefusalText({ reason: 'at_edge' }, { ...row, direction: 'down' }, fr).lang).toBe('en')
    expect(words.removeRefusalText({ reason: 'too_few', limit: 1 }, 'Row 1', fr).lang).toBe('en')
    expect(words.refusalText({ reason: 'not_allowed' }, getTranslator('sw')).lang).toBe('sw')
  })
})
