import { LIMITS, type Limit } from '../limits.ts'
import type { IssueDetail } from './issue-detail.ts'
import { limitIssue } from './limit-check.ts'
import { brokenCharacter } from './text.ts'

/** Where a free-form value stops being plain JSON data, and why. */
export interface JsonDataProblem {
  /** Relative to the value checked. */
  path: (string | number)[]
  detail: IssueDetail
}

const NOT_DATA: IssueDetail = { code: 'invalid_type', reason: 'json_data' }

const isPlainPrototype = (value: object) => {
  const prototype = Object.getPrototypeOf(value)
  return prototype === null || prototype === Object.prototype || prototype === Array.prototype
}

/** The own enumerable entries of a plain object or dense array, or null when it has accessors or holes. */
function entriesOf(container: object): [string | number, unknown][] | null {
  const keys = Object.keys(container)
  const isArray = Array.isArray(container)
  // A hole or a named property on a list is not sent as it was validated (JSON writes null, or drops it).
  if (isArray && keys.length !== container.length) return null
  const entries: [string | number, unknown][] = []
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!
    const descriptor = Object.getOwnPropertyDescriptor(container, key)
    // A getter may answer differently when the message is serialised than when it was checked.
    if (descriptor === undefined || !('value' in descriptor)) return null
    if (isArray && key !== String(i)) return null
    entries.push([isArray ? i : key, descriptor.value])
  }
  return entries
}

/**
 * The first reason `value` (a flow's `data`, an address's `validation_errors`) is not plain
 * JSON data that serialises exactly as it was checked, or null. It walks without recursion:
 * nesting past `LIMITS.structure.jsonDepth` (a cycle never ends, so it is caught here too) stops
 * it; past any other problem it goes on (not into that value), so that each key or text holding
 * half of an emoji goes to `warn` (`brokenCharacter`), at the path of that key or text. The
 * problems: a value JSON cannot write (a function, a symbol, a bigint, NaN, Infinity, undefined
 * in a list; an undefined property is left out, as JSON does), an object that is not plain (a
 * Date, a Map, a class instance), a getter, or a list with holes. With `textOnly`, the value is
 * one object of strings. With `depthLimit` null the depth is not checked: only for a value whose
 * schema already bounds it.
 */
export function jsonDataProblem(
  value: object,
  textOnly = false,
  depthLimit: Limit | null = LIMITS.structure.jsonDepth,
  warn?: (problem: JsonDataProblem) => void,
): JsonDataProblem | null {
  let first: JsonDataProblem | null = null
  const stack: { value: object; path: (string | number)[]; depth: number }[] = [{ value, path: [], depth: 1 }]
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const tooDeep = depthLimit === null ? undefined : limitIssue(depthLimit, next.depth, 'value')
    if (tooDeep) return first ?? { path: [], detail: { ...tooDeep, reason: 'json_depth' } }
    const entries = isPlainPrototype(next.value) ? entriesOf(next.value) : null
    if (entries === null) first ??= { path: next.path, detail: NOT_DATA }
    const isList = Array.isArray(next.value)
    for (const [key, item] of entries ?? []) {
      // JSON leaves out a property whose value is undefined, which reads the same as absent;
      // in a list it would become null.
      if (item === undefined && !isList) continue
      for (const text of [key, item]) {
        const broken = typeof text === 'string' ? brokenCharacter(text) : undefined
        if (broken) warn?.({ path: [...next.path, key], detail: broken })
      }
      if (textOnly) {
        if (typeof item !== 'string') {
          first ??= { path: [...next.path, key], detail: { code: 'invalid_type', params: { expected: 'string' } } }
        }
      } else if (typeof item === 'object' && item !== null) {
        stack.push({ value: item, path: [...next.path, key], depth: next.depth + 1 })
      } else if (!(typeof item === 'string' || typeof item === 'boolean' || item === null || Number.isFinite(item))) {
        first ??= { path: [...next.path, key], detail: NOT_DATA }
      }
    }
  }
  return first
}
