/** How deep `samePlainJson` walks before leaving the answer to `JSON.stringify` (a cycle, say). */
const MAX_DEPTH = 64

/** What `samePlainJson` cannot answer alone: the values differ in a way `JSON.stringify` must judge. */
const ASK_STRINGIFY = Symbol('ask stringify')

const isPlainObject = (value: object): boolean => {
  const prototype = Object.getPrototypeOf(value)
  return (prototype === Object.prototype || prototype === null) && !('toJSON' in value)
}

/**
 * Whether two values of plain JSON data (objects, arrays, strings, finite numbers, booleans,
 * null) write the same JSON text, walked side by side so that the first difference answers: a
 * keystroke's draft against another draft is no longer written out whole, twice. Members JSON
 * leaves out (`undefined`, a function) are left out here too; anything else JSON writes in its
 * own way (`toJSON`, a non-finite number, `undefined` in an array, a class instance, more than
 * `MAX_DEPTH` levels) is `ASK_STRINGIFY`.
 */
function samePlainJson(a: unknown, b: unknown, depth: number): boolean | typeof ASK_STRINGIFY {
  if (typeof a !== typeof b) {
    return typeof a === 'object' || typeof b === 'object' || !writesPlainly(a) || !writesPlainly(b)
      ? ASK_STRINGIFY
      : false
  }
  if (typeof a === 'string' || typeof a === 'boolean') return a === b
  if (typeof a === 'number') return Number.isFinite(a) && Number.isFinite(b) ? a === b : ASK_STRINGIFY
  if (typeof a !== 'object' || typeof b !== 'object') return ASK_STRINGIFY
  if (a === null || b === null) return a === null && b === null ? true : ASK_STRINGIFY
  if (depth > MAX_DEPTH) return ASK_STRINGIFY
  if (Array.isArray(a) && Array.isArray(b) && !('toJSON' in a) && !('toJSON' in b)) {
    if (a.length !== b.length) return false
    for (let index = 0; index < a.length; index++) {
      const same = samePlainJson(a[index], b[index], depth + 1)
      if (same !== true) return same
    }
    return true
  }
  if (Array.isArray(a) || Array.isArray(b) || !isPlainObject(a) || !isPlainObject(b)) return ASK_STRINGIFY
  const keysA = writtenKeys(a)
  const keysB = writtenKeys(b)
  if (keysA === undefined || keysB === undefined) return ASK_STRINGIFY
  // The members JSON writes, in its order: other keys (or the same in another order) are other text.
  if (keysA.length !== keysB.length) return false
  for (let index = 0; index < keysA.length; index++) {
    const key = keysA[index] as string
    if (key !== keysB[index]) return false
    const same = samePlainJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], depth + 1)
    if (same !== true) return same
  }
  return true
}

/**
 * The keys of `object` whose members JSON writes (not an `undefined`, function or symbol value),
 * in its order; `undefined` when a value's `toJSON` decides whether it is written.
 */
function writtenKeys(object: object): string[] | undefined {
  const keys: string[] = []
  for (const key of Object.keys(object)) {
    const value = (object as Record<string, unknown>)[key]
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue
    if (typeof value === 'object' && value !== null && 'toJSON' in value) return undefined
    keys.push(key)
  }
  return keys
}

const writesPlainly = (value: unknown): boolean =>
  typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))

/**
 * Whether two drafts have the same JSON text: a draft is plain JSON data, so this is equality of
 * what would be saved or sent. A value JSON cannot write (a cycle, a BigInt) is never the same.
 */
export const sameJson = (a: unknown, b: unknown): boolean => {
  const same = samePlainJson(a, b, 0)
  if (same !== ASK_STRINGIFY) return same
  try {
    return JSON.stringify(a) === JSON.stringify(b)
  } catch {
    return false
  }
}
