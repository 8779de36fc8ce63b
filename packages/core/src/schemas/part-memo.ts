import type { Payload, RawIssue } from './anything.ts'
import { type FieldRule, fieldRun } from './field-run.ts'

interface Remembered {
  rule: FieldRule
  /** A copy of the part as it was checked, compared with the part each time it is asked for again. */
  copy: unknown
  /** A copy of the value the run gave, made anew for each run that reuses it (see `fromCopy`). */
  valueCopy: unknown
  issues: RawIssue[]
}

/** The runs of parts kept by one step validator (`createStepValidator`), by the part's object. */
export type PartMemo = WeakMap<object, Remembered>

/**
 * Runs `run` with `memo` kept for the object fields `object` checks meanwhile (the validation is
 * synchronous, so nothing else runs in between; the runner before it comes back after).
 */
export function withPartMemo<T>(memo: PartMemo, run: () => T): T {
  const before = fieldRun.run
  fieldRun.run = (field, value) => runRemembered(memo, field, value, before)
  try {
    return run()
  } finally {
    fieldRun.run = before
  }
}

// A part worth keeping: plain JSON-like data only (what a draft holds). Anything else (a class
// instance, a Date, a function) is checked every time.
function plainCopy(value: unknown, depth: number): { copy: unknown } | undefined {
  if (typeof value !== 'object' || value === null) return typeof value === 'function' ? undefined : { copy: value }
  if (depth > 32) return undefined
  const prototype: unknown = Object.getPrototypeOf(value)
  if (Array.isArray(value)) {
    if (prototype !== Array.prototype) return undefined
    const copy: unknown[] = []
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return undefined
      const item = plainCopy(value[i], depth + 1)
      if (item === undefined) return undefined
      copy.push(item.copy)
    }
    return { copy }
  }
  if (prototype !== Object.prototype && prototype !== null) return undefined
  const keys = Object.keys(value)
  // Keys in their order (an unknown key's issue lists them so), then the values.
  const copy: unknown[] = [keys]
  for (const key of keys) {
    const item = plainCopy((value as Record<string, unknown>)[key], depth + 1)
    if (item === undefined) return undefined
    copy.push(item.copy)
  }
  return { copy: Object.assign(copy, { object: true }) }
}

// The data `plainCopy` took, in new objects and arrays: each validation hands out a value of its
// own, as `validateInteractive` does, so a caller changing one result's value changes no other.
function fromCopy(copy: unknown): unknown {
  if (!Array.isArray(copy)) return copy
  if ((copy as { object?: boolean }).object !== true) return copy.map(fromCopy)
  const keys = copy[0] as string[]
  const value: Record<string, unknown> = {}
  for (let i = 0; i < keys.length; i++) value[keys[i] as string] = fromCopy(copy[i + 1])
  return value
}

function sameAsCopy(value: unknown, copy: unknown): boolean {
  if (typeof value !== 'object' || value === null) return Object.is(value, copy)
  if (!Array.isArray(copy)) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  if ((copy as { object?: boolean }).object === true) {
    if (Array.isArray(value) || (prototype !== Object.prototype && prototype !== null)) return false
    const keys = Object.keys(value)
    const copiedKeys = copy[0] as string[]
    if (keys.length !== copiedKeys.length) return false
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string
      if (key !== copiedKeys[i] || !sameAsCopy((value as Record<string, unknown>)[key], copy[i + 1])) return false
    }
    return true
  }
  if (!Array.isArray(value) || prototype !== Array.prototype || value.length !== copy.length) return false
  for (let i = 0; i < value.length; i++) if (!(i in value) || !sameAsCopy(value[i], copy[i])) return false
  return true
}

// Each run hands out its own issues: a container writes its key in front of their paths.
const issuesOf = (issues: readonly RawIssue[]): RawIssue[] =>
  issues.map((issue) => (issue.path === undefined ? { ...issue } : { ...issue, path: [...issue.path] }))

/**
 * `field`'s run on `value`, a field of an object: an object that holds the same data as when the
 * same rule last checked it (compared with a copy taken then: keys in order and every value, so
 * a part changed in place is checked again) gives that run's value and issues again, as a rule's
 * result depends on the value alone.
 */
function runRemembered(
  memo: PartMemo,
  field: FieldRule,
  value: unknown,
  run: (field: FieldRule, value: unknown) => Payload,
): Payload {
  if (typeof value !== 'object' || value === null) return run(field, value)
  const kept = memo.get(value)
  if (kept !== undefined && kept.rule === field && sameAsCopy(value, kept.copy))
    return { value: fromCopy(kept.valueCopy), issues: issuesOf(kept.issues) }
  const taken = plainCopy(value, 0)
  const result = run(field, value)
  // The value is copied now, before the caller can change it.
  const given = taken === undefined ? undefined : plainCopy(result.value, 0)
  if (taken !== undefined && given !== undefined && sameAsCopy(value, taken.copy)) {
    memo.set(value, { rule: field, copy: taken.copy, valueCopy: given.copy, issues: issuesOf(result.issues) })
  }
  return result
}
