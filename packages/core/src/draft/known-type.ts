import { quoted } from '../quoted.ts'
import { INTERACTIVE_TYPES, type InteractiveType } from '../schemas/interactive.ts'

const TYPES: readonly unknown[] = INTERACTIVE_TYPES

/**
 * Refuses a type that is none of the twelve (plain JavaScript, or a type read from outside) with
 * a `TypeError` naming the caller, the value and the types it takes, instead of a draft that is
 * `undefined` or a `TypeError` from deep inside the description tables.
 */
export function assertInteractiveType(type: unknown, caller: string): asserts type is InteractiveType {
  if (TYPES.includes(type)) return
  throw new TypeError(`${caller}: unknown interactive type ${quoted(type)}; use ${INTERACTIVE_TYPES.join(', ')}`)
}
