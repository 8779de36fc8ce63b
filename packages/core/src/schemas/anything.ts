import * as z from 'zod/mini'

/**
 * A schema that takes any value, for a value checked wholly in code (a free-form object, a
 * whole number, a list's length before its items), typed as what the checks let through.
 * `z.unknown()` is the smallest zod construct that does it: `z.custom` and `z.number` each add
 * their own code to every browser bundle (0.2 and 0.15 KB gzip) for a job a check does anyway.
 */
export const anything = <T>(): z.ZodMiniType<T> => z.unknown() as z.ZodMiniType<T>

/**
 * Any string, reported as `z.string()` reports anything else (`invalid_type`, expected string,
 * ending the value's checks), for a text field's own checks to build on. zod's string code is
 * not needed for this; the JSON Schema writes `type: string` from the field's hint.
 */
export function text(): z.ZodMiniType<string> {
  return anything<string>().check((payload) => {
    const input: unknown = payload.value
    if (typeof input !== 'string') payload.issues.push({ code: 'invalid_type', expected: 'string', input, path: [] })
  })
}
