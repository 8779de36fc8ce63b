import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { LIMITS } from '../limits.ts'
import { parseResult, zodOf, zodShape } from '../test-support/zod-of.ts'
import { anything, type Rule } from './anything.ts'
import { crossCheck } from './cross-check.ts'
import { literal } from './literal.ts'
import { object, objectShape, optional, optionalOf } from './object.ts'
import { limitedText } from './text.ts'
import { wholeNumber } from './whole-number.ts'

const result = parseResult

// A check that runs only when nothing before it ended the checks, and one that always runs.
const counted: z.core.$ZodCheck = z.check((payload) => {
  payload.issues.push({ code: 'custom', input: payload.value, path: ['counted'], continue: true })
})
const always: z.core.$ZodCheck = crossCheck<unknown>((_value, payload) => {
  payload.issues.push({ code: 'custom', input: payload.value, path: ['always'], continue: true })
})

// The same fields built with ours and with zod's: required and optional text, a literal, a whole
// number whose fraction ends the checks explicitly, a field taking undefined, a field never
// allowed, and a nested object.
const build = (
  make: (shape: Record<string, Rule | z.ZodMiniType>, ...checks: z.core.$ZodCheck[]) => Rule | z.ZodMiniType,
  maybe: (schema?: Rule | z.ZodMiniType) => Rule | z.ZodMiniType,
) =>
  make(
    {
      type: literal('reply'),
      title: limitedText(LIMITS.button.title),
      note: maybe(limitedText(LIMITS.footer.text)),
      index: maybe(wholeNumber(LIMITS.carousel.cardIndex, 'card_index_range')),
      any: anything(),
      never: maybe(),
      inner: maybe(make({ id: limitedText(LIMITS.button.id) }, counted)),
    },
    counted,
    always,
  )
const ours = build(object as never, optional as never)
const zods = build(
  (shape, ...checks) => z.strictObject(zodShape(shape)).check(...(checks as z.core.$ZodCheck<object>[])),
  (schema) => z.optional(schema ? zodOf(schema) : z.never()),
)

const key = fc.constantFrom('type', 'title', 'note', 'index', 'any', 'never', 'inner', 'extra', '__proto__', 'id')
const leaf = fc.oneof(
  fc.constantFrom('reply', 'x', '', ' y', 'a'.repeat(25), 1, 1.5, 2 ** 60, undefined, null, [], {}),
  fc.anything(),
)
const value = fc.letrec((tie) => ({
  object: fc.dictionary(key, fc.oneof({ depthSize: 'small' }, leaf, tie('object')), { maxKeys: 8 }),
}))

describe('object', () => {
  // 500 runs of any value through both: a second on a quiet machine, several on a loaded one.
  it('accepts, refuses and reports exactly as z.strictObject with z.optional, checks and nesting alike', {
    timeout: 30_000,
  }, () => {
    fc.assert(
      fc.property(fc.oneof(value.object, fc.anything()), (input) => {
        expect(result(ours, input)).toEqual(result(zods, input))
      }),
      { numRuns: 500 },
    )
  })

  it('reports inherited enumerable keys and an own __proto__ as zod does', () => {
    const inherited = Object.create({ extra: 1, title: 'x' }) as Record<string, unknown>
    inherited.type = 'reply'
    const withProto = JSON.parse('{"type":"reply","title":"x","any":1,"__proto__":{"a":1}}')
    for (const input of [inherited, withProto, { type: 'reply', title: 'x' }, { type: 'reply', title: 'x', any: 1 }])
      expect(result(ours, input)).toEqual(result(zods, input))
  })

  it('mixes with zod: an optional inside z.strictObject, an object inside z.optional', () => {
    const mixed = z.strictObject({
      note: zodOf(optional(limitedText(LIMITS.footer.text))),
      inner: z.optional(zodOf(ours)),
    })
    const plain = z.strictObject({
      note: z.optional(zodOf(limitedText(LIMITS.footer.text))),
      inner: z.optional(zodOf(zods)),
    })
    fc.assert(
      fc.property(fc.record({ note: leaf, inner: fc.oneof(value.object, leaf) }, { requiredKeys: [] }), (input) => {
        expect(result(mixed, input)).toEqual(result(plain, input))
      }),
      { numRuns: 200 },
    )
  })

  it('tells the JSON Schema generator its shape and what an optional wraps', () => {
    const title = limitedText(LIMITS.button.title)
    const shape = { title }
    expect(objectShape(object(shape))).toBe(shape)
    expect(optionalOf(optional(title))).toBe(title)
    expect(optionalOf(optional())).toBeNull()
    expect(objectShape(title)).toBeUndefined()
  })
})
