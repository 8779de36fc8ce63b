import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Issue } from '../issue.ts'
import { LIMITS, type Limit } from '../limits.ts'
import {
  type CarouselOptions,
  INLINE_LIMITS,
  MESSAGE_ARBITRARIES,
  type MessageVariant,
  pathsMatching,
  type TextKind,
  textOfLength,
  withValue,
} from './arbitraries.ts'
import { validateInteractive } from './validate-interactive.ts'
import { validateSendRequest } from './validate-send-request.ts'

/** One limited text field: where it sits in which message variant, and its limit. */
interface TextField {
  variant: MessageVariant
  /** Path with `*` for "any index of this array". */
  pattern: (string | number)[]
  limit: Limit
  kind?: TextKind
  options?: CarouselOptions
  /** Other issues follow from the change (a product card's catalog_id then differs from the others'). */
  notAlone?: boolean
}

const WITH_HEADER: MessageVariant[] = ['button', 'list', 'cta_url', 'flow', 'product_list']
const WITH_BODY: MessageVariant[] = [
  'button',
  'list',
  'cta_url',
  'location_request_message',
  'flow',
  'product',
  'product_list',
  'catalog_message',
  'carousel_media',
  'carousel_product',
  'voice_call',
  'call_permission_request',
  'address_message',
]
const WITH_FOOTER: MessageVariant[] = [
  'button',
  'list',
  'cta_url',
  'flow',
  'product',
  'product_list',
  'catalog_message',
]
const ADDRESS_FIELDS = ['name', 'phone_number', 'house_number', 'floor_number', 'tower_number', 'building_name']
const rows = ['action', 'sections', '*', 'rows', '*']
const cards = ['action', 'cards', '*']
const flowParameters = ['action', 'parameters']

/** Every limited text field of every type. */
const FIELDS: TextField[] = [
  ...WITH_HEADER.flatMap((variant): TextField[] => [
    { variant, pattern: ['header', 'text'], limit: LIMITS.header.text },
    { variant, pattern: ['header', 'sub_text'], limit: LIMITS.header.subText },
  ]),
  ...WITH_BODY.map((variant): TextField => ({ variant, pattern: ['body', 'text'], limit: LIMITS.body.text })),
  ...WITH_FOOTER.map((variant): TextField => ({ variant, pattern: ['footer', 'text'], limit: LIMITS.footer.text })),
  ...(['image', 'video', 'document'] as const).flatMap((header): TextField[] => [
    { variant: 'button', options: { header }, pattern: ['header', header, 'id'], limit: INLINE_LIMITS.mediaId },
    {
      variant: 'cta_url',
      options: { header },
      pattern: ['header', header, 'link'],
      limit: LIMITS.ctaUrl.url,
      kind: 'url',
    },
  ]),
  {
    variant: 'button',
    options: { header: 'document' },
    pattern: ['header', 'document', 'filename'],
    limit: INLINE_LIMITS.filename,
  },
  { variant: 'button', pattern: ['action', 'buttons', '*', 'reply', 'id'], limit: LIMITS.button.id, kind: 'id' },
  { variant: 'button', pattern: ['action', 'buttons', '*', 'reply', 'title'], limit: LIMITS.button.title },
  { variant: 'list', pattern: ['action', 'button'], limit: LIMITS.list.button },
  { variant: 'list', pattern: ['action', 'sections', '*', 'title'], limit: LIMITS.list.sectionTitle },
  { variant: 'list', pattern: [...rows, 'id'], limit: LIMITS.list.rowId, kind: 'id' },
  { variant: 'list', pattern: [...rows, 'title'], limit: LIMITS.list.rowTitle },
  { variant: 'list', pattern: [...rows, 'description'], limit: LIMITS.list.rowDescription },
  { variant: 'cta_url', pattern: ['action', 'parameters', 'display_text'], limit: LIMITS.ctaUrl.displayText },
  { variant: 'cta_url', pattern: ['action', 'parameters', 'url'], limit: LIMITS.ctaUrl.url, kind: 'url' },
  { variant: 'flow', pattern: [...flowParameters, 'flow_id'], limit: LIMITS.flow.id },
  { variant: 'flow', pattern: [...flowParameters, 'flow_name'], limit: LIMITS.flow.name },
  { variant: 'flow', pattern: [...flowParameters, 'flow_cta'], limit: LIMITS.flow.cta, kind: 'cta' },
  { variant: 'flow', pattern: [...flowParameters, 'flow_token'], limit: LIMITS.flow.token },
  { variant: 'flow', pattern: [...flowParameters, 'flow_action_payload', 'screen'], limit: INLINE_LIMITS.flowScreen },
  { variant: 'product', pattern: ['action', 'catalog_id'], limit: LIMITS.product.catalogId, kind: 'id' },
  { variant: 'product', pattern: ['action', 'product_retailer_id'], limit: LIMITS.product.retailerId, kind: 'id' },
  { variant: 'product_list', pattern: ['action', 'catalog_id'], limit: LIMITS.product.catalogId, kind: 'id' },
  { variant: 'product_list', pattern: ['action', 'sections', '*', 'title'], limit: LIMITS.productList.sectionTitle },
  {
    variant: 'product_list',
    pattern: ['action', 'sections', '*', 'product_items', '*', 'product_retailer_id'],
    limit: LIMITS.product.retailerId,
    kind: 'id',
  },
  {
    variant: 'catalog_message',
    pattern: ['action', 'parameters', 'thumbnail_product_retailer_id'],
    limit: LIMITS.product.retailerId,
    kind: 'id',
  },
  {
    variant: 'carousel_media',
    pattern: [...cards, 'body', 'text'],
    limit: LIMITS.carousel.cardBody,
    kind: 'card_body',
  },
  ...(['image', 'video'] as const).map(
    (kind): TextField => ({
      variant: 'carousel_media',
      pattern: [...cards, 'header', kind, 'link'],
      limit: LIMITS.ctaUrl.url,
      kind: 'url',
    }),
  ),
  {
    variant: 'carousel_media',
    options: { cards: 'reply' },
    pattern: [...cards, 'action', 'buttons', '*', 'quick_reply', 'id'],
    limit: LIMITS.carousel.quickReplyId,
    kind: 'id',
  },
  {
    variant: 'carousel_media',
    options: { cards: 'reply' },
    pattern: [...cards, 'action', 'buttons', '*', 'quick_reply', 'title'],
    limit: LIMITS.carousel.quickReplyTitle,
  },
  {
    variant: 'carousel_media',
    options: { cards: 'url' },
    pattern: [...cards, 'action', 'parameters', 'display_text'],
    limit: LIMITS.carousel.displayText,
  },
  {
    variant: 'carousel_media',
    options: { cards: 'url' },
    pattern: [...cards, 'action', 'parameters', 'url'],
    limit: LIMITS.ctaUrl.url,
    kind: 'url',
  },
  {
    variant: 'carousel_product',
    pattern: [...cards, 'action', 'product_retailer_id'],
    limit: LIMITS.product.retailerId,
    kind: 'id',
  },
  {
    variant: 'carousel_product',
    pattern: [...cards, 'action', 'catalog_id'],
    limit: LIMITS.product.catalogId,
    kind: 'id',
    notAlone: true,
  },
  { variant: 'voice_call', pattern: ['action', 'parameters', 'display_text'], limit: LIMITS.voiceCall.displayText },
  { variant: 'voice_call', pattern: ['action', 'parameters', 'payload'], limit: LIMITS.voiceCall.payload },
  {
    variant: 'address_message',
    pattern: ['action', 'parameters', 'values', 'in_pin_code'],
    limit: LIMITS.address.inPinCode,
  },
  ...ADDRESS_FIELDS.map(
    (key): TextField => ({
      variant: 'address_message',
      pattern: ['action', 'parameters', 'values', key],
      limit: INLINE_LIMITS.addressField,
    }),
  ),
  {
    variant: 'address_message',
    pattern: ['action', 'parameters', 'saved_addresses', '*', 'id'],
    limit: LIMITS.address.savedAddressId,
    kind: 'id',
  },
]

const label = (field: TextField) =>
  `${field.variant}${field.options ? ` ${JSON.stringify(field.options)}` : ''} ${field.pattern.join('.')}`

/** Generates (message, one concrete path of the field, a replacement string of `length(limit)` code points). */
function overLimit(field: TextField, length: (max: number) => fc.Arbitrary<number>) {
  const messages = MESSAGE_ARBITRARIES[field.variant]({ complete: true, ...field.options })
  return fc
    .tuple(messages, fc.nat(), length(field.limit.max))
    .filter(([message]) => pathsMatching(message, field.pattern).length > 0)
    .chain(([message, pick, size]) => {
      const paths = pathsMatching(message, field.pattern)
      const path = paths[pick % paths.length] ?? []
      return textOfLength(size, field.kind).map((text) => ({ message, path, text, size }))
    })
}

const tooLong = (issues: Issue[]) => issues.filter((i) => i.code === 'too_long')
const unusual = (issues: Issue[]) => issues.filter((i) => i.code === 'unusually_long')
const documented = (field: TextField) => field.limit.kind !== 'guard'

/**
 * What one field past its limit must produce, by the limit's kind: an error naming WhatsApp or
 * Briq for a documented limit, only a warning in honest words for our own guard.
 */
function expectPastLimit(
  field: TextField,
  result: ReturnType<typeof validateInteractive>,
  path: Issue['path'],
  actual: number,
) {
  const issues = result.ok ? [] : result.issues
  if (documented(field)) {
    expect(result.ok).toBe(false)
    expect(tooLong(issues)).toEqual([
      expect.objectContaining({ path, code: 'too_long', limit: field.limit.max, actual, rule: field.limit.kind }),
    ])
    const owner = field.limit.kind === 'briq' ? 'Briq' : 'WhatsApp'
    expect(tooLong(issues)[0]?.message).toContain(`${owner} allows ${field.limit.max}`)
  } else {
    expect(tooLong(issues)).toEqual([])
    expect(unusual(result.warnings)).toEqual([
      expect.objectContaining({ path, code: 'unusually_long', limit: field.limit.max, actual, rule: 'guard' }),
    ])
    expect(unusual(result.warnings)[0]?.message).toMatch(
      new RegExp(`is unusually long: ${actual} characters; no documented limit$`),
    )
  }
}

describe('a text field one code point past its limit', () => {
  it('covers every limit in LIMITS that applies to text', () => {
    const used = new Set(FIELDS.map((f) => f.limit))
    const textLimits = [
      LIMITS.header.text,
      LIMITS.header.subText,
      LIMITS.body.text,
      LIMITS.footer.text,
      LIMITS.button.id,
      LIMITS.button.title,
      ...Object.values(LIMITS.ctaUrl),
      ...Object.values(LIMITS.flow),
      ...Object.values(LIMITS.product),
      LIMITS.productList.sectionTitle,
      LIMITS.voiceCall.displayText,
      LIMITS.voiceCall.payload,
      LIMITS.address.inPinCode,
      LIMITS.list.button,
      LIMITS.list.sectionTitle,
      LIMITS.list.rowId,
      LIMITS.list.rowTitle,
      LIMITS.list.rowDescription,
      LIMITS.carousel.cardBody,
      LIMITS.carousel.quickReplyId,
      LIMITS.carousel.quickReplyTitle,
      LIMITS.carousel.displayText,
    ]
    for (const limit of textLimits) expect(used, JSON.stringify(limit)).toContain(limit)
  })

  it.each(FIELDS.map((field) => [label(field), field] as const))('%s', (_, field) => {
    fc.assert(
      fc.property(
        overLimit(field, (max) => fc.constant(max + 1)),
        ({ message, path, text }) => {
          const result = validateInteractive(withValue(message, path, text))
          expectPastLimit(field, result, path, field.limit.max + 1)
          const issues = result.ok ? [] : result.issues
          if (!field.notAlone) expect(issues).toHaveLength(documented(field) ? 1 : 0)

          const request = validateSendRequest({ to: '255712345678', interactive: withValue(message, path, text) })
          const requestIssues = request.ok ? [] : request.issues
          const past = documented(field) ? tooLong(requestIssues) : unusual(request.warnings)
          expect(past).toEqual([
            expect.objectContaining({
              path: ['interactive', ...path],
              limit: field.limit.max,
              actual: field.limit.max + 1,
            }),
          ])
        },
      ),
      { numRuns: 12 },
    )
  })
})

const longest = (_field: TextField, max: number) => max * 5

describe('a text field any length past its limit', () => {
  it.each(FIELDS.map((field) => [label(field), field] as const))(
    '%s reports the limit and the exact length',
    (_, field) => {
      fc.assert(
        fc.property(
          overLimit(field, (max) => fc.integer({ min: max + 1, max: longest(field, max) })),
          ({ message, path, text, size }) => {
            expectPastLimit(field, validateInteractive(withValue(message, path, text)), path, size)
          },
        ),
        { numRuns: 4 },
      )
    },
  )
})

describe('a 1 MB string in every text field', () => {
  it('is reported as too long (or, past our own guard, unusually long) without throwing, in every field', () => {
    const megabyte = 'x'.repeat(1024 * 1024)
    for (const field of FIELDS) {
      const [sample] = fc.sample(
        overLimit(field, (max) => fc.constant(max + 1)),
        { numRuns: 1, seed: 42 },
      )
      if (!sample) throw new Error(`no sample for ${label(field)}`)
      const result = validateInteractive(withValue(sample.message, sample.path, megabyte))
      const issues = result.ok ? [] : result.issues
      const expected = expect.objectContaining({ path: sample.path, actual: megabyte.length, limit: field.limit.max })
      const past = documented(field) ? tooLong(issues) : unusual(result.warnings)
      expect(past, label(field)).toEqual([expected])
    }
  })
})

describe('a text field exactly at its limit', () => {
  const alone = FIELDS.filter((field) => !field.notAlone)
  it.each(alone.map((field) => [label(field), field] as const))(
    '%s is valid, and warned about only when longer in UTF-16',
    (_, field) => {
      fc.assert(
        fc.property(overLimit(field, fc.constant), ({ message, path, text }) => {
          const result = validateInteractive(withValue(message, path, text))
          expect(result.ok, JSON.stringify(result.ok ? [] : result.issues)).toBe(true)
          const here = JSON.stringify(path)
          const utf16 = result.warnings.filter((w) => w.code === 'too_long_utf16' && JSON.stringify(w.path) === here)
          // Our own guards are no rule: their UTF-16 length is nothing to warn about.
          const expected =
            documented(field) && text.length > field.limit.max ? [{ limit: field.limit.max, actual: text.length }] : []
          expect(utf16).toEqual(expected.map((e) => expect.objectContaining(e)))
        }),
        { numRuns: 6 },
      )
    },
  )
})
