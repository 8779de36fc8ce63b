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

// The rule of the field at `path` of `draft` as its container declares it (optional or not),
// or `undefined` when the path is not one of the type's fields. A header's or a card's kind is
// read from the draft, as the validators read it.
function fieldAt(draft: unknown, path: readonly (string | number)[], options: SchemaOptions): Rule | undefined {
  let value: unknown = draft
  let field: Rule | undefined = createInteractiveRule(options)
  for (const key of path) {
    const node = settle(field, value)
    if (!node) return undefined
    field = typeof key === 'number' ? listItem(node) : objectShape(node)?.[key]
    value = isRecord(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[key] : undefined
  }
  return field
}

/**
 * The value WhatsApp allows at `path` of `draft` when it allows only one, read from the
 * validators' own rules (so no value is written twice): an action's `name` (`"cta_url"`,
 * `"send_location"`, …), a reply button's `type` (`"reply"`), a card's quick reply's `type`,
 * `flow_message_version` (`"3"`), or a whole action that is only its name
 * (`{ name: "send_location" }`). `undefined` where the field takes more than one value (a
 * text, a choice such as a flow's `mode`) or the path is not one of the type's fields.
 */
export function fixedValueAt(
  draft: unknown,
  path: readonly (string | number)[],
  options: SchemaOptions = {},
): FixedValue | undefined {
  return onlyValue(settle(fieldAt(draft, path, options), getValue(draft, path)))
}

/**
 * Whether the message may leave out the field at `path` of `draft` (a footer, a row's
 * description, a document's file name), as its rules declare it; `false` for a required field
 * and for a path that is not one of the type's fields.
 */
export function isOptionalField(draft: unknown, path: readonly (string | number)[], options: SchemaOptions = {}) {
  if (path.length === 0 || typeof path.at(-1) === 'number') return false
  return fieldAt(draft, path, options)?._zod.optin === 'optional'
}

function getValue(root: unknown, path: readonly (string | number)[]): unknown {
  let value = root
  for (const key of path)
    value = isRecord(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[key] : undefined
  return value
}
