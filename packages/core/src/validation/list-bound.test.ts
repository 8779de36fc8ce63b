import { describe, expect, it } from 'vitest'
import { LIMITS } from '../limits.ts'
import { validateInteractive } from './validate-interactive.ts'
import { validateSendRequest } from './validate-send-request.ts'

const BOUND = LIMITS.structure.listItems.max
const junkList = (length: number) => new Array(length).fill(1)

describe('lists past the kit bound are refused whole, never checked item by item', () => {
  it('answers a send with 300 000 junk buttons with the bound and the count, not a stack overflow', () => {
    const interactive = { type: 'button', body: { text: 'x' }, action: { buttons: junkList(300_000) } }
    const result = validateSendRequest({ to: '255712345678', interactive })
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: ['interactive', 'action', 'buttons'],
          code: 'too_many',
          message: `Buttons have 300000 items; this kit checks lists of at most ${BOUND}`,
          limit: BOUND,
          actual: 300_000,
          rule: 'kit',
          reason: 'list_items',
        },
        expect.objectContaining({
          path: ['interactive', 'action', 'buttons'],
          code: 'too_many',
          message: 'The message has 300000 buttons; WhatsApp allows at most 3',
          rule: 'whatsapp',
        }),
      ],
      warnings: [],
    })
  })

  it.each([
    ['list sections', { type: 'list', body: { text: 'x' }, action: { button: 'b', sections: junkList(300_000) } }],
    ['carousel cards', { type: 'carousel', body: { text: 'x' }, action: { cards: junkList(300_000) } }],
  ])('bounds %s the same way', (_name, interactive) => {
    const result = validateInteractive(interactive)
    const issues = result.ok ? [] : result.issues
    expect(issues.map((issue) => issue.rule)).toEqual(['kit', 'whatsapp'])
    expect(issues.every((issue) => issue.actual === 300_000)).toBe(true)
  })

  it.each([
    ['rows', (i: number) => ({ title: `S${i}`, rows: [{ id: `r${i}`, title: 'R' }] }), 'list'],
    [
      'products',
      (i: number) => ({ title: `S${i}`, product_items: [{ product_retailer_id: `p${i}` }] }),
      'product_list',
    ],
  ])('does not count the %s of sections past the bound as the total', (noun, section, type) => {
    const sections = Array.from({ length: BOUND + 1 }, (_, i) => section(i))
    const action = type === 'list' ? { button: 'b', sections } : { catalog_id: 'c', sections }
    const header = { type: 'text', text: 'H' }
    const result = validateInteractive({ type, header, body: { text: 'x' }, action })
    const issues = result.ok ? [] : result.issues
    // "The list has 100 rows" would be false: there are 101, in 101 sections.
    expect(issues.filter((issue) => issue.params?.noun === noun.slice(0, -1))).toEqual([])
    expect(issues.map((issue) => [issue.rule, issue.actual])).toEqual([
      ['kit', BOUND + 1],
      ['whatsapp', BOUND + 1],
    ])
  })

  it('refuses a list with no documented maximum past the bound, and takes one at it', () => {
    const address = (count: number) => ({
      type: 'address_message',
      body: { text: 'Where should we deliver?' },
      action: {
        name: 'address_message',
        parameters: {
          country: 'IN',
          saved_addresses: Array.from({ length: count }, (_, i) => ({ id: `a${i}`, value: { name: 'Asha' } })),
        },
      },
    })
    expect(validateInteractive(address(BOUND)).ok).toBe(true)
    const over = validateInteractive(address(BOUND + 1))
    expect(over.ok ? [] : over.issues).toEqual([
      expect.objectContaining({
        path: ['action', 'parameters', 'saved_addresses'],
        code: 'too_many',
        rule: 'kit',
        actual: BOUND + 1,
      }),
    ])
  })

  it.each([
    ['buttons', (list: unknown[]) => ({ type: 'button', body: { text: 'x' }, action: { buttons: list } })],
    [
      'list sections',
      (list: unknown[]) => ({ type: 'list', body: { text: 'x' }, action: { button: 'b', sections: list } }),
    ],
    ['carousel cards', (list: unknown[]) => ({ type: 'carousel', body: { text: 'x' }, action: { cards: list } })],
  ])('counts sparse %s past the bound (holes are no items to read), never failing to read them', (_name, make) => {
    // The cross-field checks walked the first 100 entries as a sparse slice: a hole was no
    // entry, and the check failed reading it, answering "could not be read" at the root.
    const sparse: unknown[] = []
    sparse.length = 1000
    sparse[0] = { type: 'reply', reply: { id: 'a', title: 'A' } }
    const result = validateInteractive(make(sparse))
    const issues = result.ok ? [] : result.issues
    expect(issues.map((issue) => issue.reason)).not.toContain('unreadable')
    expect(issues[0]).toMatchObject({ code: 'too_many', rule: 'kit', reason: 'list_items', actual: 1000 })
  })
})
