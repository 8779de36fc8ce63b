import { type DraftPath, draftType, draftValueAt } from '@briq-interactive/core'

/**
 * The outermost group array holding a path (the sections of a row, the cards of a quick reply):
 * what an add, remove or move there depends on lies inside it, so while it is the same object
 * the answer is the same, and typing elsewhere never recomputes it. Build it once per path.
 */
export interface StructureRoot {
  readonly key: string
  readonly path: DraftPath
}

/** The structure root of `path`; see `StructureRoot`. */
export function structureRootOf(path: DraftPath): StructureRoot {
  const index = path.findIndex((key) => typeof key === 'number')
  const root = index === -1 ? path : path.slice(0, index)
  return { key: root.join('.'), path: root }
}

/** Answers computed from the present draft, kept while its type and structure root stay the same objects. */
export interface StructureCache {
  /**
   * `compute(draft)` for the present draft, recomputed only when the type or `structure`'s root
   * changes; `previous`, the answer it replaces, lets it keep the parts that did not change.
   */
  get<T>(key: string, structure: StructureRoot, compute: (draft: unknown, previous: T | undefined) => T): T
  /** Forgets every answer (the options they were computed with changed). */
  clear(): void
}

interface Cached<T> {
  type: unknown
  root: unknown
  value: T
}

// The type and the group roots of the present draft, found once per draft for every selector.
interface Roots {
  draft: unknown
  type: unknown
  roots: Map<string, unknown>
}

/** A cache over `presentDraft()`, the builder model's present draft. */
export function createStructureCache(presentDraft: () => unknown): StructureCache {
  const cache = new Map<string, Cached<unknown>>()
  let rootsOf: Roots | undefined
  return {
    get<T>(key: string, structure: StructureRoot, compute: (draft: unknown, previous: T | undefined) => T): T {
      const draft = presentDraft()
      const present: Roots =
        rootsOf !== undefined && rootsOf.draft === draft ? rootsOf : { draft, type: draftType(draft), roots: new Map() }
      rootsOf = present
      const { type, roots } = present
      let root = roots.get(structure.key)
      if (root === undefined && !roots.has(structure.key)) {
        root = draftValueAt(draft, structure.path)
        roots.set(structure.key, root)
      }
      const hit = cache.get(key)
      if (hit !== undefined && hit.type === type && hit.root === root && root !== undefined) return hit.value as T
      const value = compute(draft, hit?.value as T | undefined)
      cache.set(key, { type, root, value })
      return value
    },
    clear() {
      cache.clear()
    },
  }
}
