import type { FieldDescription } from './draft-description.ts'
import { type DraftPath, getAt } from './draft-path.ts'

/**
 * Whether `field` must be filled in `draft`, for the item at `base` (its absolute item path, `[]`
 * outside groups): its own `required`, or `requiredWhenSeveral` once the item's group holds
 * more than one item (a list's section titles). What a form marks "Optional" must follow this.
 */
export function fieldRequired(field: FieldDescription, draft: unknown, base: DraftPath): boolean {
  if (field.required) return true
  if (field.requiredWhenSeveral !== true || typeof base.at(-1) !== 'number') return false
  const group = getAt(draft, base.slice(0, -1))
  return Array.isArray(group) && group.length > 1
}
