import type { Limit } from '../limits.ts'

/**
 * JSON Schema keywords for rules our zod checks enforce in code (code-point lengths, counts,
 * patterns), so the generated `interactive.schema.json` carries them too. JSON Schema's
 * `maxLength` counts code points, exactly as the validators do.
 */
export interface JsonHint {
  minLength?: number
  maxLength?: number
  minItems?: number
  maxItems?: number
  minimum?: number
  maximum?: number
  pattern?: string
  format?: string
  description?: string
  type?: string
  additionalProperties?: Record<string, unknown>
}

const hints = new WeakMap<object, JsonHint>()

/** Attaches JSON Schema keywords to a schema and returns the schema. */
export function hint<T extends object>(schema: T, keywords: JsonHint): T {
  hints.set(schema, { ...hints.get(schema), ...keywords })
  return schema
}

/** `minItems`/`maxItems` from a count limit of `LIMITS`. */
export function itemsHint(limit: Limit): JsonHint {
  return { minItems: limit.min, maxItems: limit.max }
}

/** The keywords attached to a schema, if any. */
export function hintFor(schema: object): JsonHint | undefined {
  return hints.get(schema)
}
