import { describe, expect, it } from 'vitest'
import { formatIssue } from '../i18n/format-issue.ts'
import { coreMessagesSw } from '../i18n/messages-sw.ts'
import type { Issue } from '../issue.ts'
import { chars, expectClean, expectIssue, expectWarning } from '../test-support/expect-issue.ts'
import { validateInteractive } from '../validation/validate-interactive.ts'

const urlCard = (i: number, extra: Record<string, unknown> = {}) => ({
  card_index: i,
  type: 'cta_url',
  header: { type: 'image', image: { link: `https://example.com/${i}.png` } },
  body: { text: `Card ${i}` },
  action: { name: 'cta_url', parameters: { display_text: 'Buy', url: `https://example.com/${i}` } },
  ...extra,
})
const replyCard = (i: number, ids: string[]) => ({
  card_index: i,
  type: 'cta_url',
  header: { type: 'video', video: { link: `https://example.com/${i}.mp4` } },
  action: { buttons: ids.map((id) => ({ type: 'quick_reply', quick_reply: { id, title: id } })) },
})
const productCard = (i: number, catalog = 'cat-1') => ({
  card_index: i,
  type: 'product',
  action: { product_retailer_id: `sku-${i}`, catalog_id: catalog },
})
const carousel = (cards: unknown[], overrides: Record<string, unknown> = {}) => ({
  type: 'carousel',
  body: { text: 'New arrivals' },
  action: { cards },
  ...overrides,
})
const many = (n: number, make: (i: number) => unknown) => Array.from({ length: n }, (_, i) => make(i))

describe('carousel', () => {
  it('accepts 2 and 10 cards of each kind, rejects 1 and 11', () => {
    expectClean(validateInteractive(carousel(many(2, (i) => urlCard(i)))))
    expectClean(validateInteractive(carousel(many(10, (i) => replyCard(i, [`a${i}`, `b${i}`])))))
    expectClean(validateInteractive(carousel(many(10, (i) => productCard(i)))))
    expectIssue(validateInteractive(carousel([urlCard(0)])), ['action', 'cards'], 'too_few', { limit: 2, actual: 1 })
    expectIssue(validateInteractive(carousel(many(11, (i) => urlCard(i % 10)))), ['action', 'cards'], 'too_many', {
      limit: 10,
    })
  })

  it('keeps a card header to its type and media: no sub_text, unlike a message header', () => {
    // Meta's carousel guide gives a card header only `type` and the media; the Messages API
    // reference's header object, with `sub_text`, is the message's.
    const header = { type: 'image', image: { link: 'https://example.com/0.png' }, sub_text: 'New' }
    const result = validateInteractive(carousel([urlCard(0, { header }), urlCard(1)]))
    expectIssue(result, ['action', 'cards', 0, 'header', 'sub_text'], 'unknown_key')
  })

  it('forbids a header and footer on the message', () => {
    const result = validateInteractive(
      carousel(
        many(2, (i) => urlCard(i)),
        { header: { type: 'text', text: 'x' }, footer: { text: 'x' } },
      ),
    )
    expectIssue(result, ['header'], 'not_allowed')
    expectIssue(result, ['footer'], 'not_allowed')
  })

  it('requires every card to use the same button kind and count', () => {
    const mixed = validateInteractive(carousel([urlCard(0), replyCard(1, ['a'])]))
    expectIssue(mixed, ['action', 'cards', 1, 'action'], 'invalid_value')
    const counts = validateInteractive(carousel([replyCard(0, ['a', 'b']), replyCard(1, ['c'])]))
    expect(expectIssue(counts, ['action', 'cards', 1, 'action'], 'invalid_value').message).toContain(
      '1 quick-reply button',
    )
    expectIssue(
      validateInteractive(carousel([productCard(0), urlCard(1)])),
      ['action', 'cards', 1, 'action'],
      'invalid_value',
    )
  })

  it('warns, never refuses, past 2 quick replies per card (3 with the option) and refuses a quick-reply id repeated across cards', () => {
    const three = carousel([replyCard(0, ['a', 'b', 'c']), replyCard(1, ['d', 'e', 'f'])])
    const warned = validateInteractive(three)
    expect(warned.ok).toBe(true)
    const [first, second] = [0, 1].map((card) =>
      expectWarning(warned, ['action', 'cards', card, 'action', 'buttons'], 'unusually_many'),
    )
    expect(second).toMatchObject({ limit: 2, actual: 3, rule: 'guard' })
    expect(first).toMatchObject({
      limit: 2,
      actual: 3,
      rule: 'guard',
      message:
        "Card 1 has 3 quick-reply buttons; WhatsApp documents no maximum, but Meta's example has 2 and common libraries allow 2 or 3",
    })
    expect(formatIssue(first as Issue, coreMessagesSw)).toBe(
      'Kadi 1 ina vitufe 3 vya kujibu; WhatsApp haina kikomo rasmi, lakini mfano wa Meta una 2 na maktaba za kawaida huruhusu 2 au 3',
    )
    expectClean(validateInteractive(three, { carouselQuickReplyMax: 3 }))
    const four = carousel([replyCard(0, ['a', 'b', 'c', 'd']), replyCard(1, ['e', 'f', 'g', 'h'])])
    const raised = validateInteractive(four, { carouselQuickReplyMax: 3 })
    expect(raised.ok).toBe(true)
    expect(expectWarning(raised, ['action', 'cards', 1, 'action', 'buttons'], 'unusually_many')).toMatchObject({
      limit: 3,
      actual: 4,
    })
    // Junk stays bounded: a list past LIMITS.structure.listItems is the kit's error, as any list.
    const ids = (card: number) => Array.from({ length: 101 }, (_, b) => `c${card}b${b}`)
    const junk = validateInteractive(carousel([replyCard(0, ids(0)), replyCard(1, ids(1))]))
    expectIssue(junk, ['action', 'cards', 0, 'action', 'buttons'], 'too_many', { reason: 'list_items', rule: 'kit' })
    const dup = validateInteractive(carousel([replyCard(0, ['a', 'b']), replyCard(1, ['c', 'a'])]))
    expect(dup.ok).toBe(false)
    expectIssue(dup, ['action', 'cards', 1, 'action', 'buttons', 1, 'quick_reply', 'id'], 'duplicate')
  })

  // Meta names no maximum (past 2 is only a warning), but "one or more" quick replies is Meta's own
  // rule (Interactive media carousel messages guide): an empty list is WhatsApp's error.
  it('needs at least one quick reply per card, by WhatsApp’s rule', () => {
    const none = validateInteractive(carousel([replyCard(0, []), replyCard(1, [])]))
    const issue = expectIssue(none, ['action', 'cards', 0, 'action', 'buttons'], 'too_few', {
      limit: 1,
      actual: 0,
      rule: 'whatsapp',
    })
    expect(issue.message).toBe('Card 1 has no quick-reply buttons; WhatsApp needs at least 1')
    expect(formatIssue(issue, coreMessagesSw)).toMatch(/WhatsApp/)
  })

  it('keeps card_index unique and 0–9, warning on gaps', () => {
    expectIssue(
      validateInteractive(carousel([urlCard(0), urlCard(0)])),
      ['action', 'cards', 1, 'card_index'],
      'duplicate',
    )
    const tenCards = validateInteractive(carousel(many(10, (i) => urlCard(i))))
    expectClean(tenCards)
    const tooBig = validateInteractive(carousel([urlCard(0), urlCard(10)]))
    expectIssue(tooBig, ['action', 'cards', 1, 'card_index'], 'too_big', {
      limit: 9,
      actual: 10,
      message: 'Card 2 card_index is 10; WhatsApp allows 0–9',
    })
    // The out-of-range index is the error; no extra "gap" warning on top of it.
    expect(tooBig.warnings).toEqual([])
    expectIssue(
      validateInteractive(carousel([urlCard(-1), urlCard(0)])),
      ['action', 'cards', 0, 'card_index'],
      'too_small',
      {
        limit: 0,
        actual: -1,
      },
    )
    expectIssue(
      validateInteractive(carousel([urlCard(0), urlCard(1.5)])),
      ['action', 'cards', 1, 'card_index'],
      'invalid_type',
    )
    expectWarning(validateInteractive(carousel([urlCard(0), urlCard(5)])), ['action', 'cards'], 'not_recommended')
  })

  it('warns when the cards are listed out of card_index order: the list is not what the customer sees', () => {
    // Media carousel guide: cards appear left to right by card_index, starting from 0.
    const result = validateInteractive(carousel([urlCard(1), urlCard(0)]))
    const warning = expectWarning(result, ['action', 'cards'], 'not_recommended')
    expect(warning).toMatchObject({ reason: 'card_index_order', params: { at: 1, index: 1 } })
    expect(warning.message).toBe(
      'Cards are listed out of card_index order: WhatsApp shows them by card_index, so card 1 here (card_index 1) is not card 1 of what the customer sees',
    )
    expect(formatIssue(warning, coreMessagesSw)).toBe(
      'Kadi hazijaorodheshwa kwa mpangilio wa card_index: WhatsApp huzionyesha kwa card_index, kwa hiyo kadi 1 hapa (card_index 1) si kadi 1 anayoiona mteja',
    )
    expectClean(validateInteractive(carousel([urlCard(0), urlCard(1), urlCard(2)])))
    // A repeated or out-of-range index is its own problem: no order warning on top of it.
    expect(validateInteractive(carousel([urlCard(1), urlCard(1)])).warnings).toEqual([])
    // Nor one that is no whole number, even on a card whose missing type hides that error.
    const { type: _, ...untyped } = urlCard(0.5)
    const halfIndex = validateInteractive(carousel([urlCard(1), untyped]))
    expect(halfIndex.issues?.map((issue) => issue.path.join('.'))).toEqual(['action.cards.1.type'])
    expect(halfIndex.warnings).toEqual([])
  })

  it('warns, without failing, about a card header by media id (Meta documents only link)', () => {
    const byId = urlCard(0, { header: { type: 'image', image: { id: '1234' } } })
    const warning = expectWarning(
      validateInteractive(carousel([byId, urlCard(1)])),
      ['action', 'cards', 0, 'header', 'image', 'id'],
      'not_recommended',
    )
    expect(warning.message).toBe(
      'Card 1 header uses an uploaded media id; Meta documents only a link for carousel cards',
    )
  })

  it('limits a card body to 160 characters and 2 line breaks', () => {
    expectClean(validateInteractive(carousel([urlCard(0, { body: { text: chars(160) } }), urlCard(1)])))
    expectIssue(
      validateInteractive(carousel([urlCard(0, { body: { text: chars(161) } }), urlCard(1)])),
      ['action', 'cards', 0, 'body', 'text'],
      'too_long',
      { limit: 160 },
    )
    expectClean(validateInteractive(carousel([urlCard(0, { body: { text: 'a\nb\nc' } }), urlCard(1)])))
    expectIssue(
      validateInteractive(carousel([urlCard(0, { body: { text: 'a\nb\nc\nd' } }), urlCard(1)])),
      ['action', 'cards', 0, 'body', 'text'],
      'too_many',
      { limit: 2, actual: 3 },
    )
    expectClean(validateInteractive(carousel([urlCard(0, { body: { text: 'a\r\nb\r\nc' } }), urlCard(1)])))
    for (const text of ['a\rb\rc\rd', 'a\u2028b\u2029c\r\nd']) {
      expectIssue(
        validateInteractive(carousel([urlCard(0, { body: { text } }), urlCard(1)])),
        ['action', 'cards', 0, 'body', 'text'],
        'too_many',
        { limit: 2, actual: 3 },
      )
    }
  })

  it('takes only image or video card headers and a complete URL button', () => {
    const doc = urlCard(1, { header: { type: 'document', document: { link: 'https://e.com/a.pdf' } } })
    expectIssue(
      validateInteractive(carousel([urlCard(0), doc])),
      ['action', 'cards', 1, 'header', 'type'],
      'not_allowed',
    )
    const missing = urlCard(1, { action: { name: 'cta_url' } })
    expectIssue(
      validateInteractive(carousel([urlCard(0), missing])),
      ['action', 'cards', 1, 'action', 'parameters'],
      'required',
    )
    const both = {
      ...replyCard(1, ['x']),
      action: { name: 'cta_url', buttons: [{ type: 'quick_reply', quick_reply: { id: 'x', title: 'X' } }] },
    }
    expectIssue(
      validateInteractive(carousel([replyCard(0, ['y']), both])),
      ['action', 'cards', 1, 'action', 'name'],
      'not_allowed',
    )
  })

  it('requires product cards to share one catalog', () => {
    expectIssue(
      validateInteractive(carousel([productCard(0), productCard(1, 'other')])),
      ['action', 'cards', 1, 'action', 'catalog_id'],
      'invalid_value',
    )
  })

  // An empty catalog id is one problem, reported once where it is: it names no catalog, so it is
  // neither "another catalog" nor the one the other cards must match.
  it('reports an empty catalog id once, as empty, and compares the others with the first given', () => {
    const catalogIssues = (result: ReturnType<typeof validateInteractive>) =>
      (result.ok ? [] : result.issues).filter((issue) => issue.path.at(-1) === 'catalog_id')
    const second = validateInteractive(carousel([productCard(0), productCard(1, ''), productCard(2)]))
    expect(catalogIssues(second)).toEqual([
      expect.objectContaining({ path: ['action', 'cards', 1, 'action', 'catalog_id'], code: 'too_short' }),
    ])
    const first = validateInteractive(carousel([productCard(0, ''), productCard(1), productCard(2, 'other')]))
    expect(catalogIssues(first)).toEqual([
      expect.objectContaining({ path: ['action', 'cards', 0, 'action', 'catalog_id'], code: 'too_short' }),
      expect.objectContaining({ path: ['action', 'cards', 2, 'action', 'catalog_id'], reason: 'catalog_mismatch' }),
    ])
    // Spaces only name a catalog WhatsApp does not have: another catalog (and a blank warning).
    const spaces = validateInteractive(carousel([productCard(0, ' '), productCard(1)]))
    expect(catalogIssues(spaces)).toEqual([
      expect.objectContaining({ path: ['action', 'cards', 0, 'action', 'catalog_id'], reason: 'catalog_mismatch' }),
    ])
  })

  // As a product list warns of a product listed twice: the customer sees the same card twice.
  it('warns of the same product on two cards, at the repeat, naming the first', () => {
    const same = { ...productCard(2), action: { product_retailer_id: 'sku-0', catalog_id: 'cat-1' } }
    const result = validateInteractive(carousel([productCard(0), productCard(1), same]))
    const warning = expectWarning(result, ['action', 'cards', 2, 'action', 'product_retailer_id'], 'duplicate')
    expect(warning).toMatchObject({ reason: 'repeated_product' })
    expect(warning.message).toBe('Card 3 is the same product ("sku-0") as card 1; it will be listed twice')
    expect(result.warnings.filter((w) => w.code === 'duplicate')).toHaveLength(1)
    // Two empty product IDs are each a missing field, not one product twice.
    const empty = { card_index: 1, type: 'product', action: { product_retailer_id: '', catalog_id: 'cat-1' } }
    const blank = validateInteractive(carousel([{ ...empty, card_index: 0 }, empty]))
    expect(blank.warnings.filter((w) => w.code === 'duplicate')).toEqual([])
  })
})
