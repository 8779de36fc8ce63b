import { isRecord } from '../is-record.ts'
import type { Rule } from './anything.ts'
import { typeOptions } from './by-type.ts'
import { listItem } from './count.ts'
import { createInteractiveRule } from './interactive.ts'
import { literalValues } from './literal.ts'
import { objectShape, optionalOf } from './object.ts'
import type { SchemaOptions } from './schema-options.ts'

/** A value built from fixed values only: a string, or an object of them. */
export type FixedValue = string | { readonly [key: string]: FixedValue }

// What a field holds once `optional` is unwrapped, and the option a `byType` takes for `value`.
function settle(rule: Rule | undefined, value: unknown): Rule | undefined {
  let node = rule
  for (let guard = 0; node && guard < 8; guard++) {
    const inner = optionalOf(node)
    if (inner === null) return undefined
    if (inner !== undefined) {
      node = inner
      continue
    }
    const options = typeOptions(node)
    if (!options) return node
    const kind = isRecord(value) ? value.type : undefined
    node = options.find((option) => literalValues(objectShape(option)?.type as object)?.[0] === kind)
  }
  return node
}

// The one value `rule` allows, if it allows exactly one: a literal, or an object whose required
// fields all have one (an action that is only its `name`).
function onlyValue(rule: Rule | undefined): FixedValue | undefined {
  if (!rule) return undefined
  const values = literalValues(rule)
  if (values) return values.length === 1 ? values[0] : undefined
  const shape = objectShape(rule)
  if (!shape) return undefined
  const built: Record<string, FixedValue> = {}
  for (const [key, field] of Object.entries(shape)) {
    if (field._zod.optin === 'optional') continue
    const value = onlyValue(settle(field, undefined))
    if (value === undefined) return undefined
    built[key] = value
  }
  return Object.keys(built).length > 0 ? built : undefined
}

/**
 * The value WhatsApp allows at `path` of `draft` when it allows only one, read from the
 * validators' own rules (so no value is written twice): an action's `name` (`"cta_url"`,
 * `"send_location"`, …), a reply button's `type` (`"reply"`), a card's quick reply's `type`,
 * `flow_message_version` (`"3"`), or a whole action that is only its name
 * (`{ name: "send_location" }`). `undefined` where the field takes more than one value (a
 * text, a choice such as a flow's `mode`) or the path is not one of the type's fields.
 * A header's or a card's kind is read from the draft, as the validators read it.
 */
export function fixedValueAt(
  draft: unknown,
  path: readonly (string | number)[],
  options: SchemaOptions = {},
): FixedValue | undefined {
  let value: unknown = draft
  let node = settle(createInteractiveRule(options), value)
  for (const key of path) {
    if (!node) return undefined
    if (typeof key === 'number') node = listItem(node)
    else node = objectShape(node)?.[key]
    value = isRecord(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[key] : undefined
    node = settle(node, value)
  }
  return onlyValue(node)
}
