import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { LIMITS } from '../limits.ts'
import { parseResult, zodOf, zodShape } from '../test-support/zod-of.ts'
import type { Rule } from './anything.ts'
import { listOf } from './count.ts'
import { literal } from './literal.ts'
import { limitedText } from './text.ts'

const result = parseResult

const item = z.strictObject(zodShape({ type: literal('reply'), title: limitedText(LIMITS.button.title) }))

describe('listOf', () => {
  it('checks a list up to the bound exactly as z.array, inside an object too', () => {
    const entry = fc.oneof(
      fc.record({ type: fc.constantFrom('reply', 'x'), title: fc.string({ maxLength: 25 }) }, { requiredKeys: [] }),
      fc.anything(),
    )
    const inputs = fc.oneof(fc.array(entry, { maxLength: LIMITS.structure.listItems.max }), fc.anything())
    fc.assert(
      fc.property(inputs, (input) => {
        expect(result(listOf(item as never), input)).toEqual(result(z.array(item), input))
        const holder = (list: Rule | z.ZodMiniType) => z.strictObject({ buttons: zodOf(list) })
        expect(result(holder(listOf(item as never)), { buttons: input })).toEqual(
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
    expect(zodOf(listOf(counted as never)).safeParse(long).error?.issues).toMatchObject([
      { code: 'custom', path: [], params: { briq: { reason: 'list_items', actual: long.length } } },
    ])
    expect(read).toBe(0)
    zodOf(listOf(counted as never)).safeParse(long.slice(1))
    expect(read).toBe(LIMITS.structure.listItems.max)
  })
})
