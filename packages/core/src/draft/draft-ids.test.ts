import { describe, expect, it } from 'vitest'
import { LIMITS } from '../limits.ts'
import { couldBeIdFromTitle, followsTitle, idFromTitle, slugFromTitle, uniqueId } from './draft-ids.ts'

describe('ids from titles', () => {
  it('keeps letters and digits of any script, joined by hyphens', () => {
    expect(slugFromTitle('Yes, confirm!')).toBe('yes-confirm')
    expect(slugFromTitle('  Café crème 2  ')).toBe('cafe-creme-2')
    expect(slugFromTitle('Ndiyo 👍')).toBe('ndiyo')
    expect(slugFromTitle('Доставка')).toBe('доставка')
    expect(slugFromTitle('🎉🎉')).toBe('')
  })

  it('drops accents, but keeps the vowel signs a word of an Indic or Thai script is spelled with', () => {
    // In Devanagari, Tamil, Bengali or Thai a mark (Unicode category M) is a vowel sign or a
    // virama, part of the word's spelling: without them "हाँ, ठीक है" read "ह-ठक-ह".
    expect(slugFromTitle('हाँ, ठीक है')).toBe('हाँ-ठीक-है')
    expect(slugFromTitle('नमस्ते')).toBe('नमस्ते')
    expect(slugFromTitle('தமிழ் ஆம்')).toBe('தமிழ்-ஆம்')
    expect(slugFromTitle('ใช่ครับ')).toBe('ใช่ครับ')
    // Accents on Latin, Greek or Cyrillic letters and Arabic or Hebrew vowel points still go.
    expect(slugFromTitle('Ναί, ευχαριστώ')).toBe('ναι-ευχαριστω')
    expect(slugFromTitle('Ёлка й')).toBe('елка-и')
    expect(slugFromTitle('مَرْحَبًا بك')).toBe('مرحبا-بك')
    expect(slugFromTitle('שָׁלוֹם')).toBe('שלום')
  })

  it('leaves no emoji selector in an id: U+FE0F and a keycap are marks of the emoji, not letters', () => {
    expect(slugFromTitle('❤️ Yes')).toBe('yes')
    expect(slugFromTitle('Done ✔️')).toBe('done')
    expect(slugFromTitle('Option 1️⃣')).toBe('option-1')
    expect(slugFromTitle('#️⃣ Menu')).toBe('menu')
    expect(slugFromTitle('⭐️')).toBe('')
  })

  it('cuts an id to its limit between letters, never a letter from its vowel sign', () => {
    const limit = { ...LIMITS.list.rowId, max: 3 }
    // न म स ् त े: three code points would end on स without its virama.
    expect(idFromTitle('नमस्ते', 'row', new Set(), limit)).toBe('नम')
    expect(followsTitle('नम', 'नमस्ते', 'row', limit, new Set())).toBe(true)
  })

  it('cuts by code points a first letter longer than the whole limit, never to an empty id', () => {
    // One letter under more vowel signs than the limit allows: nothing to cut between.
    const limit = { ...LIMITS.list.rowId, max: 3 }
    expect(idFromTitle(`न${'\u0902'.repeat(5)}`, 'row', new Set(), limit)).toBe(`न${'\u0902'.repeat(2)}`)
  })

  it('is unique among the ids taken, with a numbered suffix', () => {
    const taken = new Set(['yes', 'yes-2'])
    expect(idFromTitle('Yes', 'button', taken, LIMITS.button.id)).toBe('yes-3')
    expect(idFromTitle('🎉', 'button', new Set(['button-1']), LIMITS.button.id)).toBe('button-2')
    expect(uniqueId('', 'row', new Set(), LIMITS.list.rowId, 4)).toBe('row-4')
  })

  it('fits the id limit, suffix included', () => {
    const limit = { ...LIMITS.list.rowId, max: 8 }
    expect(idFromTitle('abcdefghijk', 'row', new Set(), limit)).toBe('abcdefgh')
    expect(idFromTitle('abcdefghijk', 'row', new Set(['abcdefgh']), limit)).toBe('abcdef-2')
  })

  it('knows an id that still follows its title from one typed by hand', () => {
    const limit = LIMITS.button.id
    const none = new Set<string>()
    expect(followsTitle('yes-confirm', 'Yes, confirm', 'button', limit, none)).toBe(true)
    expect(followsTitle('yes-confirm-2', 'Yes, confirm', 'button', limit, new Set(['yes-confirm']))).toBe(true)
    expect(followsTitle('button-3', '', 'button', limit, none)).toBe(true)
    expect(followsTitle('button-3', '🎉', 'button', limit, none)).toBe(true)
    expect(followsTitle('', 'Anything', 'button', limit, none)).toBe(true)
    expect(followsTitle('CONFIRM', 'Yes, confirm', 'button', limit, none)).toBe(false)
    expect(followsTitle('yes', 'Yes, confirm', 'button', limit, none)).toBe(false)
    // Typed ids that merely look generated are still typed.
    expect(followsTitle('order-2024', 'Order', 'button', limit, none)).toBe(false)
    expect(followsTitle('yes-confirm-3', 'Yes, confirm', 'button', limit, none)).toBe(false)
    // The "-2" a repeated title got still follows its title once the other title changed.
    expect(followsTitle('yes-confirm-2', 'Yes, confirm', 'button', limit, none)).toBe(true)
    expect(followsTitle('yes-confirm-3', 'Yes, confirm', 'button', limit, new Set(['yes-confirm-2']))).toBe(true)
    expect(followsTitle(42, 'Yes', 'button', limit, none)).toBe(false)
  })

  it('tells an id its title could give, whatever was taken, from one it never could', () => {
    const limit = LIMITS.list.rowId
    expect(couldBeIdFromTitle('yes', 'Yes', 'row', limit)).toBe(true)
    expect(couldBeIdFromTitle('yes-7', 'Yes', 'row', limit)).toBe(true)
    expect(couldBeIdFromTitle('yes-please', 'Yes', 'row', limit)).toBe(false)
    expect(couldBeIdFromTitle('row-3', '🎉', 'row', limit)).toBe(true)
    expect(couldBeIdFromTitle('row', '', 'row', limit)).toBe(false)
    const long = 'a'.repeat(limit.max)
    expect(couldBeIdFromTitle(long, long, 'row', limit)).toBe(true)
    expect(couldBeIdFromTitle(`${'a'.repeat(limit.max - 2)}-2`, long, 'row', limit)).toBe(true)
    expect(couldBeIdFromTitle(`${long}-2`, long, 'row', limit)).toBe(false)
  })
})
