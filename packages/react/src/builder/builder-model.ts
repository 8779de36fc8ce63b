import {
  applyEditorOperation,
  canApplyDraftOperation,
  coalesceKeyOf,
  moveStep as coreMoveStep,
  createDraftHistory,
  createEditorState,
  type DraftOperation,
  type DraftOptions,
  type DraftPath,
  describeInteractive,
  draftFixIts,
  draftType,
  draftValueAt,
  type EditorOperationResult,
  type EditorState,
  type FixIt,
  type Interactive,
  type InteractiveDescription,
  type InteractiveType,
  tryEditorOperation,
  type ValidateOptions,
  type ValidationResult,
} from '@briq-interactive/core'
import { validateCached } from '../validation/validate-cached.ts'
import { type IssuePlacement, placeIssues } from './derive-issues.ts'

/** What the builder's parts render: the editor state and everything derived from it once. */
export interface BuilderSnapshot {
  readonly state: EditorState
  readonly draft: unknown
  readonly type: InteractiveType | undefined
  readonly description: InteractiveDescription | undefined
  readonly result: ValidationResult<Interactive>
  readonly fixes: readonly FixIt[]
  readonly placement: IssuePlacement
  readonly canUndo: boolean
  readonly canRedo: boolean
}

/** The options the model applies: the validators' and the starter words of new drafts. */
export interface BuilderModelOptions {
  validation: ValidateOptions
  draft: DraftOptions
}

/** How a change entered the model. */
export interface ChangeOptions {
  /** Consecutive changes with the same key within a pause are one undo step (typing). */
  coalesceKey?: string | undefined
}

/**
 * The builder's state outside React: core's undo history of editor states, plus the validation
 * result, fix-its and placed issues of the present draft, computed once per change and shared
 * by every part (which subscribe with `useSyncExternalStore` and select what they show).
 */
export interface BuilderModel {
  getSnapshot(): BuilderSnapshot
  subscribe(listener: () => void): () => void
  /** Applies an operation as one undo step (or merged into the last, see `ChangeOptions`). */
  apply(operation: DraftOperation, change?: ChangeOptions): EditorOperationResult
  undo(): boolean
  redo(): boolean
  /** Makes `draft` the present as a new step (a controlled `value` set from outside, another tab's draft). */
  replace(draft: unknown): void
  /** Makes `draft` the only step (a restored draft). */
  reset(draft: unknown): void
  setOptions(options: BuilderModelOptions): void
  readonly options: BuilderModelOptions
  /** The JSON tab's text while it does not parse, kept across tab switches (the draft it was typed over). */
  jsonEdit: { source: unknown; text: string } | undefined
  /**
   * `compute(draft)` for the present draft, recomputed only when the outermost group array
   * holding `path` (or the type) changes: counts, moves and adds inside one list.
   */
  structural<T>(key: string, path: DraftPath, compute: (draft: unknown) => T): T
  /** Whether `operation` would change the present draft ("Add row" at 10 of 10 rows cannot); cached per structure. */
  canApply(operation: DraftOperation): boolean
  /** Core's "Move up"/"Move down" operation for the item at `path`, if it can move; cached per structure. */
  moveStep(path: DraftPath, direction: 'up' | 'down'): DraftOperation | undefined
}

// What an add, remove or move depends on lies inside the outermost group array holding the
// path (the sections of a row, the cards of a quick reply): while that array is the same
// object, the answer is the same, so typing elsewhere never recomputes it.
function structureRoot(draft: unknown, path: DraftPath): unknown {
  const index = path.findIndex((key) => typeof key === 'number')
  return draftValueAt(draft, index === -1 ? path : path.slice(0, index))
}

interface Cached<T> {
  type: unknown
  root: unknown
  value: T
}

/** A builder model starting at `initial`. `now` is the clock that paces typing into undo steps. */
export function createBuilderModel(
  initial: unknown,
  initialOptions: BuilderModelOptions,
  now: () => number = Date.now,
): BuilderModel {
  let options = initialOptions
  const history = createDraftHistory(createEditorState(initial, options.draft))
  let snapshot: BuilderSnapshot | undefined
  let derivedFrom: unknown
  let derivedOptions: BuilderModelOptions | undefined
  const listeners = new Set<() => void>()
  const cache = new Map<string, Cached<unknown>>()
  // The type and the group roots of the present draft, found once per draft for every selector.
  interface Roots {
    draft: unknown
    type: unknown
    roots: Map<string, unknown>
  }
  let rootsOf: Roots | undefined
  const cached = <T>(key: string, path: DraftPath, compute: (draft: unknown) => T): T => {
    const draft = history.getSnapshot().present.draft
    const present: Roots =
      rootsOf !== undefined && rootsOf.draft === draft ? rootsOf : { draft, type: draftType(draft), roots: new Map() }
    rootsOf = present
    const { type, roots } = present
    const at = path.findIndex((step) => typeof step === 'number')
    const rootKey = (at === -1 ? path : path.slice(0, at)).join('.')
    let root = roots.get(rootKey)
    if (root === undefined && !roots.has(rootKey)) {
      root = structureRoot(draft, path)
      roots.set(rootKey, root)
    }
    const hit = cache.get(key)
    if (hit !== undefined && hit.type === type && hit.root === root && root !== undefined) return hit.value as T
    const value = compute(draft)
    cache.set(key, { type, root, value })
    return value
  }
  const validate = (draft: unknown): ValidationResult<Interactive> => validateCached(draft, options.validation)

  const getSnapshot = (): BuilderSnapshot => {
    const current = history.getSnapshot()
    if (snapshot !== undefined && derivedFrom === current && derivedOptions === options) return snapshot
    const state = current.present
    const draft = state.draft
    const type = draftType(draft)
    const result = validate(draft)
    const fixes = draftFixIts(draft, result, options.draft)
    const placement = placeIssues(draft, result, fixes, options.draft, snapshot?.placement)
    snapshot = {
      state,
      draft,
      type,
      description: type === undefined ? undefined : describeInteractive(type, options.validation),
      result,
      fixes,
      placement,
      canUndo: current.canUndo,
      canRedo: current.canRedo,
    }
    derivedFrom = current
    derivedOptions = options
    return snapshot
  }

  const notify = () => {
    for (const listener of [...listeners]) listener()
  }
  history.subscribe(notify)

  return {
    getSnapshot,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    apply(operation, change = {}) {
      const present = history.getSnapshot().present
      const result = tryEditorOperation(present, operation, options.draft)
      if (result.ok && result.state.draft !== present.draft) {
        history.record(result.state, { at: now(), coalesceKey: change.coalesceKey ?? coalesceKeyOf(operation) })
      }
      return result
    },
    undo() {
      if (!history.canUndo()) return false
      history.undo()
      return true
    },
    redo() {
      if (!history.canRedo()) return false
      history.redo()
      return true
    },
    replace(draft) {
      const present = history.getSnapshot().present
      if (present.draft === draft) return
      history.record(applyEditorOperation(present, { op: 'replace', draft }, options.draft), { at: now() })
    },
    reset(draft) {
      history.reset(createEditorState(draft, options.draft))
    },
    setOptions(next) {
      if (next === options) return
      options = next
      cache.clear()
      notify()
    },
    jsonEdit: undefined,
    structural: cached,
    canApply(operation) {
      const path = 'path' in operation ? operation.path : []
      return cached(`can:${JSON.stringify(operation)}`, path, (draft) =>
        canApplyDraftOperation(draft, operation, options.draft),
      )
    },
    moveStep(path, direction) {
      return cached(`move:${direction}:${path.join('.')}`, path, (draft) =>
        coreMoveStep(draft, path, direction, options.draft),
      )
    },
    get options() {
      return options
    },
  }
}
