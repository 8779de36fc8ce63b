import { worded } from '../i18n/worded.ts'
import type { Issue, ValidationResult } from '../issue.ts'

interface Frame {
  value: object
  parent: Frame | null
  key: string | number
}

const pathOf = (frame: Frame): (string | number)[] => {
  const path: (string | number)[] = []
  for (let at: Frame | null = frame; at?.parent; at = at.parent) path.unshift(at.key)
  return path
}

/**
 * Where an accepted value holds an object JSON would not write as it was read (a Date, a boxed
 * number, a Map, a class instance), or null. Only containers need looking at: the schema
 * checked every leaf's type, and free-form parts were checked in full (`jsonDataProblem`).
 * No path is built unless one is found, so a valid message costs a few lookups per object.
 */
function notPlain(root: object): (string | number)[] | null {
  const stack: Frame[] = [{ value: root, parent: null, key: '' }]
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const { value } = frame
    const prototype: unknown = Object.getPrototypeOf(value)
    if (Array.isArray(value)) {
      if (prototype !== Array.prototype) return pathOf(frame)
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index]
        if (typeof item === 'object' && item !== null) stack.push({ value: item, parent: frame, key: index })
      }
      continue
    }
    if (prototype !== Object.prototype && prototype !== null) return pathOf(frame)
    const keys = Object.keys(value)
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!
      const item: unknown = (value as Record<string, unknown>)[key]
      if (typeof item === 'object' && item !== null) stack.push({ value: item, parent: frame, key })
    }
  }
  return null
}

/**
 * The result for a value the schema accepted, unless it holds an object that is not plain: zod
 * reads a Date, a boxed number or a class instance as an object with no unknown keys, but JSON
 * writes it as something else, so what was checked would not be what is sent. Accepted values
 * are small (lists are bounded, unknown keys refused), so this costs little, and it never runs
 * on junk.
 */
export function acceptedAsJson<T>(value: unknown, data: T, warnings: Issue[], prefix = 0): ValidationResult<T> {
  const path = typeof value === 'object' && value !== null ? notPlain(value) : null
  if (path === null) return { ok: true, value: data, warnings }
  const request = prefix > 0 && path.length === 0
  const issue = worded({ path, code: 'invalid_type', reason: 'json_data', ...(request ? { params: { request } } : {}) })
  return { ok: false, issues: [issue], warnings }
}
