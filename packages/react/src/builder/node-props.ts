import { type DraftLabelKey, type DraftPath, samePath } from '@briq-interactive/core'

/** Where a description node is drawn: the item it belongs to and that item's number and key. */
export interface NodePlacement {
  /** The absolute path of the item holding the node (`[]` outside groups). */
  base: DraftPath
  /** The item's 1-based number in its group, for labels ("Row {n} title"); none outside groups. */
  n: number | undefined
  /** The item's stable key (`"root"` outside groups), for `data-bi-focus`. */
  itemKey: string
  /** The label of the item holding the node ("Section {n}"), for announcing a row moved into another section. */
  itemLabelKey?: DraftLabelKey | undefined
}

/**
 * `memo`'s comparison for node and item views: paths (arrays) compare by content, since
 * parents build new arrays on every render; everything else by identity. A view subscribes to
 * the draft itself, so it re-renders for its own changes only.
 */
export function sameNodeProps<P extends object>(a: P, b: P): boolean {
  const keys = Object.keys(a) as (keyof P)[]
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((key) => {
    const x = a[key]
    const y = b[key]
    return Array.isArray(x) && Array.isArray(y) ? samePath(x, y) : Object.is(x, y)
  })
}
