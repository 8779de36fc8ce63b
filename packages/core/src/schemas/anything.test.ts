import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { text } from './anything.ts'

const result = (schema: z.ZodMiniType, value: unknown) => {
  const parsed = schema.safeParse(value)
  return parsed.success ? { data: parsed.data } : { issues: parsed.error.issues }
}

describe('text', () => {
  it('accepts, refuses and reports exactly as z.string(), and ends the checks after it alike', () => {
    const short = (schema: z.ZodMiniType<string>) =>
      schema.check(
        z.check<string>((payload) => {
          if (payload.value.length > 3) payload.issues.push({ code: 'custom', input: payload.value, path: [] })
        }),
      )
    const field = (schema: z.ZodMiniType) => z.strictObject({ name: z.optional(schema), text: schema })
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
