import { isRecord } from '../is-record.ts'

/** A path into a draft, as in `Issue.path`: `["action", "sections", 0, "rows", 2, "title"]`. */
export type DraftPath = readonly (string | number)[]

export { isRecord }

/** The value at `path`, or `undefined` when any step is missing. Never throws on junk. */
export function getAt(root: unknown, path: DraftPath): unknown {
  let current = root
  for (const key of path) {
    if (typeof key === 'number') {
      if (!Array.isArray(current) || key < 0 || key >= current.length) return undefined
      current = current[key]
    } else {
      if (!isRecord(current) || !Object.hasOwn(current, key)) return undefined
      current = current[key]
    }
  }
  return current
}

/** Whether `a` and `b` are the same path. */
export function samePath(a: DraftPath, b: DraftPath): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i])
}

/** Whether `path` starts with `prefix` (or equals it). */
export function startsWith(path: DraftPath, prefix: DraftPath): boolean {
  return prefix.length <= path.length && prefix.every((key, i) => key === path[i])
}

/**
 * A copy of `root` with `update` applied to the value at `path`; objects missing on the way
 * are created, arrays are only indexed. Returns `undefined` when the path crosses something
 * that is neither (a string, a number, an index past the end): the caller refuses the edit.
 * `update` returning `undefined` removes the key (or the array item).
 */
export function updateAt(
  root: unknown,
  path: DraftPath,
  update: (current: unknown) => unknown,
): { value: unknown } | undefined {
  const [key, ...rest] = path
  if (key === undefined) return { value: update(root) }
  if (typeof key === 'number') {
    if (!Array.isArray(root) || key < 0 || key >= root.length) return undefined
    const inner = updateAt(root[key], rest, update)
    if (inner === undefined) return undefined
    const copy = [...root]
    if (inner.value === undefined && rest.length === 0) copy.splice(key, 1)
    else copy[key] = inner.value
    return { value: copy }
  }
  if (root !== undefined && !isRecord(root)) return undefined
  const current = root ?? {}
  const inner = updateAt(Object.hasOwn(current, key) ? current[key] : undefined, rest, update)
  if (inner === undefined) return undefined
  if (inner.value === undefined) {
    const { [key]: _removed, ...others } = current
    return { value: others }
  }
  // A computed key defines an own property, even for "__proto__" (JSON.parse can produce one).
  return { value: { ...current, [key]: inner.value } }
}

/** `updateAt` that sets `value`; the root unchanged when the path cannot be reached. */
export function setAt(root: unknown, path: DraftPath, value: unknown): unknown {
  return updateAt(root, path, () => value)?.value ?? root
}

/** `updateAt` that removes the key at `path`; the root unchanged when it cannot be reached. */
export function removeAt(root: unknown, path: DraftPath): unknown {
  if (getAt(root, path) === undefined) return root
  return updateAt(root, path, () => undefined)?.value ?? root
}
