import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { BriqRoute } from './briq-route.ts'
import { BRIQ_ROUTES } from './briq-routes.ts'
import { either, fields, list, nullish, type Shape, shapeProblem } from './shape.ts'
import { shapeSchema } from './shape-schema.ts'

// Values near a shape: mostly what it describes, sometimes anything else at any depth.
function near(shape: Shape): fc.Arbitrary<unknown> {
  const junk = fc.oneof(fc.constantFrom(undefined, null, 1.5, '', true, {}, []), fc.anything())
  const mostly = (value: fc.Arbitrary<unknown>) =>
    fc.oneof({ arbitrary: value, weight: 9 }, { arbitrary: junk, weight: 1 })
  if (shape === 'number') return mostly(fc.double())
  if (shape === 'boolean') return mostly(fc.boolean())
  if (typeof shape === 'string') return mostly(fc.string())
  if ('nullable' in shape) return fc.oneof(fc.constant(null), near(shape.nullable))
  if ('optional' in shape) return fc.oneof(fc.constant(undefined), near(shape.optional))
  if ('either' in shape) return fc.oneof(near(shape.either[0]), near(shape.either[1]))
  if ('list' in shape) return mostly(fc.array(near(shape.list), { maxLength: 3 }))
  const record = Object.fromEntries(Object.entries(shape.fields).map(([key, inner]) => [key, near(inner)]))
  const object = fc.record({ ...record, extra: fc.anything() }, { requiredKeys: [] })
  return mostly(object)
}

const firstIssue = (shape: Shape, value: unknown) => {
  const result = shapeSchema(shape).safeParse(value)
  if (result.success) return undefined
  const { path, code, ...rest } = result.error.issues[0] as { path: (string | number)[]; code: string }
  return 'expected' in rest ? { path, code, expected: rest.expected } : { path, code }
}

const routes: readonly BriqRoute[] = BRIQ_ROUTES
const responses = routes.flatMap((route) => (route.response ? [[route.id, route.response] as const] : []))

describe('shapes of Briq answers', () => {
  it.each(responses)("%s: shapeProblem names the first issue of the shape's zod schema", (_id, shape) => {
    fc.assert(
      fc.property(near(shape), (value) => {
        expect(shapeProblem(shape, value)).toEqual(firstIssue(shape, value))
      }),
      { numRuns: 300 },
    )
  })

  it('words a problem as zod does: where, the code and what was expected', () => {
    const shape = fields({ items: list(fields({ id: 'string', code: nullish(either('string', 'number')) })) })
    expect(shapeProblem(shape, { items: [{ id: 'a' }, { id: 2 }] })).toEqual({
      path: ['items', 1, 'id'],
      code: 'invalid_type',
      expected: 'string',
    })
    expect(shapeProblem(shape, { items: [{ id: 'a', code: true }] })).toEqual({
      path: ['items', 0, 'code'],
      code: 'invalid_union',
    })
    expect(shapeProblem(shape, { items: {} })).toMatchObject({ path: ['items'], expected: 'array' })
    expect(shapeProblem(shape, { items: [], more: 1 })).toBeUndefined()
    expect(shapeProblem('number', Number.NaN)).toMatchObject({ expected: 'number' })
  })
})
