import { createInteractiveSchema, type interactiveSchema } from './interactive-schema.ts'
import type { SchemaOptions } from './schema-options.ts'

/**
 * A schema factory that wraps the interactive schema for some `SchemaOptions`: each variant is
 * built on first use and kept, so every request with the same options reuses one schema.
 */
export function perInteractiveSchema<T>(
  build: (interactive: typeof interactiveSchema) => T,
): (options?: SchemaOptions) => T {
  const cache = new Map<typeof interactiveSchema, T>()
  return (options = {}) => {
    const interactive = createInteractiveSchema(options)
    let schema = cache.get(interactive)
    if (schema === undefined) {
      schema = build(interactive)
      cache.set(interactive, schema)
    }
    return schema
  }
}
