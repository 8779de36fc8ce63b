import * as z from 'zod/mini'
import type { CheckPayload } from './issue-detail.ts'

const always = () => true

/**
 * A check across an object's fields (unique ids, counts across sections, one target) that runs
 * even when one of those fields already failed, so a message with a bad title and a repeated id
 * reports both. zod skips a check on a value that already has an aborting issue unless `when`
 * says otherwise; `when` narrows it (e.g. to objects only). `check` reports with `report`.
 */
export function crossCheck<T>(
  check: (value: T, payload: CheckPayload<T>) => void,
  when: (payload: CheckPayload<unknown>) => boolean = always,
) {
  return z.check<T>((payload) => check(payload.value, payload), { when })
}
