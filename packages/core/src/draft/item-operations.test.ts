import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LIMITS } from '../limits.ts'
import { validateInteractive } from '../validation/validate-interactive.ts'
import { applyDraftOperation, tryDraftOperation } from './apply-draft-operation.ts'
import { shownCardOrder } from './card-order.ts'
import { createDraft } from './create-draft.ts'
import type { DraftOperation } from './draft-operation.ts'
import { getAt, setAt } from './draft-path.ts'

const apply = (draft: unknown, ...operations: DraftOperation[]) =>
  operations.reduce((next, operation) => {
    const result = tryDraftOperation(next, operation)
    if (!result.ok) throw new Error(`${JSON.stringify(operation)} refused: ${result.reason}`)
    return result.draft
  }, draft)
const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i))
const BUTTONS = ['action', 'buttons']
const SECTIONS = ['action', 'sections']
const rows = (s: number) => [...SECTIONS, s, 'rows']
const CARDS = ['action', 'cards']
const titles = (draft: unknown, path: (string | number)[], key: string[]) =>
  (getAt(draft, path) as unknown[]).map((item) => getAt(item, key))

describe('add', () => {
  it('adds an empty button with a generated id, at the end or at an index', () => {
    const draft = apply(createDraft('button'), { op: 'add', path: BUTTONS }, { op: 'add', path: BUTTONS, index: 0 })
    expect(getAt(draft, BUTTONS)).toEqual([
      { type: 'reply', reply: { id: 'button-1', title: '' } },
      { type: 'reply', reply: { id: 'yes-confirm', title: 'Yes, confirm' } },
      { type: 'reply', reply: { id: 'no-change-it', title: 'No, change it' } },
      { type: 'reply', reply: { id: 'button-3', title: '' } },
    ])
  })

  it('lets reply buttons pass 3 (a fix-it turns them into a list), up to a list’s 10 rows', () => {
    const ten = apply(createDraft('button'), ...times(8, () => ({ op: 'add', path: BUTTONS }) as const))
    expect((getAt(ten, BUTTONS) as unknown[]).length).toBe(LIMITS.list.rowsTotal.max)
    expect(tryDraftOperation(ten, { op: 'add', path: BUTTONS })).toEqual({ ok: false, reason: 'too_many', limit: 10 })
  })

  it('refuses a row past the 10 rows of the whole list, across sections', () => {
    const full = apply(
      createDraft('list'),
      { op: 'add', path: SECTIONS },
      ...times(6, () => ({ op: 'add', path: rows(1) }) as const),
    )
    expect(validateInteractive(full).ok).toBe(false) // empty new titles, but the counts are at their limits
    const rowsFull = { ok: false, reason: 'too_many', limit: 10, item: 'row' }
    expect(tryDraftOperation(full, { op: 'add', path: rows(0) })).toEqual(rowsFull)
    // A new section comes with a row, so it is refused too, for the rows: "10 of 10 rows", not sections.
    expect(tryDraftOperation(full, { op: 'add', path: SECTIONS })).toEqual(rowsFull)
  })

  it('adds a section with one row, and titles every section once there are several', () => {
    const draft = apply(createDraft('list'), { op: 'add', path: SECTIONS })
    expect(getAt(draft, SECTIONS)).toMatchObject([
      { title: 'Section 1' },
      { title: 'Section 2', rows: [{ id: 'row-1', title: '' }] },
    ])
    const sw = applyDraftOperation(
      createDraft('list'),
      { op: 'add', path: SECTIONS },
      { text: { 'section.title': 'Sehemu {n}' } },
    )
    expect(titles(sw, SECTIONS, ['title'])).toEqual(['Sehemu 1', 'Sehemu 2'])
  })

  it('adds product sections and products', () => {
    const draft = apply(
      createDraft('product_list'),
      { op: 'add', path: SECTIONS },
      { op: 'add', path: [...SECTIONS, 1, 'product_items'] },
    )
    expect(getAt(draft, [...SECTIONS, 1])).toEqual({
      title: 'Section 2',
      product_items: [{ product_retailer_id: '' }, { product_retailer_id: '' }],
    })
  })

  it('adds a carousel card like card 1 (media kind, button titles), numbered in order', () => {
    const draft = apply(createDraft('carousel'), { op: 'add', path: CARDS, index: 1 })
    expect(titles(draft, CARDS, ['card_index'])).toEqual([0, 1, 2])
    expect(getAt(draft, [...CARDS, 1])).toEqual({
      card_index: 1,
      type: 'cta_url',
      header: { type: 'image', image: { link: '' } },
      action: { buttons: [{ type: 'quick_reply', quick_reply: { id: 'shop-now-3', title: 'Shop now' } }] },
    })
    const products = apply(
      applyDraftOperation(createDraft('carousel'), { op: 'choose', path: CARDS, value: 'product' }),
      { op: 'set', path: [...CARDS, 0, 'action', 'catalog_id'], value: 'cat-1' },
      { op: 'add', path: CARDS },
    )
    expect(getAt(products, [...CARDS, 2])).toEqual({
      card_index: 2,
      type: 'product',
      action: { product_retailer_id: '', catalog_id: 'cat-1' },
    })
  })

  it('adds and removes a quick reply on every card at once', () => {
    const draft = apply(createDraft('carousel'), { op: 'add', path: [...CARDS, 1, 'action', 'buttons'] })
    expect(
      (getAt(draft, CARDS) as unknown[]).map((card) => (getAt(card, ['action', 'buttons']) as unknown[]).length),
    ).toEqual([2, 2])
    // Meta documents no maximum (LIMITS.carousel.quickReplies is a guard): the builder offers
    // what is known to work, 2 (3 with the option), and says whose number it is.
    expect(tryDraftOperation(draft, { op: 'add', path: [...CARDS, 0, 'action', 'buttons'] })).toEqual({
      ok: false,
      reason: 'too_many',
      limit: 2,
      rule: 'guard',
    })
    const three = tryDraftOperation(
      draft,
      { op: 'add', path: [...CARDS, 0, 'action', 'buttons'] },
      {
        carouselQuickReplyMax: 3,
      },
    )
    expect(
      three.ok &&
        tryDraftOperation(
          three.draft,
          { op: 'add', path: [...CARDS, 0, 'action', 'buttons'] },
          {
            carouselQuickReplyMax: 3,
          },
        ),
    ).toEqual({ ok: false, reason: 'too_many', limit: 3, rule: 'guard' })
    const back = apply(draft, { op: 'remove', path: [...CARDS, 0, 'action', 'buttons', 0] })
    expect(
      (getAt(back, CARDS) as unknown[]).map((card) => getAt(card, ['action', 'buttons', 0, 'quick_reply', 'id'])),
    ).toEqual(['reply-2', 'reply-3'])
  })

  it('adds saved addresses to an address message that has none', () => {
    const path = ['action', 'parameters', 'saved_addresses']
    const draft = apply(createDraft('address_message'), { op: 'add', path }, { op: 'add', path })
    expect(getAt(draft, path)).toEqual([
      { id: 'address-1', value: {} },
      { id: 'address-2', value: {} },
    ])
  })

  // A draft pasted in the JSON tab or opened from a file can leave a required list out; Add is
  // how a form gives it one, and was refused ("Action is required by WhatsApp", Add dimmed).
  it('adds to a required list the draft leaves out', () => {
    const paths = (draft: unknown) => (validateInteractive(draft).issues ?? []).map((issue) => issue.path.join('.'))
    const noAction = { type: 'button', body: { text: 'Hi' } }
    expect(paths(noAction)).toEqual(['action'])
    const buttons = apply(noAction, { op: 'add', path: BUTTONS })
    expect(getAt(buttons, BUTTONS)).toEqual([{ type: 'reply', reply: { id: 'button-1', title: '' } }])
    // What is left is the new button's title, to type.
    expect(paths(buttons)).toEqual(['action.buttons.0.reply.title'])
    const noRows = { type: 'list', body: { text: 'Hi' }, action: { button: 'Go', sections: [{}] } }
    expect(paths(noRows)).toEqual(['action.sections.0.rows'])
    const listed = apply(noRows, { op: 'add', path: rows(0) })
    expect(paths(listed)).toEqual(['action.sections.0.rows.0.title'])
    const noSections = { type: 'list', body: { text: 'Hi' }, action: { button: 'Go' } }
    expect(paths(apply(noSections, { op: 'add', path: SECTIONS }))).toEqual(['action.sections.0.rows.0.title'])
  })

  // "action": "x" or "buttons": "x" pasted in the JSON tab: the form cannot show such a value,
  // and Add was refused (or did nothing), so only the JSON could fix the draft.
  it('replaces what stands where the list or its object belongs, when adding', () => {
    const body = { text: 'Hi' }
    const first = { type: 'reply', reply: { id: 'button-1', title: '' } }
    for (const action of ['x', 3, ['a'], { buttons: 'x' }, { buttons: { a: 1 } }]) {
      const added = apply({ type: 'button', body, action }, { op: 'add', path: BUTTONS })
      expect(getAt(added, BUTTONS), JSON.stringify(action)).toEqual([first])
    }
    const list = { type: 'list', body, action: { button: 'Go', sections: 'x' } }
    expect(getAt(apply(list, { op: 'add', path: SECTIONS }), [...SECTIONS, 0, 'rows'])).toEqual([
      { id: 'row-1', title: '' },
    ])
    const rowless = { type: 'list', body, action: { button: 'Go', sections: [{ title: 'A', rows: 'x' }] } }
    expect(getAt(apply(rowless, { op: 'add', path: rows(0) }), rows(0))).toEqual([{ id: 'row-1', title: '' }])
    // What the action held beside the list stays.
    const kept = apply({ ...list, action: { ...list.action, sections: 7 } }, { op: 'add', path: SECTIONS })
    expect(getAt(kept, ['action', 'button'])).toBe('Go')
    // Nothing else changes: remove and move still find no item there.
    expect(tryDraftOperation(rowless, { op: 'remove', path: [...rows(0), 0] })).toMatchObject({ ok: false })
  })

  it('refuses a path that is not a group', () => {
    expect(tryDraftOperation(createDraft('button'), { op: 'add', path: ['action'] })).toEqual({
      ok: false,
      reason: 'not_found',
    })
    expect(tryDraftOperation(createDraft('button'), { op: 'add', path: BUTTONS, index: 9 })).toEqual({
      ok: false,
      reason: 'not_found',
    })
  })
})

describe('remove', () => {
  it('removes an item, never below the minimum', () => {
    const one = apply(createDraft('button'), { op: 'remove', path: [...BUTTONS, 0] })
    expect(titles(one, BUTTONS, ['reply', 'title'])).toEqual(['No, change it'])
    expect(tryDraftOperation(one, { op: 'remove', path: [...BUTTONS, 0] })).toEqual({
      ok: false,
      reason: 'too_few',
      limit: 1,
    })
    expect(tryDraftOperation(createDraft('carousel'), { op: 'remove', path: [...CARDS, 0] })).toEqual({
      ok: false,
      reason: 'too_few',
      limit: LIMITS.carousel.cards.min,
    })
  })

  it('renumbers the cards after removing one', () => {
    const draft = apply(createDraft('carousel'), { op: 'add', path: CARDS }, { op: 'remove', path: [...CARDS, 0] })
    expect(titles(draft, CARDS, ['card_index'])).toEqual([0, 1])
  })

  // Cards written elsewhere may be listed out of card_index order: WhatsApp shows them by
  // card_index (media carousel guide), so adding or removing one keeps the others' order.
  it('keeps the order WhatsApp shows cards in when they are listed out of card_index order', () => {
    const carousel = createDraft('carousel')
    const [first, second] = getAt(carousel, CARDS) as Record<string, unknown>[]
    const named = (card: Record<string, unknown> | undefined, index: number, text: string) => ({
      ...card,
      card_index: index,
      body: { text },
    })
    const shuffled = setAt(carousel, CARDS, [named(second, 2, 'C'), named(first, 0, 'A'), named(first, 1, 'B')])
    const shown = (draft: unknown) =>
      (getAt(draft, CARDS) as unknown[])
        .map((card) => ({ index: getAt(card, ['card_index']) as number, text: getAt(card, ['body', 'text']) }))
        .sort((a, b) => a.index - b.index)
        .map((card) => card.text ?? 'new')
    expect(shown(apply(shuffled, { op: 'add', path: CARDS }))).toEqual(['A', 'B', 'C', 'new'])
    // Added before A in the list: shown just before A.
    expect(shown(apply(shuffled, { op: 'add', path: CARDS, index: 1 }))).toEqual(['new', 'A', 'B', 'C'])
    expect(shown(apply(shuffled, { op: 'remove', path: [...CARDS, 1] }))).toEqual(['B', 'C'])
    // A move changes where the moved card is shown, and nothing else: A moved up past C is
    // already shown before it; B moved up past C and A is shown before both; C moved down past
    // A and B is shown after both already.
    expect(shown(apply(shuffled, { op: 'move', path: [...CARDS, 1], to: [...CARDS, 0] }))).toEqual(['A', 'B', 'C'])
    expect(shown(apply(shuffled, { op: 'move', path: [...CARDS, 2], to: [...CARDS, 0] }))).toEqual(['B', 'A', 'C'])
    expect(shown(apply(shuffled, { op: 'move', path: [...CARDS, 0], to: [...CARDS, 2] }))).toEqual(['A', 'B', 'C'])
    expect(shown(apply(shuffled, { op: 'move', path: [...CARDS, 1], to: [...CARDS, 2] }))).toEqual(['B', 'A', 'C'])
  })

  it('refuses an index that is not there', () => {
    expect(tryDraftOperation(createDraft('button'), { op: 'remove', path: [...BUTTONS, 5] })).toEqual({
      ok: false,
      reason: 'not_found',
    })
    expect(tryDraftOperation(createDraft('button'), { op: 'remove', path: BUTTONS })).toEqual({
      ok: false,
      reason: 'not_found',
    })
  })
})

describe('move', () => {
  it('moves a button within its group', () => {
    const draft = apply(createDraft('button'), { op: 'move', path: [...BUTTONS, 1], to: [...BUTTONS, 0] })
    expect(titles(draft, BUTTONS, ['reply', 'title'])).toEqual(['No, change it', 'Yes, confirm'])
  })

  it('moves a row into another section, keeping its id', () => {
    const two = apply(createDraft('list'), { op: 'add', path: SECTIONS })
    const draft = apply(two, { op: 'move', path: [...rows(0), 2], to: [...rows(1), 0] })
    expect(titles(draft, rows(0), ['id'])).toEqual(['track-my-order', 'returns-and-refunds'])
    expect(titles(draft, rows(1), ['id'])).toEqual(['talk-to-an-agent', 'row-1'])
  })

  it('refuses to empty a section or to overfill one', () => {
    const two = apply(createDraft('list'), { op: 'add', path: SECTIONS })
    expect(tryDraftOperation(two, { op: 'move', path: [...rows(1), 0], to: [...rows(0), 0] })).toEqual({
      ok: false,
      reason: 'leaves_section_empty',
      limit: 1,
      item: 'row',
    })
    const products = apply(
      createDraft('product_list'),
      { op: 'add', path: SECTIONS },
      ...times(28, () => ({ op: 'add', path: [...SECTIONS, 0, 'product_items'] }) as const),
    )
    expect(
      tryDraftOperation(products, {
        op: 'move',
        path: [...SECTIONS, 1, 'product_items', 0],
        to: [...SECTIONS, 0, 'product_items', 0],
      }),
    ).toMatchObject({
      ok: false,
    })
  })

  it('refuses a move into a section already full, as a pasted list can have it', () => {
    // Twelve rows, ten in the first section: the list is over its total, and the move would put
    // an eleventh row into a section of at most 10.
    const pasted = apply(createDraft('list'), { op: 'add', path: SECTIONS }, { op: 'add', path: rows(1) })
    const full = setAt(
      pasted,
      rows(0),
      times(LIMITS.list.rowsPerSection.max, (i) => ({ id: `row-${i}`, title: `Row ${i}` })),
    )
    expect(tryDraftOperation(full, { op: 'move', path: [...rows(1), 0], to: [...rows(0), 0] })).toMatchObject({
      ok: false,
      reason: 'too_many',
      limit: LIMITS.list.rowsPerSection.max,
    })
  })

  it('refuses a move past the end of its own group', () => {
    const draft = createDraft('button')
    expect(tryDraftOperation(draft, { op: 'move', path: [...BUTTONS, 0], to: [...BUTTONS, 2] })).toEqual({
      ok: false,
      reason: 'not_found',
    })
  })

  it('keeps quick replies on their card and items in their kind of group', () => {
    const carousel = createDraft('carousel')
    expect(
      tryDraftOperation(carousel, {
        op: 'move',
        path: [...CARDS, 0, 'action', 'buttons', 0],
        to: [...CARDS, 1, 'action', 'buttons', 0],
      }),
    ).toEqual({ ok: false, reason: 'stays_on_card' })
    const list = createDraft('list')
    expect(tryDraftOperation(list, { op: 'move', path: [...rows(0), 0], to: [...SECTIONS, 0] })).toEqual({
      ok: false,
      reason: 'not_allowed',
    })
  })

  it('moves cards and renumbers them', () => {
    const draft = apply(
      createDraft('carousel'),
      { op: 'add', path: CARDS },
      { op: 'move', path: [...CARDS, 2], to: [...CARDS, 0] },
    )
    expect(titles(draft, CARDS, ['card_index'])).toEqual([0, 1, 2])
    expect(getAt(draft, [...CARDS, 0, 'action', 'buttons', 0, 'quick_reply', 'id'])).toBe('shop-now-3')
  })
})

describe('starter section titles', () => {
  const sectionTitles = (draft: unknown) => titles(draft, SECTIONS, ['title'])
  const three = apply(createDraft('list'), { op: 'add', path: SECTIONS }, { op: 'add', path: SECTIONS })

  // "Section 2" left on the only section, or first of two, names a place it no longer has.
  it('keeps a never-edited "Section n" equal to its place after a remove, move or add', () => {
    expect(sectionTitles(three)).toEqual(['Section 1', 'Section 2', 'Section 3'])
    expect(sectionTitles(apply(three, { op: 'remove', path: [...SECTIONS, 0] }))).toEqual(['Section 1', 'Section 2'])
    expect(sectionTitles(apply(three, { op: 'move', path: [...SECTIONS, 2], to: [...SECTIONS, 0] }))).toEqual([
      'Section 1',
      'Section 2',
      'Section 3',
    ])
    expect(sectionTitles(apply(three, { op: 'add', path: SECTIONS, index: 0 }))).toEqual([
      'Section 1',
      'Section 2',
      'Section 3',
      'Section 4',
    ])
  })

  it('keeps a title the person wrote, and moves its rows with it', () => {
    const named = setAt(three, [...SECTIONS, 1, 'title'], 'Delivery')
    const moved = apply(named, { op: 'move', path: [...SECTIONS, 1], to: [...SECTIONS, 0] })
    expect(sectionTitles(moved)).toEqual(['Delivery', 'Section 2', 'Section 3'])
    expect(getAt(moved, [...SECTIONS, 0, 'rows'])).toEqual(getAt(named, [...SECTIONS, 1, 'rows']))
    // "Section 3" typed on the second section is the person's, not the starter of its place.
    const typed = setAt(three, [...SECTIONS, 1, 'title'], 'Section 3')
    expect(sectionTitles(apply(typed, { op: 'remove', path: [...SECTIONS, 0] }))).toEqual(['Section 3', 'Section 2'])
  })

  it('leaves a lone section untitled again, as a new list has it, unless its title was written', () => {
    const list = createDraft('list')
    const two = apply(list, { op: 'add', path: SECTIONS })
    expect(apply(two, { op: 'remove', path: [...SECTIONS, 1] })).toEqual(list)
    expect(getAt(apply(two, { op: 'remove', path: [...SECTIONS, 0] }), [...SECTIONS, 0])).not.toHaveProperty('title')
    const named = setAt(two, [...SECTIONS, 1, 'title'], 'Delivery')
    expect(sectionTitles(apply(named, { op: 'remove', path: [...SECTIONS, 0] }))).toEqual(['Delivery'])
  })

  it('reads the starter words of the language given, and product sections alike', () => {
    const text = { 'section.title': 'Sehemu {n}' }
    const two = applyDraftOperation(createDraft('list', { text }), { op: 'add', path: SECTIONS }, { text })
    const three = applyDraftOperation(two, { op: 'add', path: SECTIONS }, { text })
    const left = applyDraftOperation(three, { op: 'remove', path: [...SECTIONS, 0] }, { text })
    expect(sectionTitles(left)).toEqual(['Sehemu 1', 'Sehemu 2'])
    const products = apply(createDraft('product_list'), { op: 'add', path: SECTIONS }, { op: 'add', path: SECTIONS })
    expect(sectionTitles(apply(products, { op: 'remove', path: [...SECTIONS, 1] }))).toEqual(['Section 1', 'Section 2'])
    expect(sectionTitles(apply(products, { op: 'remove', path: [...SECTIONS, 0] }))).toEqual(['Section 1', 'Section 2'])
  })

  // A draft started in Swahili and edited in English (or the reverse) keeps following its
  // starter titles, each in the words it was written in; the message is not translated.
  it('reads starter titles in any language the UI knows, and renumbers each in its own words', () => {
    const sw = { 'section.title': 'Sehemu {n}' }
    const started = applyDraftOperation(
      applyDraftOperation(createDraft('list', { text: sw }), { op: 'add', path: SECTIONS }, { text: sw }),
      { op: 'add', path: SECTIONS },
      { text: sw },
    )
    expect(sectionTitles(started)).toEqual(['Sehemu 1', 'Sehemu 2', 'Sehemu 3'])
    const inEnglish = { otherText: [sw] }
    const removed = applyDraftOperation(started, { op: 'remove', path: [...SECTIONS, 0] }, inEnglish)
    expect(sectionTitles(removed)).toEqual(['Sehemu 1', 'Sehemu 2'])
    const moved = applyDraftOperation(started, { op: 'move', path: [...SECTIONS, 2], to: [...SECTIONS, 0] }, inEnglish)
    expect(sectionTitles(moved)).toEqual(['Sehemu 1', 'Sehemu 2', 'Sehemu 3'])
    const one = applyDraftOperation(removed, { op: 'remove', path: [...SECTIONS, 0] }, inEnglish)
    expect(getAt(one, [...SECTIONS, 0])).not.toHaveProperty('title')
    // English starter titles are core's own: known in a Swahili UI without being listed.
    const removedInSwahili = applyDraftOperation(three, { op: 'remove', path: [...SECTIONS, 0] }, { text: sw })
    expect(sectionTitles(removedInSwahili)).toEqual(['Section 1', 'Section 2'])
  })

  it('never reads a title the person wrote as a starter one, in any language', () => {
    const sw = { 'section.title': 'Sehemu {n}' }
    // Another place's starter words, or another language's with another number, are the person's.
    const typed = setAt(setAt(three, [...SECTIONS, 1, 'title'], 'Sehemu 3'), [...SECTIONS, 2, 'title'], 'Sehemu 3 ')
    const left = applyDraftOperation(typed, { op: 'remove', path: [...SECTIONS, 0] }, { otherText: [sw] })
    expect(sectionTitles(left)).toEqual(['Sehemu 3', 'Sehemu 3 '])
    // A language the UI does not know is never guessed at.
    const french = setAt(three, [...SECTIONS, 1, 'title'], 'Partie 2')
    const kept = applyDraftOperation(french, { op: 'remove', path: [...SECTIONS, 0] }, { otherText: [sw] })
    expect(sectionTitles(kept)).toEqual(['Partie 2', 'Section 2'])
  })
})

describe('card moves, whatever order the cards are listed in', () => {
  // WhatsApp shows cards by card_index (media carousel guide): a move in the form may change
  // where the moved card is shown, never the order of two others.
  it('keeps the shown order of every card but the moved one, and numbers them 0, 1, 2…', () => {
    const carousel = createDraft('carousel')
    const card = (getAt(carousel, CARDS) as Record<string, unknown>[])[0]
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 10 })
          .chain((n) =>
            fc.tuple(
              fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
              fc.nat(n - 1),
              fc.nat(n - 1),
            ),
          ),
        ([indexes, from, to]) => {
          const cards = indexes.map((card_index, i) => ({ ...card, card_index, body: { text: `c${i}` } }))
          const draft = setAt(carousel, CARDS, cards)
          const moved = apply(draft, { op: 'move', path: [...CARDS, from], to: [...CARDS, to] })
          const shown = (value: unknown) =>
            shownCardOrder(getAt(value, CARDS) as unknown[]).map((place) =>
              getAt(value, [...CARDS, place, 'body', 'text']),
            )
          const others = (texts: unknown[]) => texts.filter((text) => text !== `c${from}`)
          expect(others(shown(moved))).toEqual(others(shown(draft)))
          expect([...titles(moved, CARDS, ['card_index'])].sort()).toEqual([...Array(indexes.length).keys()])
          // In the list, it sits where it was moved to.
          expect(getAt(moved, [...CARDS, to, 'body', 'text'])).toBe(`c${from}`)
        },
      ),
    )
  })
})
