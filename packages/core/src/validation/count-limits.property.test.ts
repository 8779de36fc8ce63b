import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Issue, IssuePath } from '../issue.ts'
import { LIMITS } from '../limits.ts'
import type { CarouselInteractive } from '../schemas/carousel.ts'
import {
  buttonMessage,
  carouselMediaMessage,
  carouselProductMessage,
  chunks,
  listMessage,
  productListMessage,
  textWithin,
  voiceCallMessage,
  withValue,
} from './arbitraries.ts'
import { validateInteractive } from './validate-interactive.ts'

const issuesOf = (value: unknown): Issue[] => {
  const result = validateInteractive(value)
  return result.ok ? [] : result.issues
}
const count = (code: 'too_many' | 'too_few', path: IssuePath, limit: number, actual: number) =>
  expect.objectContaining({ code, path, limit, actual })
const sectionsPath = ['action', 'sections']
const cardsPath = ['action', 'cards']
const carousels = fc.oneof(carouselMediaMessage({ cards: 'url' }), carouselProductMessage())

const replyButtons = (length: number) =>
  fc
    .uniqueArray(fc.record({ id: textWithin(LIMITS.button.id, 'id'), title: textWithin(LIMITS.button.title) }), {
      minLength: length,
      maxLength: length,
      comparator: (a, b) => a.id === b.id || a.title === b.title,
    })
    .map((replies) => replies.map((reply) => ({ type: 'reply', reply })))
const uniqueIds = (length: number, limit = LIMITS.list.rowId) =>
  fc.uniqueArray(textWithin(limit, 'id'), { minLength: length, maxLength: length })
/** `items` split into 1..maxSections titled sections, under `key`. */
const inSections = <T>(items: T[], key: string, maxSections: number) =>
  fc
    .integer({ min: 1, max: Math.min(maxSections, items.length) })
    .chain((n) => chunks(items, n))
    .map((parts) => parts.map((part, s) => ({ title: `Section ${s + 1}`, [key]: part })))

describe('counts one past their limits', () => {
  it('reply buttons: 4 → too_many, 0 → too_few, at action.buttons', () => {
    const cases = fc
      .tuple(buttonMessage(), fc.constantFrom(0, 4))
      .chain(([message, n]) =>
        replyButtons(n).map((buttons) => ({ message: withValue(message, ['action', 'buttons'], buttons), n })),
      )
    fc.assert(
      fc.property(cases, ({ message, n }) => {
        const { min, max } = LIMITS.button.count
        const expected =
          n > max ? count('too_many', ['action', 'buttons'], max, n) : count('too_few', ['action', 'buttons'], min, n)
        expect(issuesOf(message)).toEqual([expected])
      }),
      { numRuns: 60 },
    )
  })

  it('list: 11 rows in 1–10 sections → too_many at action.sections', () => {
    const total = LIMITS.list.rowsTotal.max + 1
    const cases = fc.tuple(listMessage(), uniqueIds(total)).chain(([message, ids]) =>
      inSections(
        ids.map((id, i) => ({ id, title: `Row ${i + 1}` })),
        'rows',
        LIMITS.list.sections.max,
      ).map((sections) => withValue(message, sectionsPath, sections)),
    )
    fc.assert(
      fc.property(cases, (message) => {
        expect(issuesOf(message)).toEqual([count('too_many', sectionsPath, LIMITS.list.rowsTotal.max, total)])
      }),
      { numRuns: 60 },
    )
  })

  it('list: 11 sections → too_many sections and rows at action.sections; an empty section → too_few at its rows', () => {
    const sections = LIMITS.list.sections.max + 1
    const eleven = fc.tuple(listMessage(), uniqueIds(sections)).map(([message, ids]) =>
      withValue(
        message,
        sectionsPath,
        ids.map((id, s) => ({ title: `S${s}`, rows: [{ id, title: 'Row' }] })),
      ),
    )
    fc.assert(
      fc.property(eleven, (message) => {
        // Every section holds a row, so 11 sections are 11 rows too: both rules are broken.
        expect(issuesOf(message)).toEqual([
          count('too_many', sectionsPath, LIMITS.list.sections.max, sections),
          count('too_many', sectionsPath, LIMITS.list.rowsTotal.max, sections),
        ])
      }),
      { numRuns: 30 },
    )
    const empty = listMessage({ complete: true }).chain((message) =>
      fc
        .nat({ max: message.action.sections.length - 1 })
        .map((s) => ({ s, message: withValue(message, [...sectionsPath, s, 'rows'], []) })),
    )
    fc.assert(
      fc.property(empty, ({ s, message }) => {
        expect(issuesOf(message)).toEqual([count('too_few', [...sectionsPath, s, 'rows'], 1, 0)])
      }),
      { numRuns: 30 },
    )
  })

  it('product list: 31 products in 1–10 sections, or 11 sections → too_many at action.sections', () => {
    const total = LIMITS.productList.itemsTotal.max + 1
    const products = fc
      .tuple(productListMessage(), uniqueIds(total, LIMITS.product.retailerId))
      .chain(([message, ids]) =>
        inSections(
          ids.map((id) => ({ product_retailer_id: id })),
          'product_items',
          LIMITS.productList.sections.max,
        ).map((sections) => withValue(message, sectionsPath, sections)),
      )
    fc.assert(
      fc.property(products, (message) => {
        expect(issuesOf(message)).toEqual([count('too_many', sectionsPath, LIMITS.productList.itemsTotal.max, total)])
      }),
      { numRuns: 40 },
    )
    const sections = LIMITS.productList.sections.max + 1
    const elevenSections = fc
      .tuple(productListMessage(), fc.integer({ min: sections, max: LIMITS.productList.itemsTotal.max }))
      .chain(([message, n]) =>
        uniqueIds(n, LIMITS.product.retailerId)
          .chain((ids) => chunks(ids, sections))
          .map((parts) =>
            withValue(
              message,
              sectionsPath,
              parts.map((part, s) => ({
                title: `S${s}`,
                product_items: part.map((id) => ({ product_retailer_id: id })),
              })),
            ),
          ),
      )
    fc.assert(
      fc.property(elevenSections, (message) => {
        expect(issuesOf(message)).toEqual([count('too_many', sectionsPath, LIMITS.productList.sections.max, sections)])
      }),
      { numRuns: 30 },
    )
  })

  /** The carousel's cards repeated up to `n`, indexed 0..n-1 in order. */
  const resized = (message: CarouselInteractive, n: number) =>
    withValue(
      message,
      cardsPath,
      Array.from({ length: n }, (_, i) => ({
        ...message.action.cards[i % message.action.cards.length],
        card_index: i,
      })),
    )

  it('carousel: 11 cards → too_many at action.cards (and card_index 10 is out of range)', () => {
    const cards = LIMITS.carousel.cards.max + 1
    fc.assert(
      fc.property(carousels, (message) => {
        const issues = issuesOf(resized(message, cards))
        expect(issues).toHaveLength(2)
        expect(issues).toEqual(
          expect.arrayContaining([
            count('too_many', cardsPath, LIMITS.carousel.cards.max, cards),
            expect.objectContaining({
              code: 'too_big',
              path: [...cardsPath, cards - 1, 'card_index'],
              limit: LIMITS.carousel.cardIndex.max,
              actual: cards - 1,
            }),
          ]),
        )
      }),
      { numRuns: 40 },
    )
  })

  it('carousel: 1 card → too_few at action.cards', () => {
    fc.assert(
      fc.property(carousels, (message) => {
        expect(issuesOf(resized(message, 1))).toEqual([count('too_few', cardsPath, LIMITS.carousel.cards.min, 1)])
      }),
      { numRuns: 40 },
    )
  })

  it('carousel: 3 quick replies on every card → only an unusually_many warning at each card’s buttons (Meta documents no maximum), none with the option at 3', () => {
    expect(LIMITS.carousel.quickReplies.kind).toBe('guard')
    const max = LIMITS.carousel.quickReplies.max
    const cases = carouselMediaMessage({ cards: 'reply' }).map((message) => {
      const cards = message.action.cards.map((card, i) => {
        if (card.type !== 'cta_url') return card
        const buttons = card.action.buttons ?? []
        const first = buttons[0] ?? { type: 'quick_reply' as const, quick_reply: { id: 'x', title: 'X' } }
        const filler = Array.from({ length: max + 1 - buttons.length }, (_, b) => ({
          type: 'quick_reply' as const,
          quick_reply: { id: `\u{1F9EA}extra-${i}-${b}`, title: first.quick_reply.title },
        }))
        return { ...card, action: { buttons: [...buttons, ...filler] } }
      })
      return withValue(message, cardsPath, cards)
    })
    fc.assert(
      fc.property(cases, (message) => {
        const expected = message.action.cards.map((_, i) =>
          expect.objectContaining({
            code: 'unusually_many',
            path: [...cardsPath, i, 'action', 'buttons'],
            limit: max,
            actual: max + 1,
            rule: 'guard',
            message: `Card ${i + 1} has ${max + 1} quick-reply buttons; WhatsApp documents no maximum, but Meta's example has ${max} and common libraries allow 2 or 3`,
          }),
        )
        const result = validateInteractive(message)
        expect(result.ok ? [] : result.issues).toEqual([])
        expect(result.warnings.filter((w) => w.code === 'unusually_many')).toEqual(expected)
        const raised = validateInteractive(message, { carouselQuickReplyMax: 3 })
        expect(raised.ok ? [] : raised.issues).toEqual([])
        expect(raised.warnings.filter((w) => w.code === 'unusually_many')).toEqual([])
      }),
      { numRuns: 40 },
    )
  })
})

describe('numbers outside their range', () => {
  it('voice_call ttl_minutes below 1 → too_small, above 43200 → too_big', () => {
    const { min, max } = LIMITS.voiceCall.ttlMinutes
    const ttl = fc.oneof(fc.integer({ min: -1e6, max: min - 1 }), fc.integer({ min: max + 1, max: 1e9 }))
    fc.assert(
      fc.property(voiceCallMessage({ complete: true }), ttl, (message, minutes) => {
        const path = ['action', 'parameters', 'ttl_minutes']
        const expected = minutes < min ? { code: 'too_small', limit: min } : { code: 'too_big', limit: max }
        expect(issuesOf(withValue(message, path, minutes))).toEqual([
          expect.objectContaining({ path, actual: minutes, ...expected }),
        ])
      }),
      { numRuns: 60 },
    )
  })

  it('card_index outside 0–9 → too_small / too_big at that card, with the limit and the value', () => {
    const index = fc.oneof(
      fc.integer({ min: -1000, max: -1 }),
      fc.integer({ min: LIMITS.carousel.cardIndex.max + 1, max: 1000 }),
    )
    fc.assert(
      fc.property(carousels, fc.nat(), index, (message, pick, value) => {
        const i = pick % message.action.cards.length
        const path = [...cardsPath, i, 'card_index']
        const { min, max } = LIMITS.carousel.cardIndex
        expect(issuesOf(withValue(message, path, value))).toEqual([
          expect.objectContaining(
            value < min
              ? { code: 'too_small', path, limit: min, actual: value }
              : { code: 'too_big', path, limit: max, actual: value },
          ),
        ])
      }),
      { numRuns: 60 },
    )
  })
})
