import type { Limit } from '../limits.ts'
import type { DraftOptions } from './draft-options.ts'
import type { DraftPath } from './draft-path.ts'
import { groupAt } from './group-at.ts'
import { groupTotal } from './walk-description.ts'

/** A group's counter: "2 of 3 buttons", "7 of 10 rows" (across sections). */
export interface GroupCounts {
  /** Items in this group. */
  count: number
  /** The group's own limit, from `LIMITS`. */
  limit?: Limit
  /** Items of this kind in the whole message, when the message limits them too (list rows, products). */
  total?: number
  /** The message-wide limit, from `LIMITS`. */
  totalLimit?: Limit
}

/** The counts of the group array at `path`; `undefined` when the path names no group. */
export function groupCounts(draft: unknown, path: DraftPath, options: DraftOptions = {}): GroupCounts | undefined {
  const found = groupAt(draft, path, options)
  if (found === undefined) return undefined
  const { description, group, items } = found
  const counts: GroupCounts = { count: items.length }
  if (group.count !== undefined) counts.limit = group.count
  if (group.total !== undefined) {
    counts.total = groupTotal(description, draft, group)
    counts.totalLimit = group.total
  }
  return counts
}
