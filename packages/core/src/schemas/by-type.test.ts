import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { LIMITS } from '../limits.ts'
import { zodOf, zodShape } from '../test-support/zod-of.ts'
import type { Rule } from './anything.ts'
import { byType } from './by-type.ts'
import { literal } from './literal.ts'
import { mediaSchema } from './media.ts'
import { object, optional } from './object.ts'
import { wholeNumber } from './whole-number.ts'

// The same header-like options with zod's literal and object (for the union) and ours (for byType).
type Schema = Rule | z.ZodMiniType
type Kind = (value: string) => Schema
type Make = (shape: Record<string, Schema>) => Schema
const options = (kind: Kind, make: Make, maybe: (schema: Schema) => Schema) =>
  [
    make({ type: kind('text'), text: z.string(), sub_text: maybe(z.string()) }),
    make({ type: kind('image'), image: mediaSchema }),
    make({ type: kind('video'), video: mediaSchema }),
    make({ type: kind('document'), document: make({ id: maybe(z.string()) }) }),
  ] as const
const OPTIONS = options(literal, object as Make, optional as (schema: Schema) => Schema) as unknown as [
  Rule<{ type: string }>,
]
const ZOD_OPTIONS = options(
  (value) => z.literal(value),
  (shape) => z.strictObject(zodShape(shape)),
  (schema) => z.optional(zodOf(schema)),
) as unknown as [z.ZodMiniObject, ...z.ZodMiniObject[]]

const seen = (result: { success: boolean; data?: unknown; error?: { issues: object[] } }) =>
  result.success ? { data: result.data } : { issues: result.error?.issues }

const value = fc.oneof(
  fc.anything(),
  fc.record(
    {
      type: fc.oneof(fc.constantFrom('text', 'image', 'video', 'document', 'gif', ''), fc.anything()),
      text: fc.oneof(fc.string(), fc.anything()),
      image: fc.oneof(fc.record({ link: fc.constantFrom('https://a.example/x.png', 'x') }), fc.anything()),
      document: fc.record({ id: fc.string(), filename: fc.string() }, { requiredKeys: [] }),
      extra: fc.anything(),
    },
    { requiredKeys: [] },
  ),
)

describe('byType', () => {
  it('accepts, refuses and reports exactly as z.discriminatedUnion on `type`', () => {
    const union = z.discriminatedUnion('type', [...ZOD_OPTIONS])
    const chosen = zodOf(byType(OPTIONS))
    fc.assert(
      fc.property(value, (input) => {
        expect(seen(chosen.safeParse(input))).toEqual(seen(union.safeParse(input)))
      }),
      { numRuns: 500 },
    )
  })

  it('names the known types at `type` when none matches, and wants an object', () => {
    const chosen = zodOf(byType(OPTIONS))
    expect(chosen.safeParse({ type: 'gif' }).error?.issues).toMatchObject([
      { code: 'invalid_union', path: ['type'], options: ['text', 'image', 'video', 'document'] },
    ])
    expect(chosen.safeParse([]).error?.issues).toMatchObject([{ code: 'invalid_type', expected: 'object', path: [] }])
  })

  it("passes the chosen schema's issues on with their flags, so a container's checks skip as before", () => {
    const n = wholeNumber(LIMITS.carousel.cardIndex, 'card_index_range')
    const item = object({ type: literal('n'), n })
    const zodItem = z.strictObject({ type: z.literal('n'), n: zodOf(n) })
    let ran = 0
    const container = (inner: z.ZodMiniType) =>
      z.strictObject({ inner }).check(
        z.check(
          () => {
            ran++
          },
          { when: () => true },
        ),
      )
    ran = 0
    container(z.discriminatedUnion('type', [zodItem])).safeParse({ inner: { type: 'n', n: 1.5 } })
    const withUnion = ran
    ran = 0
    container(zodOf(byType([item]))).safeParse({ inner: { type: 'n', n: 1.5 } })
    expect(ran).toBe(withUnion)
  })
})
