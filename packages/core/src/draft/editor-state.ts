import { tryDraftOperation } from './apply-draft-operation.ts'
import { describeInteractive, draftType } from './describe-interactive.ts'
import {
  freshKey,
  type ItemKeys,
  itemKeysAt,
  type KeyCounter,
  type KeyGroups,
  reconcileKeys,
  updateGroupKeys,
} from './draft-keys.ts'
import type { DraftOperation, DraftRefusal } from './draft-operation.ts'
import type { DraftOptions } from './draft-options.ts'
import { type DraftPath, getAt } from './draft-path.ts'
import { alignedPaths } from './item-operations.ts'
import { descriptionNodes, locate } from './walk-description.ts'

/**
 * A draft and the stable keys of its repeated items, for a UI that must keep focus and
 * state on an item across edits and moves (React's `key`). Operations move an item's key with
 * it; undo and redo bring back the keys with the draft. Treat it as immutable.
 */
export interface EditorState {
  readonly draft: unknown
  /** The item keys, by group; read them with `itemKey`. */
  readonly keys: KeyGroups
  /** The number in the next fresh key. */
  readonly nextKey: number
}

/** The outcome of `tryEditorOperation`. */
export type EditorOperationResult =
  | { ok: true; state: EditorState }
  | { ok: false; reason: DraftRefusal; limit?: number }

function reconcile(draft: unknown, keys: KeyGroups, counter: KeyCounter, options: DraftOptions): KeyGroups {
  const type = draftType(draft)
  if (type === undefined) return {}
  return reconcileKeys(descriptionNodes(describeInteractive(type, options)), [], draft, keys, counter)
}

/** An editor state for `draft`, every item with a fresh key. */
export function createEditorState(draft: unknown, options: DraftOptions = {}): EditorState {
  const counter = { next: 1 }
  const keys = reconcile(draft, {}, counter, options)
  return { draft, keys, nextKey: counter.next }
}

// The group arrays an add or remove touches: quick replies change on every card at once.
function touchedGroups(draft: unknown, groupPath: DraftPath, options: DraftOptions): DraftPath[] {
  const type = draftType(draft)
  const group =
    type === undefined ? undefined : locate(describeInteractive(type, options), draft, groupPath, 'group')?.node
  return alignedPaths(draft, groupPath, group)
}

function mirror(state: EditorState, operation: DraftOperation, counter: KeyCounter, options: DraftOptions): KeyGroups {
  const { draft, keys } = state
  switch (operation.op) {
    case 'add': {
      const length = (getAt(draft, operation.path) as unknown[] | undefined)?.length ?? 0
      const at = operation.index ?? length
      return touchedGroups(draft, operation.path, options).reduce(
        (next, path) =>
          updateGroupKeys(next, path, (items) => [...items.slice(0, at), freshKey(counter), ...items.slice(at)]),
        keys,
      )
    }
    case 'remove': {
      const index = operation.path.at(-1)
      return touchedGroups(draft, operation.path.slice(0, -1), options).reduce(
        (next, path) => updateGroupKeys(next, path, (items) => items.filter((_, i) => i !== index)),
        keys,
      )
    }
    case 'move': {
      const from = operation.path.at(-1)
      const to = operation.to.at(-1)
      const moved: ItemKeys | undefined = itemKeysAt(keys, operation.path)
      if (typeof from !== 'number' || typeof to !== 'number' || moved === undefined) return keys
      const without = updateGroupKeys(keys, operation.path.slice(0, -1), (items) => items.filter((_, i) => i !== from))
      return updateGroupKeys(without, operation.to.slice(0, -1), (items) => [
        ...items.slice(0, to),
        moved,
        ...items.slice(to),
      ])
    }
    default:
      return keys
  }
}

/** Applies an operation to the draft and moves the item keys with it; or says why it was refused. */
export function tryEditorOperation(
  state: EditorState,
  operation: DraftOperation,
  options: DraftOptions = {},
): EditorOperationResult {
  const result = tryDraftOperation(state.draft, operation, options)
  if (!result.ok) return result
  const counter = { next: state.nextKey }
  const mirrored =
    typeof operation === 'object' && operation !== null ? mirror(state, operation, counter, options) : state.keys
  const keys = reconcile(result.draft, mirrored, counter, options)
  return { ok: true, state: { draft: result.draft, keys, nextKey: counter.next } }
}

/** `tryEditorOperation`'s new state, or `state` itself when the operation was refused. */
export function applyEditorOperation(
  state: EditorState,
  operation: DraftOperation,
  options: DraftOptions = {},
): EditorState {
  const result = tryEditorOperation(state, operation, options)
  return result.ok ? result.state : state
}

/**
 * The stable key of the item at `path` (`["action", "sections", 0, "rows", 2]`), for React's
 * `key`. A path the state does not key gets a key made from the path, so it never throws.
 */
export function itemKey(state: EditorState, path: DraftPath): string {
  return itemKeysAt(state.keys, path)?.key ?? `path:${path.join('.')}`
}
