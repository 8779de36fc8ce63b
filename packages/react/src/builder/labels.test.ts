import type { FixIt } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { type BuilderTranslate, getTranslator, type Messages } from '../i18n/messages.ts'
import { fixLabel, withNames } from './labels.ts'

const builder = (locale: string, messages?: Partial<Messages>) => getTranslator(locale, messages) as BuilderTranslate

// A fix-it that turns buttons into a list, naming the header kind it removes.
const toList: FixIt = {
  id: 'to-list',
  labelKey: 'fix.buttonsToListDroppingHeader',
  params: { count: 3, kind: 'image' },
} as unknown as FixIt

describe('a name inside a sentence', () => {
  it('takes a small letter in English and Swahili, as before', () => {
    expect(withNames(builder('en'), 'builder.announce.movedTo', { group: 'Section 2' }, { position: 1 })).toBe(
      'Moved to section 2, position 1',
    )
    expect(withNames(builder('sw'), 'builder.step.changed', { field: 'Maandishi ya ujumbe' })).toBe(
      'Mabadiliko ya maandishi ya ujumbe',
    )
    // Where it starts the wording, or follows a colon, it stays as it is.
    expect(withNames(builder('en'), 'builder.announce.added', { item: 'Button 2' })).toBe('Button 2 added')
    expect(withNames(builder('sw'), 'builder.refused.atStart', { item: 'Kitufe 1' })).toBe(
      'Tayari katika nafasi ya kwanza: Kitufe 1',
    )
    expect(fixLabel(toList, builder('en'))).toContain('drops the image header')
  })

  it('is lowered by the case rules of the language the sentence is in: Turkish I is ı, İ is i', () => {
    const t = builder('tr-TR', {
      'builder.format.label': '{field} biçimi',
      'builder.announce.movedTo': 'Taşındı: {position}. sıra, {group} içinde',
      'builder.step.changed': 'Değişti {field}',
    })
    expect(withNames(t, 'builder.step.changed', { field: 'Işık metni' })).toBe('Değişti ışık metni')
    expect(withNames(t, 'builder.step.changed', { field: 'İleti metni' })).toBe('Değişti ileti metni')
    // A key the host left out is the kit's English, lowered by English rules.
    expect(withNames(t, 'builder.step.type', { type: 'Image' })).toBe('Message type set to image')
  })

  it('keeps its capital in German, whose nouns have one, unless the catalogue says lowercase', () => {
    const german = { 'builder.format.label': 'Formatierung von {field}' } satisfies Partial<Messages>
    expect(withNames(builder('de', german), 'builder.format.label', { field: 'Nachrichtentext' })).toBe(
      'Formatierung von Nachrichtentext',
    )
    expect(
      withNames(builder('de-AT', { ...german, 'names.inSentence': 'lowercase' }), 'builder.format.label', {
        field: 'Optionale Fußzeile',
      }),
    ).toBe('Formatierung von optionale Fußzeile')
    // The fix-it's header kind too: "Bild", not "bild".
    const fix = fixLabel(
      toList,
      builder('de', {
        'fix.buttonsToListDroppingHeader': '3 Knöpfe als Liste (entfernt {kind})',
        'option.header.image': 'Bild',
      }),
    )
    expect(fix).toBe('3 Knöpfe als Liste (entfernt Bild)')
  })

  it('is left as written where a host’s catalogue says so, and only in its own sentences', () => {
    const t = builder('fr', { 'names.inSentence': 'as written', 'builder.step.changed': 'Modifié : {field}' })
    expect(withNames(t, 'builder.step.type', { type: 'List' })).toBe('Message type set to list')
    expect(withNames(t, 'builder.announce.movedTo', { group: 'Section 2' }, { position: 1 })).toBe(
      'Moved to section 2, position 1',
    )
    const own = builder('fr', { 'names.inSentence': 'as written', 'builder.format.label': 'Mise en forme de {field}' })
    expect(withNames(own, 'builder.format.label', { field: 'Texte du message' })).toBe(
      'Mise en forme de Texte du message',
    )
    // Without it, French lowers it, after its own " : " it does not.
    const fr = builder('fr', {
      'builder.format.label': 'Mise en forme de {field}',
      'builder.step.changed': 'Modifié : {field}',
    })
    expect(withNames(fr, 'builder.format.label', { field: 'Texte du message' })).toBe(
      'Mise en forme de texte du message',
    )
    expect(withNames(fr, 'builder.step.changed', { field: 'Texte du message' })).toBe('Modifié : Texte du message')
  })
})
