import { describe, expect, it } from 'vitest'
import { validateInteractive } from '../../validation/validate-interactive.ts'
import { applyDraftOperation } from '../apply-draft-operation.ts'
import { createDraft } from '../create-draft.ts'
import { getAt, setAt } from '../draft-path.ts'
import { draftFixIts } from './draft-fix-its.ts'

const fixesOf = (draft: unknown) => draftFixIts(draft, validateInteractive(draft))
const CARDS = ['action', 'cards']
const linked = [0, 1].reduce<unknown>(
  (draft, i) => setAt(draft, [...CARDS, i, 'header', 'image', 'link'], `https://shop.example/${i}.png`),
  createDraft('carousel'),
)

describe('carousel fixes', () => {
  it('gives every card the kind of card 1 when a card (from JSON) has another kind', () => {
    const url = { name: 'cta_url', parameters: { display_text: 'Nunua', url: 'https://shop.example/1' } }
    const replies = { buttons: [{ type: 'quick_reply', quick_reply: { id: 'later', title: 'Baadaye' } }] }
    const mixed = setAt(setAt(linked, [...CARDS, 0, 'action'], url), [...CARDS, 1, 'action'], replies)
    const toUrl = fixesOf(mixed).find((fix) => fix.id === 'same-card-kind')
    expect(toUrl).toMatchObject({ labelKey: 'fix.sameCardKindUrl' })
    const fixed = toUrl?.apply(mixed)
    // Card 1 stays as it was; card 2's reply title becomes its link button's text.
    expect(getAt(fixed, [...CARDS, 0])).toEqual(getAt(mixed, [...CARDS, 0]))
    expect(getAt(fixed, [...CARDS, 1, 'action'])).toEqual({
      name: 'cta_url',
      parameters: { display_text: 'Baadaye', url: '' },
    })
    const back = setAt(setAt(linked, [...CARDS, 0, 'action'], replies), [...CARDS, 1, 'action'], url)
    const toReplies = fixesOf(back).find((fix) => fix.id === 'same-card-kind')
    expect(toReplies).toMatchObject({ labelKey: 'fix.sameCardKindQuickReply' })
    const replied = toReplies?.apply(back)
    expect(getAt(replied, [...CARDS, 1, 'action', 'buttons', 0, 'quick_reply', 'title'])).toBe('Nunua')
    expect(validateInteractive(replied).ok).toBe(true)
  })

  it('gives a converted card as many quick replies as card 1, so the mismatch it claims is mended', () => {
    const url = { name: 'cta_url', parameters: { display_text: 'Nunua', url: 'https://shop.example/1' } }
    const reply = (id: string, title: string) => ({ type: 'quick_reply', quick_reply: { id, title } })
    const two = { buttons: [reply('now', 'Sasa'), reply('later', 'Baadaye')] }
    const draft = setAt(setAt(linked, [...CARDS, 0, 'action'], two), [...CARDS, 1, 'action'], url)
    const fix = fixesOf(draft).find((each) => each.id === 'same-card-kind')
    expect(fix?.issues.map((issue) => [issue.path, issue.reason])).toEqual([
      [[...CARDS, 1, 'action'], 'card_kind_mismatch'],
    ])
    const fixed = fix?.apply(draft)
    const titles = (getAt(fixed, [...CARDS, 1, 'action', 'buttons']) as unknown[]).map((each) =>
      getAt(each, ['quick_reply', 'title']),
    )
    // The link button's text becomes the first reply; the second is copied from card 1's.
    expect(titles).toEqual(['Nunua', 'Baadaye'])
    expect(validateInteractive(fixed)).toMatchObject({ ok: true })
  })

  it('keeps a converted card its own card_index, and is not offered where it mends nothing', () => {
    const url = { name: 'cta_url', parameters: { display_text: 'Nunua', url: 'https://shop.example/1' } }
    const replies = { buttons: [{ type: 'quick_reply', quick_reply: { id: 'later', title: 'Baadaye' } }] }
    const mixed = setAt(setAt(linked, [...CARDS, 0, 'action'], replies), [...CARDS, 1, 'action'], url)
    const reindexed = setAt(mixed, [...CARDS, 1, 'card_index'], 7)
    const fixed = fixesOf(reindexed)
      .find((each) => each.id === 'same-card-kind')
      ?.apply(reindexed)
    expect(getAt(fixed, [...CARDS, 1, 'card_index'])).toBe(7)
    // Card 1 with an empty list of quick replies: a converted card gets one, so the kinds still
    // differ in number; claiming the mismatch would be untrue.
    const junk = setAt(mixed, [...CARDS, 0, 'action', 'buttons'], [])
    expect(validateInteractive(junk).ok).toBe(false)
    expect(fixesOf(junk).map((each) => each.id)).not.toContain('same-card-kind')
  })

  it('numbers the cards 0, 1, 2… when indexes repeat, skip or leave the range', () => {
    for (const indexes of [
      [0, 0],
      [0, 2],
      [3, 12],
    ]) {
      const draft = indexes.reduce<unknown>((next, index, i) => setAt(next, [...CARDS, i, 'card_index'], index), linked)
      const fix = fixesOf(draft).find((candidate) => candidate.id === 'renumber-cards')
      expect(fix?.labelKey, JSON.stringify(indexes)).toBe('fix.renumberCards')
      const fixed = fix?.apply(draft)
      expect([getAt(fixed, [...CARDS, 0, 'card_index']), getAt(fixed, [...CARDS, 1, 'card_index'])]).toEqual([0, 1])
      expect(validateInteractive(fixed)).toMatchObject({ ok: true, warnings: [] })
    }
  })

  it('claims only the indexes numbering mends: past 10 cards the last stay past card_index 9', () => {
    const card = getAt(linked, [...CARDS, 0]) as Record<string, unknown>
    const eleven = Array.from({ length: 11 }, (_, i) => ({ ...card, card_index: i }))
    expect(fixesOf(setAt(linked, CARDS, eleven)).map((fix) => fix.id)).not.toContain('renumber-cards')
    // Card 3 repeats card 1's index: numbering mends that, not card 11's.
    const repeated = setAt(
      linked,
      CARDS,
      eleven.map((each, i) => (i === 2 ? { ...each, card_index: 0 } : each)),
    )
    const fix = fixesOf(repeated).find((candidate) => candidate.id === 'renumber-cards')
    expect(fix?.issues.map((issue) => issue.path.join('.'))).toEqual(['action.cards.2.card_index'])
    // Card 11 repeating an index: numbered, it is card_index 10, past 9 still.
    const last = setAt(
      linked,
      CARDS,
      eleven.map((each, i) => (i === 10 ? { ...each, card_index: 0 } : each)),
    )
    expect(fixesOf(last).find((candidate) => candidate.id === 'renumber-cards')?.issues ?? []).toEqual([])
    const left = validateInteractive(fix?.apply(repeated))
    const indexIssues = (left.ok ? [] : left.issues).filter((issue) => issue.path.at(-1) === 'card_index')
    expect(indexIssues.map((issue) => issue.path.join('.'))).toEqual(['action.cards.10.card_index'])
  })

  it('puts cards listed out of card_index order in the order WhatsApp shows them, changing nothing shown', () => {
    const first = getAt(linked, [...CARDS, 0]) as Record<string, unknown>
    const second = getAt(linked, [...CARDS, 1]) as Record<string, unknown>
    const draft = setAt(linked, CARDS, [
      { ...second, card_index: 1 },
      { ...first, card_index: 0 },
    ])
    const fixes = fixesOf(draft)
    expect(fixes.map((fix) => fix.id)).toEqual(['sort-cards'])
    expect(fixes[0]).toMatchObject({ labelKey: 'fix.sortCards', paths: [CARDS] })
    const fixed = fixes[0]?.apply(draft)
    expect(getAt(fixed, CARDS)).toEqual([
      { ...first, card_index: 0 },
      { ...second, card_index: 1 },
    ])
    expect(validateInteractive(fixed)).toMatchObject({ ok: true, warnings: [] })
  })

  it('offers no sort where a card_index is no whole number, as no order can be read from it', () => {
    // A card without its type (from JSON) hides its card_index error: sorting by list order
    // would have been offered and changed nothing.
    const first = getAt(linked, [...CARDS, 0]) as Record<string, unknown>
    const { type: _, ...untyped } = getAt(linked, [...CARDS, 1]) as Record<string, unknown>
    const draft = setAt(linked, CARDS, [
      { ...first, card_index: 1 },
      { ...untyped, card_index: 0.5 },
    ])
    expect(fixesOf(draft).map((fix) => fix.id)).not.toContain('sort-cards')
  })

  it('numbers cards with gaps in the order WhatsApp shows them, not by their place in the list', () => {
    const draft = [2, 0].reduce<unknown>((next, index, i) => setAt(next, [...CARDS, i, 'card_index'], index), linked)
    const fix = fixesOf(draft).find((candidate) => candidate.id === 'renumber-cards')
    const fixed = fix?.apply(draft)
    expect([getAt(fixed, [...CARDS, 0, 'card_index']), getAt(fixed, [...CARDS, 1, 'card_index'])]).toEqual([1, 0])
  })

  it('gives every card as many quick replies as the card with most, copying its titles', () => {
    const buttons = [...CARDS, 1, 'action', 'buttons']
    const draft = setAt(linked, buttons, [
      { type: 'quick_reply', quick_reply: { id: 'buy', title: 'Buy' } },
      { type: 'quick_reply', quick_reply: { id: 'info', title: 'More info' } },
    ])
    const [fix] = fixesOf(draft)
    expect(fix).toMatchObject({
      id: 'align-card-buttons',
      labelKey: 'fix.alignCardButtons',
      params: { count: 2, card: 2 },
    })
    const fixed = fix?.apply(draft)
    expect(getAt(fixed, [...CARDS, 0, 'action', 'buttons'])).toEqual([
      { type: 'quick_reply', quick_reply: { id: 'shop-now', title: 'Shop now' } },
      { type: 'quick_reply', quick_reply: { id: 'more-info', title: 'More info' } },
    ])
    expect(validateInteractive(fixed).ok).toBe(true)
  })

  it('puts every product card in card 1’s catalog, naming it', () => {
    let draft = applyDraftOperation(createDraft('carousel'), { op: 'choose', path: CARDS, value: 'product' })
    draft = [0, 1].reduce<unknown>(
      (next, i) => setAt(next, [...CARDS, i, 'action'], { product_retailer_id: `sku-${i}`, catalog_id: `cat-${i}` }),
      draft,
    )
    const [fix] = fixesOf(draft)
    expect(fix).toMatchObject({ id: 'one-catalog', labelKey: 'fix.oneCatalog', params: { catalogId: 'cat-0' } })
    expect(validateInteractive(fix?.apply(draft)).ok).toBe(true)
  })

  it('fills an empty catalog id with the catalog the other cards name, whichever card it is on', () => {
    const product = applyDraftOperation(createDraft('carousel'), { op: 'choose', path: CARDS, value: 'product' })
    for (const [catalogs, named] of [
      [['cat-1', ''], 'cat-1'],
      [['', 'cat-2'], 'cat-2'],
    ] as const) {
      const draft = catalogs.reduce<unknown>(
        (next, catalog, i) =>
          setAt(next, [...CARDS, i, 'action'], { product_retailer_id: `sku-${i}`, catalog_id: catalog }),
        product,
      )
      const empty = catalogs.indexOf('')
      const fix = fixesOf(draft).find((each) => each.id === 'one-catalog')
      expect(fix).toMatchObject({ params: { catalogId: named }, paths: [[...CARDS, empty, 'action', 'catalog_id']] })
      expect(fix?.issues.map((issue) => issue.code)).toEqual(['too_short'])
      expect(validateInteractive(fix?.apply(draft)).ok).toBe(true)
    }
  })
})
