import type * as z from 'zod/mini'

/**
 * The context for running a schema synchronously (`_zod.run(payload, SYNC_RUN)`): one shared
 * object rather than a new one per field, item and option of every request validated. A rule
 * ignores it; a zod schema (a route's request schema, one inside a rule) reads it and never
 * writes it.
 */
export const SYNC_RUN: z.core.ParseContextInternal = { async: false }
