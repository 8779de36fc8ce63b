import { INTERACTIVE_TYPES, type InteractiveType } from '../schemas/interactive.ts'
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
import type { DraftOperation, DraftRefused } from './draft-operation.ts'
import type { DraftOptions } from './draft-options.ts'
import { type DraftPath, getAt, samePath } from './draft-path.ts'
import { alignedPaths } from './item-operations.ts'
import { keepSetAside, type SetAside } from './set-aside.ts'
import { fixItsWait, type UnparsedText, updateUnparsed } from './unparsed-text.ts'
import { descriptionNodes, locate } from './walk-description.ts'

/**
 * A draft and the stable keys of its repeated items, for a UI that must keep focus and
 * state on an item across edits and moves (React's `key`). Operations move an item's key with
 * it; undo and redo bring back the keys with the draft. Treat it as immutable.
 */
export interface EditorState {
  /** The draft: any interactive object, valid or not, as the form and the JSON tab edit it. */
  readonly draft: unknown
  /** The item keys, by group; read them with `itemKey`. */
  readonly keys: KeyGroups
  /** The number in the next fresh key. */
  readonly nextKey: number
  /**
   * Text typed into a JSON box (the whole draft's JSON at path `[]`, or a JSON field) that
   * gives no value the box accepts: kept here, with its issue, while the draft keeps the last
   * value that parsed. Nothing typed is lost (undo, redo and persistence carry it), and
   * `editorValidation` reports it, so a draft with unparsed text is never sent as if complete.
   */
  readonly unparsed: readonly UnparsedText[]
  /**
   * What a switch hid (the message under another type, a card under another kind, a header's
   * text while it is an image), brought back when that type or option is picked again, with
   * the changes made since; see `keepSetAside`. Not saved; a new draft (`replace`: a file,
   * another tab) forgets it, text typed into the JSON tab (`text` at `[]`) keeps it.
   */
  readonly setAside?: SetAside
}

/**
 * What an editor applies: a draft operation, or text typed into a JSON box (`path` `[]`: the
 * whole draft; else a JSON field). Text that reads as a JSON object replaces the draft or sets
 * the field; empty text leaves an optional field out; other text is kept in `unparsed`.
 */
export type EditorOperation = DraftOperation | { op: 'text'; path: DraftPath; text: string }

/** The outcome of `tryEditorOperation`. */
export type EditorOperationResult = { ok: true; state: EditorState } | ({ ok: false } & DraftRefused)

function reconcile(draft: unknown, keys: KeyGroups, counter: KeyCounter, options: DraftOptions): KeyGroups {
  const type = draftType(draft)
  if (type === undefined) return {}
  return reconcileKeys(descriptionNodes(describeInteractive(type, options)), [], draft, keys, counter)
}

/** An editor state for `draft`, every item with a fresh key. */
export function createEditorState(draft: unknown, options: DraftOptions = {}): EditorState {
  const counter = { next: 1 }
  const keys = reconcile(draft, {}, counter, options)
  return { draft, keys, nextKey: counter.next, unparsed: NONE }
}

const NONE: readonly UnparsedText[] = []

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

/**
 * Applies an operation to the draft and moves the item keys with it; or says why it was
 * refused. Unparsed text stays while the value it was typed over is unchanged. A `fix` is
 * refused (`not_found`) while the JSON tab's text does not parse (`fixItsWait`).
 */
export function tryEditorOperation(
  state: EditorState,
  operation: EditorOperation,
  options: DraftOptions = {},
): EditorOperationResult {
  if (isTextOperation(operation)) {
    const typed = updateUnparsed(state, operation.path, operation.text, options)
    if (!typed.ok) return typed
    const next = { ...state, unparsed: typed.unparsed }
    if (typed.operation === undefined) return { ok: true, state: next }
    const result = tryEditorOperation(next, typed.operation, options)
    // Text typed into the JSON tab edits this draft, as the form does: what a switch set aside
    // stays (a flow's id comes back after buttons); only a draft from elsewhere starts over.
    if (!result.ok || typed.operation.op !== 'replace' || state.setAside === undefined) return result
    return { ok: true, state: { ...result.state, setAside: state.setAside } }
  }
  if (typeof operation === 'object' && operation !== null && operation.op === 'fix' && fixItsWait(state)) {
    return { ok: false, reason: 'not_found' }
  }
  const result = tryDraftOperation(state.draft, operation, options)
  if (!result.ok) return result
  const counter = { next: state.nextKey }
  const mirrored =
    typeof operation === 'object' && operation !== null ? mirror(state, operation, counter, options) : state.keys
  const changed = result.draft !== state.draft
  const typeChange = changed ? typeSwitched(operation) : undefined
  // A new draft (the JSON tab, a file) starts over; another type keeps what the old one held
  // aside (switching back brings it back), but not text left unparsed in it.
  const startsOver = changed && (operation.op === 'replace' || typeChange !== undefined)
  const keyOf = (path: DraftPath) => itemKey(state, path)
  const chosen =
    operation.op === 'choose'
      ? keepSetAside(state.draft, result.draft, operation, state.setAside, options, keyOf)
      : typeChange !== undefined
        ? keepSetAside(state.draft, result.draft, { op: 'setType', type: typeChange }, state.setAside, options, keyOf)
        : { draft: result.draft, setAside: operation.op === 'replace' && changed ? undefined : state.setAside }
  const draft = chosen.draft
  const keys = reconcile(draft, mirrored, counter, options)
  return {
    ok: true,
    state: {
      draft,
      keys,
      nextKey: counter.next,
      unparsed: startsOver ? NONE : keptUnparsed(state, draft, options),
      ...(chosen.setAside === undefined ? {} : { setAside: chosen.setAside }),
    },
  }
}

// The type a `setType` (or a `set` of `type`) switches to.
function typeSwitched(operation: DraftOperation): InteractiveType | undefined {
  if (operation.op === 'setType') return operation.type
  if (operation.op === 'set' && samePath(operation.path, ['type'])) {
    return INTERACTIVE_TYPES.find((type) => type === operation.value)
  }
  return undefined
}

const isTextOperation = (operation: EditorOperation): operation is Extract<EditorOperation, { op: 'text' }> =>
  typeof operation === 'object' && operation !== null && operation.op === 'text'

// Unparsed text stays while the value it was typed over is the same and its field still shows:
// an edit elsewhere keeps it, a change of the draft under it (another type, the JSON tab) ends it.
function keptUnparsed(state: EditorState, draft: unknown, options: DraftOptions): readonly UnparsedText[] {
  if (state.unparsed.length === 0 || draft === state.draft) return state.unparsed
  const type = draftType(draft)
  const description = type === undefined ? undefined : describeInteractive(type, options)
  const kept = state.unparsed.filter(
    ({ path }) =>
      path.length > 0 &&
      getAt(draft, path) === getAt(state.draft, path) &&
      description !== undefined &&
      locate(description, draft, path, 'field') !== undefined,
  )
  return kept.length === state.unparsed.length ? state.unparsed : kept
}

/** `tryEditorOperation`'s new state, or `state` itself when the operation was refused. */
export function applyEditorOperation(
  state: EditorState,
  operation: EditorOperation,
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
