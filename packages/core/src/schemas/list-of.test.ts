import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { LIMITS } from '../limits.ts'
import { listOf } from './count.ts'
import { literal } from './literal.ts'
import { limitedText } from './text.ts'

const result = (schema: z.ZodMiniType, value: unknown) => {
  const parsed = schema.safeParse(value)
  return parsed.success ? { data: parsed.data } : { issues: parsed.error.issues }
}

const item = z.strictObject({ type: literal('reply'), title: limitedText(LIMITS.button.title) })

describe('listOf', () => {
  it('checks a list up to the bound exactly as z.array, inside an object too', () => {
    const entry = fc.oneof(
      fc.record({ type: fc.constantFrom('reply', 'x'), title: fc.string({ maxLength: 25 }) }, { requiredKeys: [] }),
      fc.anything(),
    )
    const inputs = fc.oneof(fc.array(entry, { maxLength: LIMITS.structure.listItems.max }), fc.anything())
    fc.assert(
      fc.property(inputs, (input) => {
        expect(result(listOf(item), input)).toEqual(result(z.array(item), input))
        const holder = (list: z.ZodMiniType) => z.strictObject({ buttons: list })
        expect(result(holder(listOf(item)), { buttons: input })).toEqual(
          result(holder(z.array(item)), { buttons: input }),
        )
      }),
      { numRuns: 300 },
    )
  })

  it('refuses a longer list as it is, without reading its items', () => {
    let read = 0
    const counted = z.unknown().check(
      z.check(() => {
        read++
      }),
    )
    const long = Array(LIMITS.structure.listItems.max + 1).fill({})
    expect(listOf(counted).safeParse(long).error?.issues).toMatchObject([
      { code: 'custom', path: [], params: { briq: { reason: 'list_items', actual: long.length } } },
    ])
    expect(read).toBe(0)
    listOf(counted).safeParse(long.slice(1))
    expect(read).toBe(LIMITS.structure.listItems.max)
  })
})
