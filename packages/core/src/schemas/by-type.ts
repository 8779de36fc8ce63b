import type * as z from 'zod/mini'
import { isRecord } from '../is-record.ts'
import { anything, type Rule } from './anything.ts'
import { literalValues } from './literal.ts'
import { objectShape } from './object.ts'
import { SYNC_RUN } from './sync-run.ts'

/** An `object` schema whose `type` is a literal: a header kind, a card kind, a message type. */
type Typed = Rule<{ type: string }>

const optionsOf = new WeakMap<object, readonly Typed[]>()

/**
 * One of `options`, chosen by the value's `type`, as `z.discriminatedUnion('type', options)`
 * chooses it and with the same issues: `invalid_type` (expected object) for anything else, and
 * `invalid_union` at `type` listing the known types when none matches. The chosen schema runs
 * on the same payload (`_zod.run`, zod core's interface for schemas built on others), so its
 * issues, their `continue` flags included, reach the container as the union's would.
 * zod's union code (0.8 KB gzip in every browser bundle that validates) is not needed for
 * this; the JSON Schema generator writes `oneOf`, as for a discriminated union (`typeOptions`).
 */
export function byType<const T extends readonly [Typed, ...Typed[]]>(options: T): Rule<z.infer<T[number]>> {
  const table = new Map<string, Typed>()
  for (const option of options) table.set(literalValues(objectShape(option)?.type as object)?.[0] as string, option)
  const schema = anything<z.infer<T[number]>>().check((payload) => {
    const input: unknown = payload.value
    if (!isRecord(input)) {
      payload.issues.push({ code: 'invalid_type', expected: 'object', input, path: [] })
      return
    }
    const option = table.get((input as { type?: string }).type as string)
    if (option) {
      option._zod.run(payload, SYNC_RUN)
      return
    }
    const known = [...table.keys()]
    payload.issues.push({
      code: 'invalid_union',
      errors: [],
      note: 'No matching discriminator',
      discriminator: 'type',
      options: known,
      input,
      path: ['type'],
    })
  })
  optionsOf.set(schema, options)
  return schema
}

/** The options of a `byType` schema, for the JSON Schema generator. */
export function typeOptions(schema: object): readonly Rule[] | undefined {
  return optionsOf.get(schema)
}
