import type * as z from 'zod/mini'
import { asZod } from './as-zod.ts'
import { createInteractiveRule, type Interactive, interactiveRule } from './interactive.ts'
import type { SchemaOptions } from './schema-options.ts'

/**
 * The WhatsApp `interactive` object, every type, with every limit and cross-field rule of
 * Meta's interactive guides and the Messages API reference. Strict: unknown keys are errors (Meta answers 100). Prefer
 * `validateInteractive`, which turns zod's issues into worded, coded `Issue`s and separates
 * warnings; parsing this schema directly treats warnings as failures.
 */
export const interactiveSchema: z.ZodMiniType<Interactive> = /* @__PURE__ */ asZod(interactiveRule)

/** The interactive schema for non-default `SchemaOptions` (built once per combination). */
export function createInteractiveSchema(options: SchemaOptions = {}): typeof interactiveSchema {
  return asZod(createInteractiveRule(options))
}
