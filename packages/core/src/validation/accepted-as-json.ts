import type { Unworded } from '../i18n/worded.ts'
import type { Checked } from './checked.ts'

/**
 * Where an accepted value holds an object JSON would not write as it was read (a Date, a boxed
 * number, a Map, a class instance), or null. Only containers need looking at: the schema
 * checked every leaf's type, and free-form parts were checked in full (`jsonDataProblem`).
 * Children are visited last to first, depth first. Accepted values are shallow (free-form data
 * nests at most `LIMITS.structure.jsonDepth` levels), so the recursion is bounded.
 */
function notPlain(value: object): (string | number)[] | null {
  const prototype: unknown = Object.getPrototypeOf(value)
  if (Array.isArray(value)) {
    if (prototype !== Array.prototype) return []
    for (let i = value.length - 1; i >= 0; i--) {
      const found = notPlainItem(value[i], i)
      if (found) return found
    }
    return null
  }
  if (prototype !== Object.prototype && prototype !== null) return []
  const keys = Object.keys(value)
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i]!
    const found = notPlainItem((value as Record<string, unknown>)[key], key)
    if (found) return found
  }
  return null
}

// The path is built only on the way back from a find, not copied into every container visited.
function notPlainItem(item: unknown, key: string | number): (string | number)[] | null {
  if (typeof item !== 'object' || item === null) return null
  const found = notPlain(item)
  if (found) found.unshift(key)
  return found
}

/**
 * The result for a value the schema accepted, unless it holds an object that is not plain: zod
 * reads a Date, a boxed number or a class instance as an object with no unknown keys, but JSON
 * writes it as something else, so what was checked would not be what is sent. Accepted values
 * are small (lists are bounded, unknown keys refused), so this costs little, and it never runs
 * on junk.
 */
export function acceptedAsJson<T>(value: unknown, data: T, warnings: Unworded[], prefix = 0): Checked<T, Unworded> {
  const path = typeof value === 'object' && value !== null ? notPlain(value) : null
  if (path === null) return { ok: true, value: data, warnings }
  const request = prefix > 0 && path.length === 0
  const issue: Unworded = {
    path,
    code: 'invalid_type',
    reason: 'json_data',
    ...(request ? { params: { request } } : {}),
  }
  return { ok: false, issues: [issue], warnings }
}
