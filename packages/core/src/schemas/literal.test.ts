import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { parseResult, zodOf } from '../test-support/zod-of.ts'
import type { Rule } from './anything.ts'
import { literal } from './literal.ts'

const result = parseResult

describe('literal', () => {
  it.each([['cta_url'], [['draft', 'published']]] as const)(
    'accepts, refuses and reports %j exactly as z.literal does, alone and as an optional field',
    (value) => {
      const ours = literal(value)
      const zods = typeof value === 'string' ? z.literal(value) : z.literal([...value])
      const inputs = fc.oneof(fc.constantFrom('cta_url', 'draft', 'published', 'CTA_URL', '', undefined), fc.anything())
      fc.assert(
        fc.property(inputs, (input) => {
          expect(result(ours, input)).toEqual(result(zods, input))
          const field = (rule: Rule | z.ZodMiniType) => {
            const schema = zodOf(rule)
            return z.strictObject({ name: z.optional(schema), type: schema })
          }
          expect(result(field(ours), { name: input, type: input })).toEqual(
            result(field(zods), { name: input, type: input }),
          )
        }),
        { numRuns: 300 },
      )
    },
  )
})
