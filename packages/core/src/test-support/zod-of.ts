import type * as z from 'zod/mini'
import type { Rule } from '../schemas/anything.ts'
import { asZod } from '../schemas/as-zod.ts'

/** A zod schema as it is, a rule as the zod schema `asZod` makes of it: for tests comparing the two. */
export function zodOf(schema: Rule | z.ZodMiniType): z.ZodMiniType {
  return 'safeParse' in schema ? schema : (asZod(schema) as z.ZodMiniType)
}

/** A shape of rules and zod schemas as zod schemas, for `z.strictObject`. */
export function zodShape(shape: Record<string, Rule | z.ZodMiniType>): Record<string, z.ZodMiniType> {
  return Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, zodOf(schema)]))
}

/** What `safeParse` says of `value`: the parsed data or the issues. */
export function parseResult(schema: Rule | z.ZodMiniType, value: unknown) {
  const parsed = zodOf(schema).safeParse(value)
  return parsed.success ? { data: parsed.data } : { issues: parsed.error.issues }
}
