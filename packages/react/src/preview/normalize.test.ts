import { describe, expect, it } from 'vitest'
import { edgeFixtures, validFixtures } from './fixtures.ts'
import { EMPTY_DRAFT, normalizeDraft } from './normalize.ts'

describe('normalizeDraft', () => {
  it('keeps each text with the path core reports issues at', () => {
    const draft = normalizeDraft(validFixtures.buttonTextHeader)
    expect(draft.header).toEqual({ kind: 'text', text: { value: 'Uthibitisho wa oda 🛒', path: ['header', 'text'] } })
    expect(draft.body?.path).toEqual(['body', 'text'])
    expect(draft.footer?.path).toEqual(['footer', 'text'])
    expect(draft.actions[1]).toEqual({
      kind: 'reply',
      id: 'deliver_tomorrow',
      label: { value: 'Kesho asubuhi', path: ['action', 'buttons', 1, 'reply', 'title'] },
      url: undefined,
      path: ['action', 'buttons', 1],
    })
  })

  it('reads list sections and rows with their paths', () => {
    const draft = normalizeDraft(validFixtures.list)
    expect(draft.sections).toHaveLength(3)
    expect(draft.sections[1]?.rows[1]).toEqual({
      id: 'morocco_gerezani',
      title: { value: 'Morocco – Gerezani', path: ['action', 'sections', 1, 'rows', 1, 'title'] },
      description: undefined,
      path: ['action', 'sections', 1, 'rows', 1],
    })
  })

  it('reads carousel cards: media + URL, media + quick replies, products', () => {
    const url = normalizeDraft(validFixtures.carouselCtaUrl).cards[2]
    expect(url?.actions[0]).toMatchObject({ kind: 'url', url: 'https://zanzibar.example.co.tz/hotel/3' })
    const replies = normalizeDraft(validFixtures.carouselQuickReply).cards[1]
    expect(replies?.header).toMatchObject({ kind: 'video', url: 'https://media.example.co.tz/plan-pro.mp4' })
    expect(replies?.actions.map((a) => a.id)).toEqual(['pro_buy', 'pro_info'])
    expect(replies?.actions[0]?.label?.path).toEqual([
      'action',
      'cards',
      1,
      'action',
      'buttons',
      0,
      'quick_reply',
      'title',
    ])
    expect(normalizeDraft(validFixtures.carouselProducts).cards.map((c) => c.productId)).toEqual([
      'tecno-spark-20',
      'infinix-hot-40',
      'samsung-a15',
    ])
  })

  it('counts product_list items across sections', () => {
    expect(normalizeDraft(validFixtures.productList).productCount).toBe(4)
  })

  it('skips fields of the wrong type instead of guessing', () => {
    const draft = normalizeDraft({ type: 'button', header: { type: 'text', text: 5 }, body: { text: ['x'] } })
    expect(draft.header).toEqual({ kind: 'text', text: { value: '5', path: ['header', 'text'] } })
    expect(draft.body).toBeUndefined()
    expect(normalizeDraft(edgeFixtures.empty)).toEqual(EMPTY_DRAFT)
    expect(normalizeDraft(null)).toEqual(EMPTY_DRAFT)
  })

  it('never reads inherited properties', () => {
    const inherited = Object.create({ type: 'button', body: { text: 'from the prototype' } })
    expect(normalizeDraft(inherited)).toEqual(EMPTY_DRAFT)
  })
})
