import { describe, expect, it } from 'vitest'
import type { ValidationResult } from '../issue.ts'
import { INTERACTIVE_TYPES } from '../schemas/interactive.ts'
import { validateInteractive } from './validate-interactive.ts'
import { validateSendRequest } from './validate-send-request.ts'

function expectWellFormed(result: ValidationResult<unknown>): void {
  expect(typeof result.ok).toBe('boolean')
  expect(Array.isArray(result.warnings)).toBe(true)
  for (const issue of result.ok ? result.warnings : [...result.issues, ...result.warnings]) {
    expect(Array.isArray(issue.path)).toBe(true)
    expect(issue.message.length).toBeGreaterThan(0)
  }
}

const deep = (depth: number): unknown => {
  let value: unknown = 'leaf'
  for (let i = 0; i < depth; i++) value = { body: value, action: [value] }
  return value
}

const junk: unknown[] = [
  null,
  undefined,
  0,
  Number.NaN,
  -1,
  '',
  'button',
  true,
  [],
  [1, 2, 3],
  {},
  () => 1,
  Symbol('x'),
  10n,
  new Date(0),
  new Map(),
  Object.create(null),
  deep(5000),
  { type: 'button', body: { text: 'x'.repeat(1_000_000) }, action: { buttons: [] } },
  { type: 'list', action: { button: 'x', sections: Array.from({ length: 10_000 }, () => ({ rows: [] })) } },
  JSON.parse('{"__proto__": {"polluted": true}, "type": "button"}'),
  { type: 'button', constructor: 1, toString: 2 },
]

describe('validators never throw', () => {
  it.each(junk.map((value, i) => [i, value]))('junk #%i', (_i, value) => {
    expectWellFormed(validateInteractive(value))
    expectWellFormed(validateSendRequest(value))
    expectWellFormed(validateSendRequest({ to: '255712345678', interactive: value }))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('handles every type with junk in every slot', () => {
    for (const type of INTERACTIVE_TYPES) {
      for (const slot of [null, 1, 'x', [], {}, deep(50)]) {
        const value = { type, header: slot, body: slot, footer: slot, action: slot }
        const result = validateInteractive(value)
        expectWellFormed(result)
        expect(result.ok).toBe(false)
      }
    }
  })

  it('reports a 1 MB body as too long with its real length', () => {
    const result = validateInteractive({
      type: 'button',
      body: { text: 'é'.repeat(1_000_000) },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] },
    })
    expect(result.ok ? [] : result.issues).toEqual([
      expect.objectContaining({ path: ['body', 'text'], code: 'too_long', actual: 1_000_000 }),
    ])
  })

  it('turns throwing getters and proxies into one issue', () => {
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap')
        },
        ownKeys: () => {
          throw new Error('trap')
        },
      },
    )
    const result = validateInteractive(trap)
    expect(result.ok).toBe(false)
    expect(result.ok ? [] : result.issues[0]?.message).toContain('trap')
    const getter = {
      type: 'button',
      get body() {
        throw new Error('getter')
      },
    }
    expectWellFormed(validateInteractive(getter))
  })

  it('caps the number of issues for huge junk', () => {
    const result = validateInteractive({
      type: 'list',
      body: { text: 'x' },
      action: { button: 'x', sections: Array.from({ length: 5000 }, () => ({ rows: [1] })) },
    })
    expect(result.ok ? 0 : result.issues.length).toBeLessThanOrEqual(200)
  })

  it('takes null options as none, as it takes undefined', () => {
    // A JavaScript caller's "no options" read as a value that "could not be read".
    const valid = {
      type: 'button',
      body: { text: 'Pick one' },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] },
    }
    const none = null as unknown as undefined
    expect(validateInteractive(valid, none)).toEqual(validateInteractive(valid))
    expect(validateInteractive({ type: 'button' }, none)).toEqual(validateInteractive({ type: 'button' }))
    const send = { to: '255712345678', interactive: valid }
    expect(validateSendRequest(send, none)).toEqual(validateSendRequest(send))
  })
})

describe('a list where an object goes', () => {
  const rows = [{ id: 'a', title: 'A' }]
  const products = [{ product_retailer_id: 'p1' }]
  const mediaCard = (action: unknown) => ({
    card_index: 0,
    type: 'cta_url',
    header: { type: 'image', image: { link: 'https://example.com/a.jpg' } },
    action,
  })
  // Each is one issue at the list itself: a rule across its fields (a section's title, a card
  // action's name, a flow's id, a catalog's thumbnail) has no field there to point at.
  it.each([
    [
      'a section of a list',
      { type: 'list', body: { text: 'x' }, action: { button: 'B', sections: [{ title: 'S', rows }, []] } },
      ['action', 'sections', 1],
    ],
    [
      'a section of a product list',
      {
        type: 'product_list',
        header: { type: 'text', text: 'H' },
        body: { text: 'x' },
        action: { catalog_id: '1', sections: [{ title: 'S', product_items: products }, []] },
      },
      ['action', 'sections', 1],
    ],
    [
      "a media card's action",
      { type: 'carousel', body: { text: 'x' }, action: { cards: [mediaCard([]), mediaCard([])] } },
      ['action', 'cards', 0, 'action'],
    ],
    [
      "a flow's parameters",
      { type: 'flow', body: { text: 'x' }, action: { name: 'flow', parameters: [] } },
      ['action', 'parameters'],
    ],
    ["a catalog message's action", { type: 'catalog_message', body: { text: 'x' }, action: [] }, ['action']],
    [
      "a catalog message's parameters",
      { type: 'catalog_message', body: { text: 'x' }, action: { name: 'catalog_message', parameters: [] } },
      ['action', 'parameters'],
    ],
  ])('%s is "must be an object" and nothing under it', (_name, message, path) => {
    const result = validateInteractive(message)
    const found = result.ok ? result.warnings : [...result.issues, ...result.warnings]
    const under = found.filter(
      (issue) => issue.path.length > path.length && path.every((key, i) => issue.path[i] === key),
    )
    expect(found).toContainEqual(expect.objectContaining({ path, code: 'invalid_type' }))
    expect(under).toEqual([])
  })
})
