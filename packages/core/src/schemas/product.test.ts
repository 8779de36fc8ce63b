import { describe, expect, it } from 'vitest'
import { chars, expectClean, expectIssue, expectWarning } from '../test-support/expect-issue.ts'
import { validateInteractive } from '../validation/validate-interactive.ts'

const items = (n: number, prefix = 'sku') =>
  Array.from({ length: n }, (_, i) => ({ product_retailer_id: `${prefix}-${i}` }))
const productList = (sections: unknown[], overrides: Record<string, unknown> = {}) => ({
  type: 'product_list',
  header: { type: 'text', text: 'Our kitenge' },
  body: { text: 'New this week' },
  action: { catalog_id: 'cat-1', sections },
  ...overrides,
})

describe('product', () => {
  const product = (overrides: Record<string, unknown> = {}) => ({
    type: 'product',
    action: { catalog_id: 'cat-1', product_retailer_id: 'sku-1' },
    ...overrides,
  })
  it('accepts a product with or without body and footer', () => {
    expectClean(validateInteractive(product()))
    expectClean(validateInteractive(product({ body: { text: 'Hi' }, footer: { text: 'Sale' } })))
  })
  it('forbids a header and requires both ids', () => {
    expectIssue(validateInteractive(product({ header: { type: 'text', text: 'x' } })), ['header'], 'not_allowed')
    expectIssue(
      validateInteractive(product({ action: { catalog_id: 'c' } })),
      ['action', 'product_retailer_id'],
      'required',
    )
  })
})

describe('product_list', () => {
  it('accepts 30 products over two titled sections and rejects 31', () => {
    expectClean(
      validateInteractive(
        productList([
          { title: 'A', product_items: items(15, 'a') },
          { title: 'B', product_items: items(15, 'b') },
        ]),
      ),
    )
    const over = productList([
      { title: 'A', product_items: items(16, 'a') },
      { title: 'B', product_items: items(15, 'b') },
    ])
    expectIssue(validateInteractive(over), ['action', 'sections'], 'too_many', { limit: 30, actual: 31 })
  })
  it('requires a text header', () => {
    expectIssue(
      validateInteractive(productList([{ product_items: items(1) }], { header: undefined })),
      ['header'],
      'required',
    )
    expectIssue(
      validateInteractive(
        productList([{ product_items: items(1) }], { header: { type: 'image', image: { id: '1' } } }),
      ),
      ['header', 'type'],
      'not_allowed',
    )
  })
  it('requires titles with several sections, non-empty sections, ≤10 sections, unique ids', () => {
    const result = validateInteractive(
      productList([{ product_items: items(1, 'a') }, { title: chars(25), product_items: [] }]),
    )
    expectIssue(result, ['action', 'sections', 0, 'title'], 'required')
    expectIssue(result, ['action', 'sections', 1, 'title'], 'too_long', { limit: 24 })
    expectIssue(result, ['action', 'sections', 1, 'product_items'], 'too_few')
    const eleven = Array.from({ length: 11 }, (_, i) => ({ title: `S${i}`, product_items: items(1, `s${i}`) }))
    expectIssue(validateInteractive(productList(eleven)), ['action', 'sections'], 'too_many', { limit: 10 })
    // Eleven sections of 3 products: the section count and the product total, both at the sections.
    const crowded = Array.from({ length: 11 }, (_, i) => ({ title: `S${i}`, product_items: items(3, `s${i}`) }))
    const both = validateInteractive(productList(crowded))
    expect((both.ok ? [] : both.issues).map((issue) => [issue.path.join('.'), issue.limit, issue.actual])).toEqual([
      ['action.sections', 10, 11],
      ['action.sections', 30, 33],
    ])
    const dup = productList([
      { title: 'A', product_items: items(1) },
      { title: 'B', product_items: items(1) },
    ])
    expectWarning(
      validateInteractive(dup),
      ['action', 'sections', 1, 'product_items', 0, 'product_retailer_id'],
      'duplicate',
    )
    // A retailer id names a catalogue item as written: one that only looks like another is no repeat.
    const alike = productList([
      { product_items: [{ product_retailer_id: 'SKU-1' }, { product_retailer_id: 'SKU-1 ' }] },
    ])
    expect(validateInteractive(alike).warnings.filter((warning) => warning.code === 'duplicate')).toEqual([])
  })
})

describe('catalog_message', () => {
  const catalog = (parameters?: unknown) => ({
    type: 'catalog_message',
    body: { text: 'Browse our catalog' },
    action: { name: 'catalog_message', ...(parameters === undefined ? {} : { parameters }) },
  })
  it('accepts a thumbnail and warns without one', () => {
    expectClean(validateInteractive(catalog({ thumbnail_product_retailer_id: 'sku-1' })))
    expectWarning(validateInteractive(catalog()), ['action', 'parameters'], 'not_recommended')
    expectWarning(
      validateInteractive(catalog({})),
      ['action', 'parameters', 'thumbnail_product_retailer_id'],
      'not_recommended',
    )
  })
  it('forbids a header', () => {
    expectIssue(validateInteractive({ ...catalog(), header: { type: 'text', text: 'x' } }), ['header'], 'not_allowed')
  })
})
