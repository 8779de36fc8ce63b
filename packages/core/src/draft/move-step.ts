import type { Exclusive } from '../exclusive.ts'
import { tryDraftOperation } from './apply-draft-operation.ts'
import { type DraftOperation, type DraftRefused, refuse } from './draft-operation.ts'
import type { DraftOptions } from './draft-options.ts'
import { type DraftPath, getAt } from './draft-path.ts'

/**
 * The outcome of `tryMoveStep`: the move to make, or why there is none (`at_edge`: already
 * first or last; `leaves_section_empty`: the only row of its section; `stays_on_card`…), for
 * the builder to say instead of a bare "not allowed".
 */
export type MoveStepResult = Exclusive<
  { ok: true; operation: DraftOperation & { op: 'move' } } | ({ ok: false } & DraftRefused)
>

/**
 * The operation behind "Move up" / "Move down" (Alt+ArrowUp/Down) for the item at `path`:
 * one place within its group; at the edge of its section, a row or product crosses into the
 * section before or after. When it cannot move, why not.
 */
export function tryMoveStep(
  draft: unknown,
  path: DraftPath,
  direction: 'up' | 'down',
  options: DraftOptions = {},
): MoveStepResult {
  const index = path.at(-1)
  const items = getAt(draft, path.slice(0, -1))
  if (typeof index !== 'number' || !Array.isArray(items) || index < 0 || index >= items.length) {
    return refuse('not_found') as MoveStepResult
  }
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
  const tried = inGroup ? candidates.slice(0, 1) : candidates.slice(1)
  let refused: MoveStepResult = refuse('at_edge') as MoveStepResult
  for (const to of tried) {
    const operation = { op: 'move', path, to } as const
    const result = tryDraftOperation(draft, operation, options)
    if (result.ok) return { ok: true, operation }
    refused = result
  }
  return refused
}

/** `tryMoveStep`'s operation, or `undefined` when the item cannot move that way. */
export function moveStep(
  draft: unknown,
  path: DraftPath,
  direction: 'up' | 'down',
  options: DraftOptions = {},
): DraftOperation | undefined {
  const result = tryMoveStep(draft, path, direction, options)
  return result.ok ? result.operation : undefined
}
