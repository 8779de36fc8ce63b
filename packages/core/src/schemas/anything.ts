import * as z from 'zod/mini'

/**
 * A schema that takes any value, for a value checked wholly in code (a free-form object, a
 * whole number, a list's length before its items), typed as what the checks let through.
 * `z.unknown()` is the smallest zod construct that does it: `z.custom` and `z.number` each add
 * their own code to every browser bundle (0.2 and 0.15 KB gzip) for a job a check does anyway.
 */
export const anything = <T>(): z.ZodMiniType<T> => z.unknown() as z.ZodMiniType<T>
