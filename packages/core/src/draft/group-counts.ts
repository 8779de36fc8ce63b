import type { Limit } from '../limits.ts'
import { describeInteractive, draftType } from './describe-interactive.ts'
import type { DraftOptions } from './draft-options.ts'
import { type DraftPath, getAt } from './draft-path.ts'
import { groupTotal, locate } from './walk-description.ts'

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
  const type = draftType(draft)
  if (type === undefined) return undefined
  const description = describeInteractive(type, options)
  const group = locate(description, draft, path, 'group')?.node
  if (group === undefined) return undefined
  const items = getAt(draft, path)
  const counts: GroupCounts = { count: Array.isArray(items) ? items.length : 0 }
  if (group.count !== undefined) counts.limit = group.count
  if (group.total !== undefined) {
    counts.total = groupTotal(description, draft, group)
    counts.totalLimit = group.total
  }
  return counts
}
