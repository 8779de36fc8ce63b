import { anything, type Rule } from './anything.ts'

const literals = new WeakMap<object, readonly string[]>()

/**
 * Exactly `value` (or one of `values`), with what `z.literal` reports otherwise: `invalid_value`
 * listing the values. A message type, a header kind, an action name, a flow mode. zod's literal
 * code (0.16 KB gzip in every browser bundle that validates) is not needed for this; the JSON
 * Schema generator writes `const` or `enum`, as for `z.literal` (`literalValues`).
 */
export function literal<const T extends string>(value: T | readonly T[]): Rule<T> {
  const values: string[] = typeof value === 'string' ? [value] : [...value]
  const schema = anything<T>().check((payload) => {
    const input: unknown = payload.value
    if (!values.includes(input as string)) payload.issues.push({ code: 'invalid_value', values, input, path: [] })
  })
  literals.set(schema, values)
  return schema
}

/** The values of a `literal` schema, for `byType` and the JSON Schema generator. */
export function literalValues(schema: object): readonly string[] | undefined {
  return literals.get(schema)
}
