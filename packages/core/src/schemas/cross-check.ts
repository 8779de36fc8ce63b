import type * as z from 'zod/mini'
import type { CheckObject } from './anything.ts'
import type { CheckPayload } from './issue-detail.ts'

const always = () => true

/**
 * A check across an object's fields (unique ids, counts across sections, one target) that runs
 * even when one of those fields already failed, so a message with a bad title and a repeated id
 * reports both. zod skips a check on a value that already has an aborting issue unless `when`
 * says otherwise; `when` narrows it (e.g. to objects only). `check` reports with `report`.
 * It is what `z.check(fn, { when })` makes, written as zod core's check interface (`$ZodCheck`),
 * so a rule and a zod schema (the server's request schemas) both run it: z.check's constructor
 * and parameter handling cost every browser bundle 0.13 KB gzip, and the other checks are plain
 * functions, which `.check()` takes as they are.
 */
export function crossCheck<T>(
  check: (value: T, payload: CheckPayload<T>) => void,
  when: (payload: CheckPayload<unknown>) => boolean = always,
) {
  const made = {
    _zod: { def: { check: 'custom', when }, check: (payload) => check(payload.value, payload), onattach: [] },
  } as CheckObject<T> & z.core.$ZodCheck<T>
  return made
}
