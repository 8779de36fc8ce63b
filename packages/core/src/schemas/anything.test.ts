import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { parseResult, zodOf } from '../test-support/zod-of.ts'
import { type Rule, text } from './anything.ts'

const result = parseResult

describe('text', () => {
  it('accepts, refuses and reports exactly as z.string(), and ends the checks after it alike', () => {
    const short = (rule: Rule<string> | z.ZodMiniType<string>) =>
      (zodOf(rule) as z.ZodMiniType<string>).check(
        z.check<string>((payload) => {
          if (payload.value.length > 3) payload.issues.push({ code: 'custom', input: payload.value, path: [] })
        }),
      )
    const field = (rule: Rule | z.ZodMiniType) => {
      const schema = zodOf(rule)
      return z.strictObject({ name: z.optional(schema), text: schema })
    }
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (input) => {
        expect(result(text(), input)).toEqual(result(z.string(), input))
        expect(result(short(text()), input)).toEqual(result(short(z.string()), input))
        const value = { name: input, text: input }
        expect(result(field(short(text())), value)).toEqual(result(field(short(z.string())), value))
      }),
      { numRuns: 300 },
    )
  })
})
