import * as z from 'zod/mini'
import type { Shape, ShapeOutput } from './shape.ts'

/** The zod schemas of an object shape's fields. */
export function fieldSchemas(fields: { readonly [key: string]: Shape }): Record<string, z.ZodMiniType> {
  return Object.fromEntries(Object.entries(fields).map(([key, shape]) => [key, build(shape)]))
}

/**
 * The zod schema of a shape, for servers, tests and apps that parse Briq's answers with zod:
 * it accepts what `shapeProblem` accepts, and its first issue is the problem `shapeProblem` names.
 */
export function shapeSchema<const S extends Shape>(shape: S): z.ZodMiniType<ShapeOutput<S>> {
  return build(shape) as z.ZodMiniType<ShapeOutput<S>>
}

function build(shape: Shape): z.ZodMiniType {
  if (shape === 'number') return z.number()
  if (shape === 'boolean') return z.boolean()
  if (typeof shape === 'string') return z.string()
  if ('nullable' in shape) return z.nullable(build(shape.nullable))
  if ('optional' in shape) return z.optional(build(shape.optional))
  if ('either' in shape) return z.union([build(shape.either[0]), build(shape.either[1])])
  if ('list' in shape) return z.array(build(shape.list))
  return z.looseObject(fieldSchemas(shape.fields))
}
