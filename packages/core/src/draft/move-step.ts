import { canApplyDraftOperation } from './apply-draft-operation.ts'
import type { DraftOperation } from './draft-operation.ts'
import type { DraftOptions } from './draft-options.ts'
import { type DraftPath, getAt } from './draft-path.ts'

/**
 * The operation behind "Move up" / "Move down" (Alt+ArrowUp/Down) for the item at `path`:
 * one place within its group; at the edge of its section, a row or product crosses into the
 * section before or after. `undefined` when it cannot move (first item, a full section).
 */
export function moveStep(
  draft: unknown,
  path: DraftPath,
  direction: 'up' | 'down',
  options: DraftOptions = {},
): DraftOperation | undefined {
  const index = path.at(-1)
  const items = getAt(draft, path.slice(0, -1))
  if (typeof index !== 'number' || !Array.isArray(items)) return undefined
  const step = direction === 'up' ? -1 : 1
  const candidates: DraftPath[] = [[...path.slice(0, -1), index + step]]
  // A row's path is […sections, s, rows, r]: the neighbouring section is s ± 1.
  const section = path.at(-3)
  if (path.length >= 4 && typeof section === 'number') {
    const key = path.at(-2) as string
    const sectionsPath = path.slice(0, -3)
    const neighbour = getAt(draft, [...sectionsPath, section + step, key])
    if (Array.isArray(neighbour)) {
      candidates.push([...sectionsPath, section + step, key, direction === 'up' ? neighbour.length : 0])
    }
  }
  const inGroup = index + step >= 0 && index + step < items.length
  for (const to of inGroup ? candidates.slice(0, 1) : candidates.slice(1)) {
    const operation: DraftOperation = { op: 'move', path, to }
    if (canApplyDraftOperation(draft, operation, options)) return operation
  }
  return undefined
}
