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
          message: `Buttons has 300000 items; this kit checks lists of at most ${BOUND}`,
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
})
