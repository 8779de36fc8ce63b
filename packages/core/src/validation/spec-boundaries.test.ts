import { describe, expect, it } from 'vitest'
import { sendMessageRoute } from '../contract/briq-routes.ts'
import { issuesAt } from '../draft/fixes/fix-it.ts'
import type { Issue, IssuePath, ValidationResult } from '../issue.ts'
import { LIMITS, type Limit } from '../limits.ts'
import type { SchemaOptions } from '../schemas/schema-options.ts'
import { withValue } from './arbitraries.ts'
import { validateInteractive } from './validate-interactive.ts'
import { validateRequest } from './validate-request.ts'
import { validateSendRequest } from './validate-send-request.ts'

// Every limit and rule of Meta's interactive object and Briq's send target, checked field by
// field at the limit, one past it and one short of it, empty and only spaces, counting Unicode
// code points: astral emoji, ZWJ sequences and combining marks.

const https = 'https://example.com/'
const reply = (id: string, title: string) => ({ type: 'reply', reply: { id, title } })
const quick = (id: string, title: string) => ({ type: 'quick_reply', quick_reply: { id, title } })
const image = { type: 'image', image: { link: `${https}a.jpg` } }
const mediaCard = (i: number, action: unknown) => ({
  card_index: i,
  type: 'cta_url',
  header: image,
  body: { text: 'Card' },
  action,
})
const urlAction = { name: 'cta_url', parameters: { display_text: 'Open', url: https } }
const productCard = (i: number) => ({
  card_index: i,
  type: 'product',
  action: { catalog_id: 'cat', product_retailer_id: `sku-${i}` },
})
const flowParameters = {
  flow_message_version: '3',
  flow_id: '1234',
  flow_cta: 'Book',
  flow_token: 'token',
  mode: 'published',
  flow_action: 'navigate',
  flow_action_payload: { screen: 'WELCOME', data: { a: 1 } },
}

/** A complete valid message of each kind, every optional field present, so every path exists. */
const BASE = {
  button: {
    type: 'button',
    header: { type: 'text', text: 'Header', sub_text: 'Sub' },
    body: { text: 'Body' },
    footer: { text: 'Footer' },
    action: { buttons: [reply('a', 'A'), reply('b', 'B')] },
  },
  list: {
    type: 'list',
    header: { type: 'text', text: 'Header' },
    body: { text: 'Body' },
    footer: { text: 'Footer' },
    action: {
      button: 'Open',
      sections: [
        {
          title: 'One',
          rows: [
            { id: 'r1', title: 'R1', description: 'D' },
            { id: 'r2', title: 'R2' },
          ],
        },
        { title: 'Two', rows: [{ id: 'r3', title: 'R3', description: 'D' }] },
      ],
    },
  },
  cta_url: { type: 'cta_url', body: { text: 'Body' }, action: urlAction },
  location_request_message: {
    type: 'location_request_message',
    body: { text: 'Body' },
    action: { name: 'send_location' },
  },
  flow: { type: 'flow', body: { text: 'Body' }, action: { name: 'flow', parameters: flowParameters } },
  product: { type: 'product', body: { text: 'Body' }, action: { catalog_id: 'cat', product_retailer_id: 'sku' } },
  product_list: {
    type: 'product_list',
    header: { type: 'text', text: 'Header' },
    body: { text: 'Body' },
    action: {
      catalog_id: 'cat',
      sections: [
        { title: 'One', product_items: [{ product_retailer_id: 'p1' }] },
        { title: 'Two', product_items: [{ product_retailer_id: 'p2' }] },
      ],
    },
  },
  catalog_message: {
    type: 'catalog_message',
    body: { text: 'Body' },
    action: { name: 'catalog_message', parameters: { thumbnail_product_retailer_id: 'sku' } },
  },
  carousel_url: {
    type: 'carousel',
    body: { text: 'Body' },
    action: { cards: [mediaCard(0, urlAction), mediaCard(1, urlAction)] },
  },
  carousel_reply: {
    type: 'carousel',
    body: { text: 'Body' },
    action: {
      cards: [
        mediaCard(0, { buttons: [quick('a', 'A'), quick('b', 'B')] }),
        mediaCard(1, { buttons: [quick('c', 'A'), quick('d', 'B')] }),
      ],
    },
  },
  carousel_product: { type: 'carousel', body: { text: 'Body' }, action: { cards: [productCard(0), productCard(1)] } },
  voice_call: {
    type: 'voice_call',
    body: { text: 'Body' },
    action: { name: 'voice_call', parameters: { display_text: 'Call', ttl_minutes: 60, payload: 'p' } },
  },
  call_permission_request: {
    type: 'call_permission_request',
    body: { text: 'Body' },
    action: { name: 'call_permission_request' },
  },
  address_message: {
    type: 'address_message',
    body: { text: 'Body' },
    action: {
      name: 'address_message',
      parameters: {
        country: 'IN',
        values: { name: 'Asha', in_pin_code: '400001', city: 'Mumbai' },
        saved_addresses: [{ id: 'home', value: { name: 'Asha', in_pin_code: '400001' } }],
        validation_errors: { city: 'We do not deliver there' },
      },
    },
  },
} as const
type Base = keyof typeof BASE

const errorsAt = (result: ValidationResult, path: IssuePath): Issue[] => issuesAt(result.ok ? [] : result.issues, path)
const warningsAt = (result: ValidationResult, path: IssuePath): Issue[] => issuesAt(result.warnings, path)

// The numbers as Meta's pages and Briq's docs give them, written out here rather than read from
// LIMITS, so that a changed entry fails this check (whatsapp: Meta documents it; briq: Briq does;
// guard: nobody documents a maximum, ours only warns; kit: ours, an error).
const DOCUMENTED: [Limit, number, number, Limit['kind']][] = [
  [LIMITS.header.text, 1, 60, 'whatsapp'],
  [LIMITS.header.subText, 1, 60, 'whatsapp'],
  [LIMITS.body.text, 1, 1024, 'whatsapp'],
  [LIMITS.body.listTextExtended, 1, 4096, 'whatsapp'],
  [LIMITS.footer.text, 1, 60, 'whatsapp'],
  [LIMITS.button.count, 1, 3, 'whatsapp'],
  [LIMITS.button.id, 1, 256, 'whatsapp'],
  [LIMITS.button.title, 1, 20, 'whatsapp'],
  [LIMITS.list.button, 1, 20, 'whatsapp'],
  [LIMITS.list.sections, 1, 10, 'whatsapp'],
  [LIMITS.list.rowsTotal, 1, 10, 'whatsapp'],
  [LIMITS.list.sectionTitle, 1, 24, 'whatsapp'],
  [LIMITS.list.rowId, 1, 200, 'whatsapp'],
  [LIMITS.list.rowTitle, 1, 24, 'whatsapp'],
  [LIMITS.list.rowDescription, 1, 72, 'whatsapp'],
  [LIMITS.ctaUrl.displayText, 1, 20, 'whatsapp'],
  [LIMITS.ctaUrl.url, 1, 2048, 'guard'],
  [LIMITS.flow.cta, 1, 30, 'whatsapp'],
  [LIMITS.flow.id, 1, 256, 'guard'],
  [LIMITS.flow.name, 1, 256, 'guard'],
  [LIMITS.flow.token, 1, 1024, 'guard'],
  [LIMITS.flow.screen, 1, 256, 'guard'],
  [LIMITS.product.catalogId, 1, 256, 'guard'],
  [LIMITS.product.retailerId, 1, 256, 'guard'],
  [LIMITS.productList.sections, 1, 10, 'whatsapp'],
  [LIMITS.productList.itemsTotal, 1, 30, 'whatsapp'],
  [LIMITS.productList.sectionTitle, 1, 24, 'whatsapp'],
  [LIMITS.carousel.cards, 2, 10, 'whatsapp'],
  [LIMITS.carousel.cardIndex, 0, 9, 'whatsapp'],
  [LIMITS.carousel.cardBody, 1, 160, 'whatsapp'],
  [LIMITS.carousel.cardBodyLineBreaks, 0, 2, 'whatsapp'],
  [LIMITS.carousel.quickReplies, 1, 2, 'guard'],
  [LIMITS.carousel.quickReplyId, 1, 256, 'whatsapp'],
  [LIMITS.carousel.quickReplyTitle, 1, 20, 'whatsapp'],
  [LIMITS.carousel.displayText, 1, 20, 'whatsapp'],
  [LIMITS.voiceCall.displayText, 1, 20, 'whatsapp'],
  [LIMITS.voiceCall.ttlMinutes, 1, 43200, 'whatsapp'],
  [LIMITS.voiceCall.payload, 1, 512, 'whatsapp'],
  [LIMITS.address.inPinCode, 0, 6, 'whatsapp'],
  [LIMITS.address.field, 0, 256, 'guard'],
  [LIMITS.address.savedAddressId, 1, 256, 'guard'],
  [LIMITS.send.to, 7, 18, 'briq'],
  [LIMITS.send.legacyRecipient, 4, 20, 'briq'],
  [LIMITS.send.sender, 1, 64, 'briq'],
  [LIMITS.send.text, 1, 4096, 'briq'],
  [LIMITS.send.templateName, 1, 512, 'briq'],
]

describe('LIMITS', () => {
  it.each(DOCUMENTED.map(([limit, min, max, kind]) => [`${kind} ${min}–${max}`, limit, min, max, kind] as const))(
    'holds the documented %s',
    (_, limit, min, max, kind) => {
      expect({ min: limit.min, max: limit.max, kind: limit.kind }).toEqual({ min, max, kind })
    },
  )

  it('warns of a flow button text over 20, the limit client libraries enforce', () => {
    expect(LIMITS.flow.cta.warnAbove).toBe(20)
  })
})

describe('every base message', () => {
  it.each(Object.keys(BASE))('%s is valid without warnings', (base) => {
    const result = validateInteractive(BASE[base as Base])
    expect(result.ok ? [] : result.issues).toEqual([])
    expect(result.warnings).toEqual([])
  })
})

/** One limited text field: the message it is in, its exact path, its limit, what it holds. */
interface TextRow {
  base: Base
  path: IssuePath
  limit: Limit
  /** The field's name as its sentences start (after "is …"). */
  subject: string
  /** A URL (`https://example.com/` and filler), or text in which emoji are refused (flow_cta). */
  kind?: 'url' | 'no_emoji'
  /** Meta forbids spaces at its ends: only spaces is an error too (a reply button's id). */
  spacesForbidden?: boolean
  options?: SchemaOptions
}

const TEXT: TextRow[] = [
  { base: 'button', path: ['header', 'text'], limit: LIMITS.header.text, subject: 'Header text' },
  { base: 'button', path: ['header', 'sub_text'], limit: LIMITS.header.subText, subject: 'Header sub_text' },
  { base: 'button', path: ['body', 'text'], limit: LIMITS.body.text, subject: 'Body text' },
  { base: 'button', path: ['footer', 'text'], limit: LIMITS.footer.text, subject: 'Footer text' },
  {
    base: 'button',
    path: ['action', 'buttons', 1, 'reply', 'id'],
    limit: LIMITS.button.id,
    subject: 'Button 2 ID',
    spacesForbidden: true,
  },
  {
    base: 'button',
    path: ['action', 'buttons', 1, 'reply', 'title'],
    limit: LIMITS.button.title,
    subject: 'Button 2 title',
  },
  { base: 'list', path: ['action', 'button'], limit: LIMITS.list.button, subject: 'List button label' },
  {
    base: 'list',
    path: ['action', 'sections', 1, 'title'],
    limit: LIMITS.list.sectionTitle,
    subject: 'Section 2 title',
  },
  {
    base: 'list',
    path: ['action', 'sections', 1, 'rows', 0, 'id'],
    limit: LIMITS.list.rowId,
    subject: 'Section 2 row 1 ID',
  },
  {
    base: 'list',
    path: ['action', 'sections', 0, 'rows', 1, 'title'],
    limit: LIMITS.list.rowTitle,
    subject: 'Section 1 row 2 title',
  },
  {
    base: 'list',
    path: ['action', 'sections', 1, 'rows', 0, 'description'],
    limit: LIMITS.list.rowDescription,
    subject: 'Section 2 row 1 description',
  },
  {
    base: 'list',
    path: ['body', 'text'],
    limit: LIMITS.body.listTextExtended,
    subject: 'Body text',
    options: { extendedListBody: true },
  },
  { base: 'location_request_message', path: ['body', 'text'], limit: LIMITS.body.text, subject: 'Body text' },
  {
    base: 'cta_url',
    path: ['action', 'parameters', 'display_text'],
    limit: LIMITS.ctaUrl.displayText,
    subject: 'Button text',
  },
  {
    base: 'cta_url',
    path: ['action', 'parameters', 'url'],
    limit: LIMITS.ctaUrl.url,
    subject: 'Button URL',
    kind: 'url',
  },
  {
    base: 'flow',
    path: ['action', 'parameters', 'flow_cta'],
    limit: LIMITS.flow.cta,
    subject: 'Flow button text',
    kind: 'no_emoji',
  },
  { base: 'flow', path: ['action', 'parameters', 'flow_id'], limit: LIMITS.flow.id, subject: 'Flow ID' },
  { base: 'flow', path: ['action', 'parameters', 'flow_token'], limit: LIMITS.flow.token, subject: 'Flow token' },
  {
    base: 'flow',
    path: ['action', 'parameters', 'flow_action_payload', 'screen'],
    limit: LIMITS.flow.screen,
    subject: 'First screen',
  },
  { base: 'product', path: ['action', 'catalog_id'], limit: LIMITS.product.catalogId, subject: 'Catalog ID' },
  {
    base: 'product',
    path: ['action', 'product_retailer_id'],
    limit: LIMITS.product.retailerId,
    subject: 'Product ID (SKU)',
  },
  { base: 'product', path: ['body', 'text'], limit: LIMITS.body.text, subject: 'Body text' },
  {
    base: 'product_list',
    path: ['action', 'sections', 1, 'title'],
    limit: LIMITS.productList.sectionTitle,
    subject: 'Section 2 title',
  },
  {
    base: 'product_list',
    path: ['action', 'sections', 1, 'product_items', 0, 'product_retailer_id'],
    limit: LIMITS.product.retailerId,
    subject: 'Section 2 product 1 ID (SKU)',
  },
  {
    base: 'catalog_message',
    path: ['action', 'parameters', 'thumbnail_product_retailer_id'],
    limit: LIMITS.product.retailerId,
    subject: 'Thumbnail product ID (SKU)',
  },
  {
    base: 'carousel_url',
    path: ['action', 'cards', 1, 'body', 'text'],
    limit: LIMITS.carousel.cardBody,
    subject: 'Card 2 text',
  },
  {
    base: 'carousel_url',
    path: ['action', 'cards', 1, 'action', 'parameters', 'display_text'],
    limit: LIMITS.carousel.displayText,
    subject: 'Card 2 button text',
  },
  {
    base: 'carousel_url',
    path: ['action', 'cards', 1, 'action', 'parameters', 'url'],
    limit: LIMITS.ctaUrl.url,
    subject: 'Card 2 button URL',
    kind: 'url',
  },
  {
    base: 'carousel_reply',
    path: ['action', 'cards', 1, 'action', 'buttons', 0, 'quick_reply', 'id'],
    limit: LIMITS.carousel.quickReplyId,
    subject: 'Card 2 button 1 ID',
  },
  {
    base: 'carousel_reply',
    path: ['action', 'cards', 1, 'action', 'buttons', 1, 'quick_reply', 'title'],
    limit: LIMITS.carousel.quickReplyTitle,
    subject: 'Card 2 button 2 title',
  },
  {
    base: 'carousel_product',
    path: ['action', 'cards', 1, 'action', 'product_retailer_id'],
    limit: LIMITS.product.retailerId,
    subject: 'Card 2 product ID (SKU)',
  },
  {
    base: 'voice_call',
    path: ['action', 'parameters', 'display_text'],
    limit: LIMITS.voiceCall.displayText,
    subject: 'Button text',
  },
  {
    base: 'voice_call',
    path: ['action', 'parameters', 'payload'],
    limit: LIMITS.voiceCall.payload,
    subject: 'Call payload',
  },
  { base: 'call_permission_request', path: ['body', 'text'], limit: LIMITS.body.text, subject: 'Body text' },
  {
    base: 'address_message',
    path: ['action', 'parameters', 'values', 'in_pin_code'],
    limit: LIMITS.address.inPinCode,
    subject: 'PIN code',
  },
  {
    base: 'address_message',
    path: ['action', 'parameters', 'values', 'city'],
    limit: LIMITS.address.field,
    subject: 'City',
  },
  {
    base: 'address_message',
    path: ['action', 'parameters', 'saved_addresses', 0, 'id'],
    limit: LIMITS.address.savedAddressId,
    subject: 'Saved address 1 ID',
  },
  {
    base: 'address_message',
    path: ['action', 'parameters', 'saved_addresses', 0, 'value', 'in_pin_code'],
    limit: LIMITS.address.inPinCode,
    subject: 'Saved address 1 PIN code',
  },
]

/** `n` code points built from `unit` (itself `width` code points), padded with "a". */
const fill = (n: number, unit: string): string => {
  const width = [...unit].length
  return unit.repeat(Math.floor(n / width)) + 'a'.repeat(n % width)
}
const ZWJ = '👩\u200d💻' // woman technologist: 3 code points, 5 UTF-16 units
const COMBINING = 'e\u0301' // e + combining acute: 2 code points, 2 units
const ASTRAL = '😀' // 1 code point, 2 units

/** A value of exactly `n` code points for the row, built from `unit`. */
const textOf = (row: TextRow, n: number, unit = 'a'): string =>
  row.kind === 'url' ? https + fill(n - https.length, unit) : fill(n, unit)
const check = (row: TextRow, value: string) =>
  validateInteractive(withValue(BASE[row.base], row.path, value), row.options)
const owner = (limit: Limit) => (limit.kind === 'briq' ? 'Briq' : 'WhatsApp')
const label = (row: TextRow) => `${row.base} ${row.path.join('.')} (${row.limit.kind} ${row.limit.max})`

// Units to build each length from: plain letters, combining marks, and, where emoji are text
// like any other, astral emoji and ZWJ sequences.
const unitsOf = (row: TextRow): string[] => (row.kind === 'no_emoji' ? ['a', COMBINING] : ['a', COMBINING, ASTRAL, ZWJ])

describe.each(TEXT.map((row) => [label(row), row] as const))('text %s', (_, row) => {
  const { max } = row.limit
  const documented = row.limit.kind !== 'guard'

  it.each(unitsOf(row))('takes max and max−1 code points of %j, warning only where UTF-16 is longer', (unit) => {
    for (const n of [max, max - 1]) {
      const value = textOf(row, n, unit)
      expect([...value]).toHaveLength(n)
      const result = check(row, value)
      expect(errorsAt(result, row.path), `${n} of ${unit}`).toEqual([])
      const utf16 = warningsAt(result, row.path).filter((issue) => issue.code === 'too_long_utf16')
      if (documented && value.length > max) {
        expect(utf16).toEqual([expect.objectContaining({ limit: max, actual: value.length, rule: row.limit.kind })])
        expect(utf16[0]?.message).toBe(
          `${row.subject} fits ${max} characters but is ${value.length} UTF-16 units long (emoji count twice in some clients); ${owner(row.limit)} may reject it`,
        )
      } else {
        expect(utf16).toEqual([])
      }
    }
  })

  it.each(unitsOf(row))('at max+1 code points of %j: an error naming the owner, or a guard’s warning', (unit) => {
    const result = check(row, textOf(row, max + 1, unit))
    const actual = max + 1
    if (documented) {
      expect(errorsAt(result, row.path)).toEqual([
        expect.objectContaining({ code: 'too_long', limit: max, actual, rule: row.limit.kind }),
      ])
      expect(errorsAt(result, row.path)[0]?.message).toBe(
        `${row.subject} is ${actual} characters; ${owner(row.limit)} allows ${max}`,
      )
    } else {
      expect(result.ok).toBe(true)
      expect(warningsAt(result, row.path)).toEqual([
        expect.objectContaining({ code: 'unusually_long', limit: max, actual, rule: 'guard' }),
      ])
      expect(warningsAt(result, row.path)[0]?.message).toBe(
        `${row.subject} is unusually long: ${actual} characters; no documented limit`,
      )
    }
  })

  it('empty is WhatsApp’s "Min length: 1" error, or left blank where a field may be empty', () => {
    const result = check(row, '')
    if (row.limit.min === 0) {
      // An address field may be sent empty (Meta's saved-address example has building_name "").
      expect(errorsAt(result, row.path)).toEqual([])
      expect(warningsAt(result, row.path)).toEqual([])
      return
    }
    expect(errorsAt(result, row.path)).toEqual([
      expect.objectContaining({ code: 'too_short', limit: 1, actual: 0, rule: 'whatsapp' }),
    ])
    expect(errorsAt(result, row.path)[0]?.message).toBe(`${row.subject} is empty; WhatsApp needs at least 1 character`)
  })

  it('only spaces (and invisible characters) is a warning, never silently accepted', () => {
    if (row.kind === 'url') {
      // A link of spaces is no link: WhatsApp's rule, an error.
      expect(errorsAt(check(row, '   '), row.path)).toEqual([expect.objectContaining({ code: 'invalid_url' })])
      return
    }
    for (const blank of ['   ', '\u200b', ' \u3164 ']) {
      const result = check(row, blank)
      // Where a field may be empty, blank is as good as empty: nothing to warn about.
      if (row.limit.min === 0) expect(warningsAt(result, row.path)).toEqual([])
      // Blank, and only that: "spaces at its ends" would say it worse where Meta allows them.
      else expect(warningsAt(result, row.path).map((issue) => issue.reason)).toEqual(['blank'])
      const errors = errorsAt(result, row.path).map((issue) => issue.reason)
      expect(errors).toEqual(row.spacesForbidden && blank.trim() !== blank ? ['spaces_around'] : [])
    }
  })
})

describe('the flow button text', () => {
  const path = ['action', 'parameters', 'flow_cta']
  const cta = (value: string) => validateInteractive(withValue(BASE.flow, path, value))

  it('warns from 21 to 30 characters (clients cut at 20) and refuses any emoji, ZWJ or keycap', () => {
    expect(warningsAt(cta('a'.repeat(20)), path)).toEqual([])
    for (const n of [21, 30]) {
      expect(warningsAt(cta('a'.repeat(n)), path)).toEqual([
        expect.objectContaining({ code: 'not_recommended', reason: 'flow_cta_long', limit: 20, actual: n }),
      ])
    }
    for (const emoji of ['Book 📅', 'Go 👩‍💻', 'Go 1\ufe0f\u20e3', 'Go ❤\ufe0f']) {
      expect(errorsAt(cta(emoji), path)).toEqual([expect.objectContaining({ reason: 'no_emoji', rule: 'whatsapp' })])
    }
    for (const text of ['Go ©', 'Go ™', 'Go ❤', 'Café']) expect(errorsAt(cta(text), path)).toEqual([])
  })
})

/** A list of `n` items made by `make`. */
const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i))

/** One counted list: where its count is reported, and how to build a message with `n` items. */
interface CountRow {
  name: string
  limit: { min: number; max: number; kind: Limit['kind'] }
  path: IssuePath
  make: (n: number) => unknown
  options?: SchemaOptions
  /** Where too few is reported, when not at `path` (a total's minimum is each section's). */
  underPath?: IssuePath
  /** The sentence past the maximum, and below the minimum (for `n`). */
  over: (n: number) => string
  /** Another count passed with it at `path` (11 list sections hold at least 11 rows). */
  alsoOver?: (n: number) => string
  under: (n: number) => string
}

const rows = (counts: number[]) => ({
  ...BASE.list,
  action: {
    button: 'Open',
    sections: counts.map((count, s) => ({
      title: `S${s}`,
      rows: many(count, (r) => ({ id: `s${s}r${r}`, title: `Row ${r}` })),
    })),
  },
})
const items = (counts: number[]) => ({
  ...BASE.product_list,
  action: {
    catalog_id: 'cat',
    sections: counts.map((count, s) => ({
      title: `S${s}`,
      product_items: many(count, (p) => ({ product_retailer_id: `s${s}p${p}` })),
    })),
  },
})
const replyCards = (perCard: number) => ({
  ...BASE.carousel_reply,
  action: {
    cards: many(2, (c) => mediaCard(c, { buttons: many(perCard, (b) => quick(`c${c}b${b}`, `B${b}`)) })),
  },
})
const plural = (n: number, noun: string) => (n === 0 ? `no ${noun}s` : n === 1 ? `1 ${noun}` : `${n} ${noun}s`)

const COUNTS: CountRow[] = [
  {
    name: 'reply buttons',
    limit: LIMITS.button.count,
    path: ['action', 'buttons'],
    make: (n) => ({ ...BASE.button, action: { buttons: many(n, (i) => reply(`b${i}`, `B${i}`)) } }),
    over: (n) => `The message has ${n} buttons; WhatsApp allows at most 3`,
    under: (n) => `The message has ${plural(n, 'button')}; WhatsApp needs at least 1`,
  },
  {
    name: 'list sections',
    limit: LIMITS.list.sections,
    path: ['action', 'sections'],
    make: (n) => rows(many(n, () => 1)),
    over: (n) => `The list has ${n} sections; WhatsApp allows at most 10`,
    // Every section needs a row: 11 sections are 11 rows, past the total too.
    alsoOver: (n) => `The list has ${n} rows; WhatsApp allows at most 10`,
    under: (n) => `The list has ${plural(n, 'section')}; WhatsApp needs at least 1`,
  },
  {
    name: 'list rows across sections',
    limit: LIMITS.list.rowsTotal,
    path: ['action', 'sections'],
    // No rows at all is one empty section.
    make: (n) => rows(n === 0 ? [0] : [Math.ceil(n / 2), Math.floor(n / 2)].filter((count) => count > 0)),
    underPath: ['action', 'sections', 0, 'rows'],
    over: (n) => `The list has ${n} rows; WhatsApp allows at most 10`,
    under: () => 'Section 1 has no rows; WhatsApp needs at least 1',
  },
  {
    name: 'product list sections',
    limit: LIMITS.productList.sections,
    path: ['action', 'sections'],
    make: (n) => items(many(n, () => 1)),
    over: (n) => `The product list has ${n} sections; WhatsApp allows at most 10`,
    under: (n) => `The product list has ${plural(n, 'section')}; WhatsApp needs at least 1`,
  },
  {
    name: 'products across sections',
    limit: LIMITS.productList.itemsTotal,
    path: ['action', 'sections'],
    make: (n) => items(n === 0 ? [0] : [Math.ceil(n / 2), Math.floor(n / 2)].filter((count) => count > 0)),
    underPath: ['action', 'sections', 0, 'product_items'],
    over: (n) => `The product list has ${n} products; WhatsApp allows at most 30`,
    under: () => 'Section 1 has no products; WhatsApp needs at least 1',
  },
  {
    name: 'carousel cards',
    limit: LIMITS.carousel.cards,
    path: ['action', 'cards'],
    make: (n) => ({ ...BASE.carousel_product, action: { cards: many(n, productCard) } }),
    over: (n) => `The carousel has ${n} cards; WhatsApp allows at most 10`,
    under: (n) => `The carousel has ${plural(n, 'card')}; WhatsApp needs at least 2`,
  },
  {
    name: 'quick replies on a card',
    limit: LIMITS.carousel.quickReplies,
    path: ['action', 'cards', 0, 'action', 'buttons'],
    make: replyCards,
    over: (n) =>
      `Card 1 has ${n} quick-reply buttons; WhatsApp documents no maximum, but Meta's example has 2 and common libraries allow 2 or 3`,
    under: (n) => `Card 1 has ${plural(n, 'quick-reply button')}; WhatsApp needs at least 1`,
  },
  {
    name: 'quick replies on a card, a warning past 3',
    limit: { ...LIMITS.carousel.quickReplies, max: 3 },
    path: ['action', 'cards', 0, 'action', 'buttons'],
    make: replyCards,
    options: { carouselQuickReplyMax: 3 },
    over: (n) =>
      `Card 1 has ${n} quick-reply buttons; WhatsApp documents no maximum, but Meta's example has 2 and common libraries allow 2 or 3`,
    under: (n) => `Card 1 has ${plural(n, 'quick-reply button')}; WhatsApp needs at least 1`,
  },
]

describe.each(COUNTS.map((row) => [row.name, row] as const))('count of %s', (_, row) => {
  const { min, max } = row.limit
  const validate = (n: number) => validateInteractive(row.make(n), row.options)

  it('takes min, min+1, max−1 and max', () => {
    for (const n of [min, min + 1, max - 1, max]) {
      const result = validate(n)
      expect(result.ok ? [] : result.issues, `${n}`).toEqual([])
    }
  })

  it('refuses max+1 at the list, naming whose rule (past a guard, only a warning)', () => {
    const result = validate(max + 1)
    const guard = row.limit.kind === 'guard'
    const over = guard
      ? warningsAt(result, row.path).filter((issue) => issue.code === 'unusually_many')
      : errorsAt(result, row.path).filter((issue) => issue.code === 'too_many')
    if (guard) expect(result.ok ? [] : result.issues).toEqual([])
    expect(over[0]).toEqual(
      expect.objectContaining({ limit: max, actual: max + 1, rule: row.limit.kind, reason: 'count' }),
    )
    expect(over.map((issue) => issue.message)).toEqual(
      row.alsoOver === undefined ? [row.over(max + 1)] : [row.over(max + 1), row.alsoOver(max + 1)],
    )
  })

  it('refuses min−1 (and none) at the list, as WhatsApp’s rule', () => {
    for (const n of new Set([min - 1, 0])) {
      const result = validate(n)
      const under = errorsAt(result, row.underPath ?? row.path).filter((issue) => issue.code === 'too_few')
      expect(under, `${n}`).toEqual([expect.objectContaining({ limit: min, actual: n, rule: 'whatsapp' })])
      expect(under[0]?.message).toBe(row.under(n))
    }
  })
})

describe('every section needs a row or a product, and a title beside another section', () => {
  it('refuses an empty section at its rows, whichever section it is', () => {
    const empty = validateInteractive(rows([1, 0]))
    expect(errorsAt(empty, ['action', 'sections', 1, 'rows'])).toEqual([
      expect.objectContaining({
        code: 'too_few',
        limit: 1,
        actual: 0,
        message: 'Section 2 has no rows; WhatsApp needs at least 1',
      }),
    ])
    const noProducts = validateInteractive(items([0, 1]))
    expect(errorsAt(noProducts, ['action', 'sections', 0, 'product_items'])).toEqual([
      expect.objectContaining({ code: 'too_few', message: 'Section 1 has no products; WhatsApp needs at least 1' }),
    ])
  })

  it('needs every section title with two sections, none with one', () => {
    for (const [base, make] of [
      ['list', rows],
      ['product_list', items],
    ] as const) {
      const two = make([1, 1]) as { action: { sections: Record<string, unknown>[] } }
      delete two.action.sections[1]?.title
      expect(errorsAt(validateInteractive(two), ['action', 'sections', 1, 'title']), base).toEqual([
        expect.objectContaining({ code: 'required', reason: 'section_title_required', rule: 'whatsapp' }),
      ])
      const one = make([1]) as { action: { sections: Record<string, unknown>[] } }
      delete one.action.sections[0]?.title
      expect(validateInteractive(one).ok, base).toBe(true)
    }
  })
})

/** One uniqueness rule: two values at `first` and `second`, the repeat reported at `second`. */
interface UniqueRow {
  name: string
  base: Base
  first: IssuePath
  second: IssuePath
  /** An error (WhatsApp's or this kit's) or a warning (a product listed twice). */
  rule: 'whatsapp' | 'kit' | 'warning'
  message: string
}

const UNIQUE: UniqueRow[] = [
  {
    name: 'reply button ids',
    base: 'button',
    first: ['action', 'buttons', 0, 'reply', 'id'],
    second: ['action', 'buttons', 1, 'reply', 'id'],
    rule: 'whatsapp',
    message: 'Button 2 ID "same" is the same as button 1\'s; WhatsApp needs unique IDs',
  },
  {
    name: 'reply button titles',
    base: 'button',
    first: ['action', 'buttons', 0, 'reply', 'title'],
    second: ['action', 'buttons', 1, 'reply', 'title'],
    rule: 'whatsapp',
    message: 'Button 2 title "same" is the same as button 1\'s; WhatsApp needs unique titles',
  },
  {
    name: 'row ids across sections',
    base: 'list',
    first: ['action', 'sections', 0, 'rows', 1, 'id'],
    second: ['action', 'sections', 1, 'rows', 0, 'id'],
    rule: 'kit',
    message:
      'Section 2 row 1 ID "same" is the same as section 1 row 2\'s; the customer\'s reply will not tell them apart',
  },
  {
    name: 'quick-reply ids across cards',
    base: 'carousel_reply',
    first: ['action', 'cards', 0, 'action', 'buttons', 1, 'quick_reply', 'id'],
    second: ['action', 'cards', 1, 'action', 'buttons', 0, 'quick_reply', 'id'],
    rule: 'kit',
    message:
      'Card 2 button 1 ID "same" is the same as card 1 button 2\'s; the customer\'s reply will not tell them apart',
  },
  {
    name: 'products across sections',
    base: 'product_list',
    first: ['action', 'sections', 0, 'product_items', 0, 'product_retailer_id'],
    second: ['action', 'sections', 1, 'product_items', 0, 'product_retailer_id'],
    rule: 'warning',
    message: 'Section 2 product 1 is the same product ("same") as section 1 product 1; it will be listed twice',
  },
  {
    name: 'products across cards',
    base: 'carousel_product',
    first: ['action', 'cards', 0, 'action', 'product_retailer_id'],
    second: ['action', 'cards', 1, 'action', 'product_retailer_id'],
    rule: 'warning',
    message: 'Card 2 is the same product ("same") as card 1; it will be listed twice',
  },
]

describe.each(UNIQUE.map((row) => [row.name, row] as const))('unique %s', (_, row) => {
  const twice = (a: string, b: string) =>
    validateInteractive(withValue(withValue(BASE[row.base], row.first, a), row.second, b))

  it('reports a repeat once, at the repeat, naming the first', () => {
    const result = twice('same', 'same')
    const found = row.rule === 'warning' ? warningsAt(result, row.second) : errorsAt(result, row.second)
    expect(found).toEqual([
      expect.objectContaining({ code: 'duplicate', ...(row.rule === 'warning' ? {} : { rule: row.rule }) }),
    ])
    expect(found[0]?.message).toBe(row.message)
    expect(result.ok).toBe(row.rule === 'warning')
    expect(errorsAt(result, row.first)).toEqual([])
  })

  it('compares code points exactly: case, a combining mark or a trailing ZWJ makes another value', () => {
    for (const [a, b] of [
      ['same', 'Same'],
      ['café', 'cafe\u0301'],
      ['👩', '👩\u200d'],
    ]) {
      const result = twice(a as string, b as string)
      expect(errorsAt(result, row.second).filter((i) => i.code === 'duplicate')).toEqual([])
      // Only an accent typed apart looks the same (NFC, UAX #15): a warning, never for a product;
      // a reply-button title in other capital letters, which the customer reads, is warned of too.
      const alike =
        a === 'café' && row.rule !== 'warning'
          ? [expect.objectContaining({ reason: 'looks_alike' })]
          : a === 'same' && row.name === 'reply button titles'
            ? [expect.objectContaining({ reason: 'differs_in_case' })]
            : []
      expect(warningsAt(result, row.second).filter((i) => i.code === 'duplicate')).toEqual(alike)
    }
  })
})

describe('carousel cards', () => {
  const cards = (list: unknown[]) => ({ ...BASE.carousel_product, action: { cards: list } })
  const index = (i: number, value: unknown) => ({ ...productCard(i), card_index: value })

  it('take card_index 0–9, unique, whole: -1, 10, 1.5 and a repeat are WhatsApp’s errors at the index', () => {
    expect(validateInteractive(cards([index(0, 9), index(1, 0)])).ok).toBe(true)
    for (const [value, code] of [
      [-1, 'too_small'],
      [10, 'too_big'],
      [1.5, 'invalid_type'],
      ['1', 'invalid_type'],
      [0, 'duplicate'],
    ] as const) {
      const result = validateInteractive(cards([index(0, 0), index(1, value)]))
      expect(errorsAt(result, ['action', 'cards', 1, 'card_index']), String(value)).toEqual([
        expect.objectContaining({ code, rule: 'whatsapp' }),
      ])
    }
  })

  it('need the same kind and number of buttons on every card, reported at the card that differs', () => {
    const two = mediaCard(1, { buttons: [quick('c', 'A'), quick('d', 'B')] })
    const one = mediaCard(1, { buttons: [quick('c', 'A')] })
    const base = BASE.carousel_reply.action.cards[0]
    for (const [other, message] of [
      [one, 'Card 2 has 1 quick-reply button but card 1 has 2 quick-reply buttons'],
      [mediaCard(1, urlAction), 'Card 2 has a URL button but card 1 has 2 quick-reply buttons'],
      [productCard(1), 'Card 2 is a product card but card 1 has 2 quick-reply buttons'],
    ] as const) {
      const result = validateInteractive({ ...BASE.carousel_reply, action: { cards: [base, other] } })
      const found = errorsAt(result, ['action', 'cards', 1, 'action']).filter((i) => i.reason === 'card_kind_mismatch')
      expect(found).toEqual([expect.objectContaining({ code: 'invalid_value', rule: 'whatsapp' })])
      expect(found[0]?.message).toBe(`${message}; WhatsApp needs the same kind and number of buttons on every card`)
    }
    expect(validateInteractive({ ...BASE.carousel_reply, action: { cards: [base, two] } }).ok).toBe(true)
    const productFirst = validateInteractive({ ...BASE.carousel_reply, action: { cards: [productCard(0), two] } })
    expect(errorsAt(productFirst, ['action', 'cards', 1, 'action'])[0]?.message).toBe(
      'Card 2 has 2 quick-reply buttons but card 1 is a product card; WhatsApp needs the same kind and number of buttons on every card',
    )
  })

  it('take a card body of up to 2 line breaks, whatever their kind (LF, CRLF, CR, U+2028)', () => {
    const path = ['action', 'cards', 0, 'body', 'text']
    for (const br of ['\n', '\r\n', '\r', '\u2028']) {
      expect(errorsAt(validateInteractive(withValue(BASE.carousel_url, path, `a${br}b${br}c`)), path)).toEqual([])
      expect(errorsAt(validateInteractive(withValue(BASE.carousel_url, path, `a${br}b${br}c${br}d`)), path)).toEqual([
        expect.objectContaining({ code: 'too_many', reason: 'card_line_breaks', limit: 2, actual: 3 }),
      ])
    }
  })

  it('take only image or video headers, required, on media cards; none on the message', () => {
    const header = ['action', 'cards', 0, 'header']
    for (const kind of ['text', 'document']) {
      const result = validateInteractive(withValue(BASE.carousel_url, [...header, 'type'], kind))
      expect(errorsAt(result, [...header, 'type'])).toEqual([
        expect.objectContaining({ code: 'not_allowed', reason: 'header_kind' }),
      ])
    }
    const video = validateInteractive(
      withValue(BASE.carousel_url, header, { type: 'video', video: { link: `${https}v.mp4` } }),
    )
    expect(video.ok).toBe(true)
    expect(errorsAt(validateInteractive(withValue(BASE.carousel_url, header, undefined)), header)).toEqual([
      expect.objectContaining({ code: 'required' }),
    ])
  })
})

describe('product carousel catalogs', () => {
  const catalogs = (...ids: (string | undefined)[]) => ({
    ...BASE.carousel_product,
    action: {
      cards: ids.map((id, i) => ({ ...productCard(i), action: { catalog_id: id, product_retailer_id: `sku-${i}` } })),
    },
  })
  const catalogIssues = (result: ValidationResult) =>
    (result.ok ? [] : result.issues)
      .filter((issue) => issue.path.at(-1) === 'catalog_id')
      .map((issue) => [issue.path[2], issue.reason ?? issue.code])

  it('report each card once: empty as empty, missing as required, another catalog as a mismatch', () => {
    expect(catalogIssues(validateInteractive(catalogs('cat', 'cat', 'cat')))).toEqual([])
    expect(catalogIssues(validateInteractive(catalogs('cat', '', 'other')))).toEqual([
      [1, 'too_short'],
      [2, 'catalog_mismatch'],
    ])
    expect(catalogIssues(validateInteractive(catalogs('', 'cat', '')))).toEqual([
      [0, 'too_short'],
      [2, 'too_short'],
    ])
    expect(catalogIssues(validateInteractive(catalogs(undefined, 'cat')))).toEqual([[0, 'required']])
    expect(catalogIssues(validateInteractive(catalogs('cat', 'Cat')))).toEqual([[1, 'catalog_mismatch']])
  })
})

describe('enumerated values', () => {
  /** A field that takes only some values: one it takes, and what a near miss gets. */
  const ENUMS: { base: Base; path: IssuePath; good: unknown[]; bad: unknown[]; allowed: string[] }[] = [
    {
      base: 'button',
      path: ['action', 'buttons', 0, 'type'],
      good: ['reply'],
      bad: ['Reply', 'quick_reply'],
      allowed: ['reply'],
    },
    {
      base: 'carousel_reply',
      path: ['action', 'cards', 0, 'action', 'buttons', 0, 'type'],
      good: ['quick_reply'],
      bad: ['reply'],
      allowed: ['quick_reply'],
    },
    { base: 'cta_url', path: ['action', 'name'], good: ['cta_url'], bad: ['url', 'CTA_URL'], allowed: ['cta_url'] },
    {
      base: 'location_request_message',
      path: ['action', 'name'],
      good: ['send_location'],
      bad: ['location'],
      allowed: ['send_location'],
    },
    { base: 'flow', path: ['action', 'name'], good: ['flow'], bad: ['Flow'], allowed: ['flow'] },
    {
      base: 'catalog_message',
      path: ['action', 'name'],
      good: ['catalog_message'],
      bad: ['catalog'],
      allowed: ['catalog_message'],
    },
    { base: 'voice_call', path: ['action', 'name'], good: ['voice_call'], bad: ['call'], allowed: ['voice_call'] },
    {
      base: 'call_permission_request',
      path: ['action', 'name'],
      good: ['call_permission_request'],
      bad: ['call_permission'],
      allowed: ['call_permission_request'],
    },
    {
      base: 'address_message',
      path: ['action', 'name'],
      good: ['address_message'],
      bad: ['address'],
      allowed: ['address_message'],
    },
    {
      base: 'flow',
      path: ['action', 'parameters', 'flow_message_version'],
      good: ['3'],
      bad: ['2', '4', 3, '3.0', ' 3'],
      allowed: ['3'],
    },
    {
      base: 'flow',
      path: ['action', 'parameters', 'mode'],
      good: ['draft', 'published'],
      bad: ['DRAFT', 'live'],
      allowed: ['draft', 'published'],
    },
    {
      base: 'flow',
      path: ['action', 'parameters', 'flow_action'],
      good: ['navigate'],
      bad: ['open', 'Navigate'],
      allowed: ['navigate', 'data_exchange'],
    },
  ]

  it.each(ENUMS.map((row) => [`${row.base} ${row.path.join('.')}`, row] as const))('%s', (_, row) => {
    for (const good of row.good)
      expect(validateInteractive(withValue(BASE[row.base], row.path, good)).ok, String(good)).toBe(true)
    for (const bad of row.bad) {
      const found = errorsAt(validateInteractive(withValue(BASE[row.base], row.path, bad)), row.path)
      const expected =
        typeof bad === 'string'
          ? { code: 'invalid_value', reason: 'one_of', params: { allowed: row.allowed }, rule: 'whatsapp' }
          : { code: 'invalid_value', rule: 'whatsapp' }
      expect(found, String(bad)).toEqual([expect.objectContaining(expected)])
    }
  })
})

describe('headers by message type', () => {
  const KINDS = {
    text: { type: 'text', text: 'Header' },
    image: { type: 'image', image: { link: `${https}a.jpg` } },
    video: { type: 'video', video: { id: '1234567890' } },
    document: { type: 'document', document: { link: `${https}a.pdf`, filename: 'a.pdf' } },
  }
  // Meta's type matrix: which header kinds each type takes; "none" where a header is refused.
  const MATRIX: [Base, (keyof typeof KINDS)[] | 'none', 'optional' | 'required'][] = [
    ['button', ['text', 'image', 'video', 'document'], 'optional'],
    ['cta_url', ['text', 'image', 'video', 'document'], 'optional'],
    ['list', ['text'], 'optional'],
    ['flow', ['text'], 'optional'],
    ['product_list', ['text'], 'required'],
    ['product', 'none', 'optional'],
    ['location_request_message', 'none', 'optional'],
    ['catalog_message', 'none', 'optional'],
    ['carousel_url', 'none', 'optional'],
    ['voice_call', 'none', 'optional'],
    ['call_permission_request', 'none', 'optional'],
    // Address messages guide: "the 4 main parts: header, body, footer, and action".
    ['address_message', ['text', 'image', 'video', 'document'], 'optional'],
  ]

  it.each(MATRIX)('%s takes %j headers (%s)', (base, allowed, presence) => {
    for (const [kind, header] of Object.entries(KINDS)) {
      const result = validateInteractive(withValue(BASE[base], ['header'], header))
      if (allowed !== 'none' && allowed.includes(kind as keyof typeof KINDS)) {
        expect(result.ok ? [] : result.issues, kind).toEqual([])
      } else if (allowed === 'none') {
        expect(errorsAt(result, ['header']), kind).toEqual([
          expect.objectContaining({ code: 'not_allowed', reason: 'not_in_type' }),
        ])
      } else {
        const reason = base === 'flow' ? 'flow_media_header' : 'header_kind'
        expect(errorsAt(result, ['header', 'type']), kind).toEqual([
          expect.objectContaining({ code: 'not_allowed', reason }),
        ])
      }
    }
    const without = { ...BASE[base] } as Record<string, unknown>
    delete without.header
    expect(errorsAt(validateInteractive(without), ['header'])).toEqual(
      presence === 'required' ? [expect.objectContaining({ code: 'required' })] : [],
    )
  })

  it('takes flow media headers only with allowFlowMediaHeader', () => {
    for (const header of [KINDS.image, KINDS.video, KINDS.document]) {
      expect(validateInteractive(withValue(BASE.flow, ['header'], header), { allowFlowMediaHeader: true }).ok).toBe(
        true,
      )
    }
  })

  it('needs exactly one media source, an http(s) link, and a filename only on documents', () => {
    const media = ['header', 'image']
    const both = validateInteractive(
      withValue(BASE.button, ['header'], { type: 'image', image: { id: '1', link: `${https}a.jpg` } }),
    )
    expect(both.ok).toBe(false)
    expect(errorsAt(both, [...media, 'link'])).toEqual([
      expect.objectContaining({ code: 'conflict', reason: 'media_source_conflict' }),
    ])
    const none = validateInteractive(withValue(BASE.button, ['header'], { type: 'image', image: {} }))
    expect(errorsAt(none, media)).toEqual([
      expect.objectContaining({ code: 'required', reason: 'media_source_required' }),
    ])
    for (const link of [
      'ftp://example.com/a.jpg',
      'example.com/a.jpg',
      '//example.com/a.jpg',
      'https:///a.jpg',
      'javascript:alert(1)',
    ]) {
      const result = validateInteractive(withValue(BASE.button, ['header'], { type: 'image', image: { link } }))
      expect(errorsAt(result, [...media, 'link']), link).toEqual([expect.objectContaining({ code: 'invalid_url' })])
    }
    const filename = validateInteractive(
      withValue(BASE.button, ['header'], { type: 'image', image: { link: `${https}a`, filename: 'a' } }),
    )
    expect(errorsAt(filename, [...media, 'filename'])).toEqual([expect.objectContaining({ code: 'unknown_key' })])
    const text = validateInteractive(withValue(BASE.button, ['header'], { type: 'text' }))
    expect(errorsAt(text, ['header', 'text'])).toEqual([
      expect.objectContaining({ code: 'required', message: 'Header text is required by WhatsApp' }),
    ])
  })
})

describe('links', () => {
  const path = ['action', 'parameters', 'url']
  const url = (value: string) => validateInteractive(withValue(BASE.cta_url, path, value))

  it('refuse spaces and control characters (with the reason), warn of http and local hosts', () => {
    expect(errorsAt(url('https://example.com/a b'), path)).toEqual([expect.objectContaining({ reason: 'url_spaces' })])
    expect(errorsAt(url('https://example.com/a\tb'), path)).toEqual([expect.objectContaining({ reason: 'url_spaces' })])
    expect(errorsAt(url(' https://example.com/'), path)).toEqual([expect.objectContaining({ reason: 'spaces_around' })])
    // DEL (U+007F) is a control character as much as a tab is.
    expect(errorsAt(url('https://example.com/a\u007fb'), path)).toEqual([
      expect.objectContaining({ reason: 'url_spaces' }),
    ])
    for (const link of ['http://example.com/', 'HTTP://example.com/']) {
      expect(warningsAt(url(link), path), link).toEqual([expect.objectContaining({ reason: 'url_http' })])
    }
    for (const host of ['localhost', '127.0.0.1', 'intranet', '[::1]', '[::]']) {
      expect(warningsAt(url(`https://${host}/`), path), host).toEqual([
        expect.objectContaining({ reason: 'url_local_host', params: { host } }),
      ])
    }
    expect(url('https://bücher.example/straße?q=✓#Ω').ok).toBe(true)
  })
})

describe('flow parameters', () => {
  const parameters = ['action', 'parameters']
  const flow = (changes: Record<string, unknown>) =>
    validateInteractive({ ...BASE.flow, action: { name: 'flow', parameters: { ...flowParameters, ...changes } } })

  it('need exactly one of flow_id and flow_name', () => {
    expect(flow({ flow_id: undefined, flow_name: 'booking' }).ok).toBe(true)
    expect(errorsAt(flow({ flow_name: 'booking' }), [...parameters, 'flow_name'])).toEqual([
      expect.objectContaining({ code: 'conflict', reason: 'flow_id_and_name' }),
    ])
    expect(errorsAt(flow({ flow_id: undefined }), [...parameters, 'flow_id'])).toEqual([
      expect.objectContaining({ code: 'required', reason: 'flow_id_or_name' }),
    ])
  })

  it('take a payload only with navigate, and its data only when it holds something', () => {
    const payload = [...parameters, 'flow_action_payload']
    expect(errorsAt(flow({ flow_action: 'data_exchange' }), payload)).toEqual([
      expect.objectContaining({ code: 'not_allowed', reason: 'flow_payload_navigate_only' }),
    ])
    expect(flow({ flow_action: 'data_exchange', flow_action_payload: undefined }).ok).toBe(true)
    expect(flow({ flow_action: undefined }).ok).toBe(true)
    expect(flow({ flow_action_payload: {} }).ok).toBe(true)
    for (const data of [{}, { only: undefined }]) {
      expect(errorsAt(flow({ flow_action_payload: { screen: 'A', data } }), [...payload, 'data'])).toEqual([
        expect.objectContaining({ code: 'too_few', reason: 'flow_data_empty' }),
      ])
    }
    for (const data of ['{"a":1}', [1], null]) {
      expect(errorsAt(flow({ flow_action_payload: { screen: 'A', data } }), [...payload, 'data'])).toEqual([
        expect.objectContaining({ code: 'invalid_type' }),
      ])
    }
  })
})

describe('call button and call permission', () => {
  const ttl = ['action', 'parameters', 'ttl_minutes']
  const minutes = (value: unknown) => validateInteractive(withValue(BASE.voice_call, ttl, value))

  it('take ttl_minutes 1–43200 as a whole number', () => {
    for (const value of [1, 2, 10080, 43199, 43200]) expect(minutes(value).ok, String(value)).toBe(true)
    for (const [value, code] of [
      [0, 'too_small'],
      [-1, 'too_small'],
      [43201, 'too_big'],
      [1.5, 'invalid_type'],
      ['60', 'invalid_type'],
      [Number.NaN, 'invalid_type'],
      // 1e400 in JSON reads as Infinity: too big to read, not a fraction.
      [Number.POSITIVE_INFINITY, 'too_big'],
      [Number.NEGATIVE_INFINITY, 'too_small'],
    ] as const) {
      expect(errorsAt(minutes(value), ttl), String(value)).toEqual([
        expect.objectContaining({ code, rule: 'whatsapp' }),
      ])
    }
    expect(errorsAt(minutes(43201), ttl)[0]?.message).toBe(
      'Button validity (minutes) is 43201; WhatsApp allows 1–43200 minutes (default 10080, 7 days)',
    )
  })

  it('call parameters are optional, permission requests take only a body', () => {
    expect(validateInteractive({ ...BASE.voice_call, action: { name: 'voice_call' } }).ok).toBe(true)
    expect(validateInteractive({ ...BASE.voice_call, action: { name: 'voice_call', parameters: {} } }).ok).toBe(true)
    const permission = { type: 'call_permission_request', action: { name: 'call_permission_request' } }
    expect(validateInteractive(permission).ok).toBe(true)
    for (const part of ['header', 'footer']) {
      const value = part === 'header' ? { type: 'text', text: 'h' } : { text: 'f' }
      expect(errorsAt(validateInteractive({ ...permission, [part]: value }), [part])).toEqual([
        expect.objectContaining({ code: 'not_allowed', reason: 'not_in_type' }),
      ])
    }
    expect(
      errorsAt(validateInteractive({ ...permission, action: { ...permission.action, parameters: {} } }), [
        'action',
        'parameters',
      ]),
    ).toEqual([expect.objectContaining({ code: 'unknown_key' })])
  })
})

describe('address messages', () => {
  const parameters = ['action', 'parameters']
  const address = (changes: Record<string, unknown>) =>
    validateInteractive({
      ...BASE.address_message,
      action: { name: 'address_message', parameters: { ...BASE.address_message.action.parameters, ...changes } },
    })

  it('need a two-letter country, warning outside India', () => {
    expect(errorsAt(address({ country: undefined }), [...parameters, 'country'])).toEqual([
      expect.objectContaining({ code: 'required' }),
    ])
    for (const country of ['', 'in', 'IND', 'I']) {
      expect(errorsAt(address({ country }), [...parameters, 'country']), country).toEqual([
        expect.objectContaining({ reason: 'country_code' }),
      ])
    }
    expect(warningsAt(address({ country: 'TZ' }), [...parameters, 'country'])).toEqual([
      expect.objectContaining({ reason: 'country_india_only' }),
    ])
  })

  it('take only the documented value fields, unique saved address ids, and text validation errors', () => {
    expect(errorsAt(address({ values: { zip: '1' } }), [...parameters, 'values', 'zip'])).toEqual([
      expect.objectContaining({ code: 'unknown_key' }),
    ])
    const saved = [
      { id: 'home', value: { city: 'Mumbai' } },
      { id: 'home', value: { city: 'Pune' } },
    ]
    expect(errorsAt(address({ saved_addresses: saved }), [...parameters, 'saved_addresses', 1, 'id'])).toEqual([
      expect.objectContaining({ code: 'duplicate', rule: 'kit' }),
    ])
    expect(errorsAt(address({ validation_errors: { city: 1 } }), [...parameters, 'validation_errors', 'city'])).toEqual(
      [expect.objectContaining({ code: 'invalid_type' })],
    )
  })
})

describe('the send target (Briq)', () => {
  const interactive = BASE.button
  const send = (target: Record<string, unknown>) => validateSendRequest({ ...target, interactive })
  const CONVERSATION = '3f2b8c1e-9a4d-4e2f-8b1a-2c3d4e5f6a7b'
  const digits = (n: number) => `2${'5'.repeat(n - 1)}`

  it('takes 7 to 18 digits, the first not 0, with an optional +', () => {
    for (const n of [LIMITS.send.to.min, LIMITS.send.to.min + 1, LIMITS.send.to.max - 1, LIMITS.send.to.max]) {
      expect(send({ to: digits(n) }).ok, `${n}`).toBe(true)
      expect(send({ to: `+${digits(n)}` }).ok, `+${n}`).toBe(true)
    }
    for (const to of [
      digits(6),
      digits(19),
      `+${digits(6)}`,
      `+${digits(19)}`,
      '0712345678',
      '++255712345678',
      '255 712 345 678',
      '',
      ' ',
      '٢٥٥٧١٢٣٤٥٦٧٨',
      '255712345678\n',
    ]) {
      expect(errorsAt(send({ to }), ['to']), JSON.stringify(to)).toEqual([
        expect.objectContaining({ code: 'invalid_phone', rule: 'briq' }),
      ])
    }
  })

  it('takes a sender of 1–64 code points and a conversation_id UUID, one target only', () => {
    expect(send({ to: digits(12), sender: 'a'.repeat(64) }).ok).toBe(true)
    expect(errorsAt(send({ to: digits(12), sender: fill(65, ZWJ) }), ['sender'])).toEqual([
      expect.objectContaining({
        code: 'too_long',
        limit: 64,
        actual: 65,
        rule: 'briq',
        message: 'Sender is 65 characters; Briq allows 64',
      }),
    ])
    expect(errorsAt(send({ to: digits(12), sender: '' }), ['sender'])).toEqual([
      expect.objectContaining({ code: 'too_short' }),
    ])
    expect(send({ conversation_id: CONVERSATION.toUpperCase() }).ok).toBe(true)
    for (const id of [`{${CONVERSATION}}`, CONVERSATION.replaceAll('-', ''), `${CONVERSATION} `]) {
      expect(errorsAt(send({ conversation_id: id }), ['conversation_id']), id).toEqual([
        expect.objectContaining({ code: 'invalid_uuid', rule: 'briq' }),
      ])
    }
    // With a conversation, Briq's per-type send ignores to and sender (docs.briq.tz,
    // Karibu-WhatsApp/messages/send-interactive); only the unified send answers 422 for both.
    const both = send({ to: digits(12), sender: 'a', conversation_id: CONVERSATION })
    expect(both.ok).toBe(true)
    expect(both.warnings).toEqual([
      expect.objectContaining({ path: ['to'], code: 'not_recommended', reason: 'to_ignored' }),
      expect.objectContaining({ path: ['sender'], code: 'not_recommended', reason: 'sender_ignored' }),
    ])
    const unified = validateRequest(sendMessageRoute, {
      type: 'interactive',
      to: digits(12),
      conversation_id: CONVERSATION,
      interactive: BASE.button,
    })
    expect(errorsAt(unified, ['conversation_id'])).toEqual([
      expect.objectContaining({ code: 'conflict', reason: 'target_conflict', rule: 'briq' }),
    ])
    expect(errorsAt(send({}), ['to'])).toEqual([
      expect.objectContaining({ code: 'required', reason: 'target_required' }),
    ])
  })

  it('prefixes every issue of the interactive object with its path in the request', () => {
    const path = ['action', 'sections', 1, 'rows', 0, 'title']
    const result = validateSendRequest({ to: digits(12), interactive: withValue(BASE.list, path, 'a'.repeat(25)) })
    expect(errorsAt(result, ['interactive', ...path])).toEqual([
      expect.objectContaining({
        code: 'too_long',
        message: 'Section 2 row 1 title is 25 characters; WhatsApp allows 24',
      }),
    ])
  })
})
