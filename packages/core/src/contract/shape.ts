import type { MessageStatusValue } from '../client/responses.ts'

/**
 * A JSON value's documented shape, as plain data: what the client checks Briq's answers
 * against, and what the public zod schemas of the answers are built from (`shapeSchema`), so
 * the contract is written once and a browser bundle that calls Briq carries no zod code for it.
 * Objects are loose: Briq adds fields without notice, and an extra key is never a problem.
 */
export type Shape =
  | 'string'
  | 'number'
  | 'boolean'
  /** A status string (`MessageStatusValue`): any string. */
  | 'status'
  | { readonly fields: { readonly [key: string]: Shape } }
  | { readonly list: Shape }
  | { readonly nullable: Shape }
  | { readonly optional: Shape }
  | { readonly either: readonly [Shape, Shape] }

/** An object with these fields, and any others. */
export const fields = <const F extends { readonly [key: string]: Shape }>(shape: F) => ({ fields: shape })
/** A list of `item`. */
export const list = <const S extends Shape>(item: S) => ({ list: item })
/** `shape` or null. */
export const nullable = <const S extends Shape>(shape: S) => ({ nullable: shape })
/** `shape`, or absent. */
export const optional = <const S extends Shape>(shape: S) => ({ optional: shape })
/** `shape`, null or absent. */
export const nullish = <const S extends Shape>(shape: S) => optional(nullable(shape))
/** `a` or `b`. */
export const either = <const A extends Shape, const B extends Shape>(a: A, b: B) => ({ either: [a, b] as const })

type Prettify<T> = { [K in keyof T]: T[K] } & {}
type FieldsOutput<F> = Prettify<
  { -readonly [K in keyof F as F[K] extends { optional: Shape } ? never : K]: ShapeOutput<F[K]> } & {
    -readonly [K in keyof F as F[K] extends { optional: Shape } ? K : never]?: ShapeOutput<F[K]>
  } & { [key: string]: unknown }
>

/** The TypeScript type of what a shape accepts (as `z.infer` of its schema); `unknown` for any shape. */
export type ShapeOutput<S> = Shape extends S
  ? unknown
  : S extends 'string'
    ? string
    : S extends 'number'
      ? number
      : S extends 'boolean'
        ? boolean
        : S extends 'status'
          ? MessageStatusValue
          : S extends { fields: infer F }
            ? FieldsOutput<F>
            : S extends { list: infer I }
              ? ShapeOutput<I>[]
              : S extends { nullable: infer I }
                ? ShapeOutput<I> | null
                : S extends { optional: infer I }
                  ? ShapeOutput<I> | undefined
                  : S extends { either: readonly [infer A, infer B] }
                    ? ShapeOutput<A> | ShapeOutput<B>
                    : never

/** Where a value first departs from its shape, in the words zod would use (`invalid_type`, expected …). */
export interface ShapeProblem {
  /** Where in the value the shape is left (`[]` for the value itself). */
  path: (string | number)[]
  /** `invalid_type`: not the type expected there; `invalid_union`: none of the shapes allowed there. */
  code: 'invalid_type' | 'invalid_union'
  /** For `invalid_type`: the type expected there (`string`, `object`, …). */
  expected?: string
}

/**
 * The first place `value` departs from `shape`, or undefined: the first issue `shapeSchema(shape)`
 * would report, fields and items checked in order.
 */
export function shapeProblem(shape: Shape, value: unknown, path: (string | number)[] = []): ShapeProblem | undefined {
  if (typeof shape === 'string') {
    const expected = shape === 'status' ? 'string' : shape
    const ok = typeof value === expected && (expected !== 'number' || Number.isFinite(value))
    return ok ? undefined : { path, code: 'invalid_type', expected }
  }
  if ('nullable' in shape) return value === null ? undefined : shapeProblem(shape.nullable, value, path)
  if ('optional' in shape) return value === undefined ? undefined : shapeProblem(shape.optional, value, path)
  if ('either' in shape) {
    return shape.either.some((option) => !shapeProblem(option, value)) ? undefined : { path, code: 'invalid_union' }
  }
  const isList = 'list' in shape
  if (isList ? !Array.isArray(value) : typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { path, code: 'invalid_type', expected: isList ? 'array' : 'object' }
  }
  const entries = isList ? (value as unknown[]).map((_, i) => [i, shape.list] as const) : Object.entries(shape.fields)
  for (const [key, inner] of entries) {
    const problem = shapeProblem(inner, (value as Record<string | number, unknown>)[key], [...path, key])
    if (problem) return problem
  }
  return undefined
}
