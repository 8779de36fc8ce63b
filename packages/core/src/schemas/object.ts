import type * as z from 'zod/mini'
import { isRecord } from '../is-record.ts'
import { anything, type Check, type RawIssue, type Rule } from './anything.ts'
import { fieldRun } from './field-run.ts'
import { SYNC_RUN } from './sync-run.ts'

/** The fields of an `object` schema. */
export type Shape = Record<string, Rule>

/** A schema that may be left out of an object (`optional`), typed as `z.optional` types one. */
export type Optional<T extends Rule> = Rule<z.output<T> | undefined, z.input<T> | undefined> & {
  _zod: { optin: 'optional'; optout: 'optional' }
}

/** An `object` schema, typed as `z.strictObject` types one. */
export type ObjectSchema<S extends Shape> = Rule<
  z.core.$InferObjectOutput<S, NoExtra>,
  z.core.$InferObjectInput<S, NoExtra>
>

// What zod adds to an object type besides its shape: nothing, for a strict object.
type NoExtra = Record<never, never>

const shapes = new WeakMap<object, Shape>()
const optionals = new WeakMap<object, Rule | null>()

/**
 * An object with exactly the fields of `shape`, then `checks` (cross-field rules), accepting,
 * refusing and reporting as `z.strictObject(shape).check(...checks)` does: anything but a plain
 * object is `invalid_type` (expected object); each field runs on its value (`_zod.run`, as in
 * `byType`), its issues prefixed with its key; a required field left out whose schema takes
 * `undefined` is `invalid_type` (expected nonoptional); every key the shape lacks, inherited
 * enumerable ones included, goes in one `unrecognized_keys` issue that does not end the checks.
 * The parsed value holds the shape's fields only. zod's object code (1.4 KB gzip in every
 * browser bundle that validates) is not needed for this; the JSON Schema generator writes
 * `z.strictObject(shape)`'s schema (`objectShape`).
 */
export function object<S extends Shape>(
  shape: S,
  ...checks: Check<z.core.$InferObjectOutput<S, NoExtra>>[]
): ObjectSchema<S> {
  const keys = Object.keys(shape)
  const schema = anything<z.core.$InferObjectOutput<S, NoExtra>>().check(
    (payload) => {
      const input = payload.value as Record<string, unknown>
      if (!isRecord(input)) {
        payload.issues.push({ code: 'invalid_type', expected: 'object', input, path: [] })
        return
      }
      const parsed: Record<string, unknown> = {}
      for (const key of keys) {
        const field = shape[key]!._zod
        const result = fieldRun.run(field, input[key])
        const present = key in input
        const optional = field.optout === 'optional'
        if (!present && optional && field.optin === 'optional') continue
        for (const issue of result.issues as { path?: PropertyKey[] }[]) {
          // As zod's object does: the key goes in front of the field's own path, in place.
          issue.path ??= []
          issue.path.unshift(key)
          payload.issues.push(issue as RawIssue)
        }
        if (!present && field.optin === undefined) {
          if (result.issues.length === 0)
            payload.issues.push({ code: 'invalid_type', expected: 'nonoptional', input: undefined, path: [key] })
        } else if (result.value !== undefined || present) parsed[key] = result.value
      }
      const unknown: string[] = []
      for (const key in input) if (!Object.hasOwn(shape, key)) unknown.push(key)
      if (unknown.length > 0)
        payload.issues.push({ code: 'unrecognized_keys', keys: unknown, input, path: [], continue: true })
      payload.value = parsed as never
    },
    ...checks,
  )
  shapes.set(schema, shape)
  return schema as ObjectSchema<S>
}

/** The shape of an `object` schema, for `byType` and the JSON Schema generator. */
export function objectShape(schema: object): Shape | undefined {
  return shapes.get(schema)
}

/**
 * `schema`, or nothing: `undefined` is accepted and anything else is checked by `schema`, on the
 * same payload, as `z.optional(schema)` does; an `object` leaves the field out when it is absent.
 * Without `schema`, a field a message type does not allow: anything but `undefined` is
 * `invalid_type` (expected never), as `z.optional(z.never())` reports it.
 */
export function optional<T extends Rule = Rule<never>>(schema?: T): Optional<T> {
  const made = anything<z.output<T> | undefined>().check((payload) => {
    const input = payload.value
    if (input === undefined) return
    if (schema) schema._zod.run(payload, SYNC_RUN)
    else payload.issues.push({ code: 'invalid_type', expected: 'never', input, path: [] })
  }) as Optional<T>
  made._zod.optin = 'optional'
  made._zod.optout = 'optional'
  optionals.set(made, schema ?? null)
  return made
}

/** The schema an `optional` wraps (null: a field never allowed), for the JSON Schema generator. */
export function optionalOf(schema: object): Rule | null | undefined {
  return optionals.get(schema)
}
