import * as z from 'zod/mini'
import type { Payload, Rule } from './anything.ts'

const made = new WeakMap<object, z.ZodMiniType>()
const rules = new WeakMap<object, Rule>()

/**
 * The zod/mini schema of a rule: `z.unknown()` with one check that runs the rule on zod's
 * payload, so zod reports exactly the rule's issues, with the rule's parsed value, and a zod
 * object sees the same optional fields (`optin`/`optout`). The public schemas
 * (`interactiveSchema`, the server's request schemas) are made this way; one per rule, so a
 * rule used twice is one schema, as it was when the rules were zod schemas.
 */
export function asZod<O, I>(rule: Rule<O, I>): z.ZodMiniType<O, I> {
  let schema = made.get(rule)
  if (schema === undefined) {
    schema = z.unknown().check((payload) => {
      rule._zod.run(payload as Payload)
    })
    if (rule._zod.optin) schema._zod.optin = rule._zod.optin
    if (rule._zod.optout) schema._zod.optout = rule._zod.optout
    made.set(rule, schema)
    rules.set(schema, rule as Rule)
  }
  return schema as z.ZodMiniType<O, I>
}

/** The zod/mini schemas of a shape of rules, for a zod object (`z.object({ ...asZodShape(shape) })`). */
export function asZodShape<S extends Record<string, Rule>>(
  shape: S,
): { [K in keyof S]: z.ZodMiniType<z.output<S[K]>, z.input<S[K]>> & Pick<S[K], '_zod'> } {
  const zodShape: Record<string, z.ZodMiniType> = {}
  for (const key of Object.keys(shape)) zodShape[key] = asZod(shape[key]!)
  return zodShape as never
}

/** The rule a schema made by `asZod` runs, for the JSON Schema generator. */
export function ruleOf(schema: object): Rule | undefined {
  return rules.get(schema)
}
