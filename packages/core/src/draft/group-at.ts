import { describeInteractive, draftType } from './describe-interactive.ts'
import type { GroupDescription, InteractiveDescription } from './draft-description.ts'
import type { DraftOptions } from './draft-options.ts'
import { type DraftPath, getAt } from './draft-path.ts'
import { locate } from './walk-description.ts'

/** The group array at a path: its type's description, the group's, and its items. */
export interface GroupAt {
  description: InteractiveDescription
  group: GroupDescription
  items: readonly unknown[]
}

/** The group array at `path` in `draft`; `undefined` when the path names no group. */
export function groupAt(draft: unknown, path: DraftPath, options: DraftOptions): GroupAt | undefined {
  const type = draftType(draft)
  if (type === undefined) return undefined
  const description = describeInteractive(type, options)
  const group = locate(description, draft, path, 'group')?.node
  if (group === undefined) return undefined
  const items = getAt(draft, path)
  // A list that is not there yet starts empty: an optional one (saved addresses), or a required
  // one a pasted or opened draft left out (reply buttons with no "action"), which Add gives it.
  // So does one a pasted draft made unusable ("buttons": "x"), which Add replaces (see `addItem`).
  return { description, group, items: Array.isArray(items) ? items : [] }
}
