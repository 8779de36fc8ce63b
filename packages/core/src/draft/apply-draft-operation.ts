import { INTERACTIVE_TYPES } from '../schemas/interactive.ts'
import { validateInteractive } from '../validation/validate-interactive.ts'
import { chooseOption } from './choose-option.ts'
import { type DraftOperation, type DraftOperationResult, refuse } from './draft-operation.ts'
import type { DraftOptions } from './draft-options.ts'
import { samePath } from './draft-path.ts'
import { draftFixIts } from './fixes/draft-fix-its.ts'
import { addItem, moveItem, removeItem } from './item-operations.ts'
import { pickType } from './new-draft.ts'
import { type IdFollows, setField } from './set-field.ts'

const isType = (value: unknown) => INTERACTIVE_TYPES.find((type) => type === value)

function run(
  draft: unknown,
  operation: DraftOperation,
  options: DraftOptions,
  idFollows: IdFollows | undefined,
): DraftOperationResult {
  switch (operation.op) {
    case 'set': {
      if (!samePath(operation.path, ['type']))
        return setField(draft, operation.path, operation.value, options, idFollows)
      const type = isType(operation.value)
      return type === undefined ? refuse('invalid_value') : { ok: true, draft: pickType(draft, type, options) }
    }
    case 'setType': {
      const type = isType(operation.type)
      return type === undefined ? refuse('invalid_value') : { ok: true, draft: pickType(draft, type, options) }
    }
    case 'choose':
      return chooseOption(draft, operation.path, operation.value, options)
    case 'add':
      return addItem(draft, operation.path, operation.index, options)
    case 'remove':
      return removeItem(draft, operation.path, options)
    case 'move':
      return moveItem(draft, operation.path, operation.to, options)
    case 'replace':
      return { ok: true, draft: operation.draft }
    case 'fix': {
      const fixes = draftFixIts(draft, validateInteractive(draft, options), options, idFollows)
      const fix = fixes.find(({ id }) => id === operation.id)
      return fix === undefined ? refuse('not_found') : { ok: true, draft: fix.apply(draft) }
    }
    default:
      return refuse('invalid_value')
  }
}

/**
 * Applies one operation to a draft: the new draft (a new object; the one given is never
 * changed), or why the operation was refused (a count at its limit, a path that names
 * nothing). Never throws, whatever the draft or the operation. `idFollows` says which items'
 * ids follow their titles (an `EditorState` passes what it knows); without it, an id equal to
 * the one its title would generate follows.
 *
 * @example
 * const result = tryDraftOperation(draft, { op: 'add', path: ['action', 'buttons'] })
 * if (!result.ok) announce(result.reason, result.limit) // 'too_many', 10
 */
export function tryDraftOperation(
  draft: unknown,
  operation: DraftOperation,
  options: DraftOptions = {},
  idFollows?: IdFollows,
): DraftOperationResult {
  try {
    if (typeof operation !== 'object' || operation === null) return refuse('invalid_value')
    return run(draft, operation, options, idFollows)
  } catch {
    return refuse('invalid_value')
  }
}

/** `tryDraftOperation`'s new draft, or the draft unchanged (the same object) when refused. */
export function applyDraftOperation(draft: unknown, operation: DraftOperation, options: DraftOptions = {}): unknown {
  const result = tryDraftOperation(draft, operation, options)
  return result.ok ? result.draft : draft
}

/** Whether `operation` would change anything; for disabling "Add row" at "10 of 10 rows". */
export function canApplyDraftOperation(draft: unknown, operation: DraftOperation, options: DraftOptions = {}): boolean {
  return tryDraftOperation(draft, operation, options).ok
}
