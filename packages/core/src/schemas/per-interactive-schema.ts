import type { SchemaOptions } from './schema-options.ts'

/**
 * A factory that wraps the interactive rule or schema for some `SchemaOptions` (`variantOf`:
 * `createInteractiveRule` or `createInteractiveSchema`): each variant is built on first use and
 * kept, so every request with the same options reuses one. It imports neither, so the
 * validators' rules use it without bringing zod into their bundle.
 */
export function perInteractiveSchema<V extends object, T>(
  variantOf: (options: SchemaOptions) => V,
  build: (interactive: V) => T,
): (options?: SchemaOptions) => T {
  const cache = new Map<V, T>()
  return (options = {}) => {
    const interactive = variantOf(options)
    let schema = cache.get(interactive)
    if (schema === undefined) {
      schema = build(interactive)
      cache.set(interactive, schema)
    }
    return schema
  }
}
