import {
  applyEditorOperation,
  canApplyDraftOperation,
  coalesceKeyOf,
  createDraft,
  createDraftHistory,
  createEditorState,
  type DraftOperation,
  type DraftOptions,
  type DraftPath,
  type DraftToOpen,
  describeInteractive,
  draftFixIts,
  draftType,
  type EditorOperation,
  type EditorOperationResult,
  type EditorState,
  editorFixIts,
  editorValidation,
  type FixIt,
  type Interactive,
  type InteractiveDescription,
  type InteractiveType,
  type IssueAnchorFinder,
  idFollowsTitle,
  issueAnchors,
  keepsAside,
  type MoveStepResult,
  restoreFollowingIds,
  restoreSetAside,
  restoreUnparsed,
  tryEditorOperation,
  tryMoveStep,
  typedBack,
  unparsedAt,
  type ValidateOptions,
  type ValidationResult,
} from '@briq-interactive/core'
import { sameJson } from '../state/same-json.ts'
import { validateCached } from '../validation/validate-cached.ts'
import { type IssuePlacement, placeIssues } from './derive-issues.ts'
import { createStructureCache, type StructureRoot, structureRootOf } from './structure-cache.ts'

// What the builder places for a draft not given yet (`null`): nothing to flag.
const NO_DRAFT_YET: ValidationResult<Interactive> = { ok: false, issues: [], warnings: [] }

/**
 * What is saved beside a draft (core's `SavedDraft`, `DraftToOpen`): text typed into JSON boxes
 * that did not parse, the items whose ids follow their titles, and what was kept out of sight.
 */
export type KeptBeside = Pick<DraftToOpen<unknown>, 'unparsed' | 'following' | 'setAside'>

/** `state` with what was `kept` beside its draft put back, so a saved draft reads back whole. */
export function restoreKept(state: EditorState, kept: KeptBeside, options: DraftOptions): EditorState {
  const withText = restoreUnparsed(state, kept.unparsed, options)
  return restoreFollowingIds(restoreSetAside(withText, kept.setAside), kept.following, options)
}

/** What the builder's parts render: the editor state and everything derived from it once. */
export interface BuilderSnapshot {
  readonly state: EditorState
  readonly draft: unknown
  readonly type: InteractiveType | undefined
  readonly description: InteractiveDescription | undefined
  /** Core's validation of the draft, with text typed into JSON boxes that does not parse as errors. */
  readonly result: ValidationResult<Interactive>
  /** The fix-its offered: none while the JSON tab's text does not parse (core's `editorFixIts`). */
  readonly fixes: readonly FixIt[]
  /** Whether the draft has fix-its held back until the JSON tab's text parses. */
  readonly fixesWait: boolean
  /**
   * What replaced text in the JSON tab that did not parse, if the present step did: a change in
   * the form (`'form'`) or a new draft from outside (`'draft'`: a controlled `value`, another
   * tab's draft). Undo brings the text back.
   */
  readonly jsonTextReplaced: 'form' | 'draft' | undefined
  readonly placement: IssuePlacement
  /** Which control shows an issue at a path, and where it comes in the form (core's `issueAnchors`). */
  readonly anchorOf: IssueAnchorFinder
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
 * by every part (which select what they show with `useBuilderSelector`).
 */
export interface BuilderModel {
  getSnapshot(): BuilderSnapshot
  subscribe(listener: () => void): () => void
  /** Applies an operation as one undo step (or merged into the last, see `ChangeOptions`). */
  apply(operation: EditorOperation, change?: ChangeOptions): EditorOperationResult
  undo(): boolean
  redo(): boolean
  /**
   * Makes `draft` the present as a new step (a controlled `value` set from outside; another
   * tab's draft, or one set aside, with what was `kept` beside it). Drafts from one `source`
   * (another tab's saves) with nothing else between are one step, however far apart.
   */
  replace(draft: unknown, kept?: KeptBeside, source?: string): void
  /**
   * Puts `draft` in the present step's place (a controlled parent's own version of the draft it
   * was given, e.g. upper-cased): no new step, typing goes on merging into it, and the step
   * still says what it replaced (`jsonTextReplaced`).
   */
  amend(draft: unknown): void
  /** Makes `state` the only step (a restored draft, with any unparsed text it had). */
  reset(state: EditorState): void
  /**
   * Puts a new draft of the present type (core's `createDraft` with the draft options, ids
   * following titles: what a new builder of that type starts with; reply buttons for a type
   * core does not know, as a new builder starts) in the present's place, as
   * one undo step. Text typed into JSON boxes and anything set aside go with the old draft, and
   * Undo brings them back. `false` when the present already is that new draft.
   */
  startOver(): boolean
  /**
   * Whether `state` is a new draft of its type, in the builder's language, with nothing beside it (no JSON text left unparsed,
   * nothing written kept aside by a type switch), or no draft yet (`null`): `startOver` would not
   * change it, or would let go only starter words a switch kept.
   */
  isNew(state: EditorState): boolean
  /**
   * Whether what `state` shows is a new draft of its type in the builder's language, or no draft yet (`null`): `startOver`
   * changes nothing in sight, only lets go what a type switch kept aside (`keepsAside`).
   */
  showsNew(state: EditorState): boolean
  /** Whether `state` is a step `startOver` made. */
  startedOver(state: EditorState): boolean
  setOptions(options: BuilderModelOptions): void
  readonly options: BuilderModelOptions
  /**
   * `compute(draft)` for the present draft, recomputed only when the outermost group array
   * holding `path` (or the type) changes: counts, moves and adds inside one list.
   */
  structural<T>(key: string, root: StructureRoot, compute: (draft: unknown, previous: T | undefined) => T): T
  /** Whether `operation` would change the present draft ("Add row" at 10 of 10 rows cannot); cached per structure. */
  canApply(operation: DraftOperation): boolean
  /** Core's "Move up"/"Move down" operation for the item at `path`, or why it cannot move; cached per structure. */
  moveStep(path: DraftPath, direction: 'up' | 'down'): MoveStepResult
}

/**
 * A builder model starting at `initial`. `now` is the clock that paces typing into undo steps.
 * `idsFollow`: `initial` is the builder's own new draft, whose ids follow their titles; a draft
 * from outside keeps its ids (core's `createEditorState`).
 */
export function createBuilderModel(
  initial: unknown,
  initialOptions: BuilderModelOptions,
  now: () => number = Date.now,
  idsFollow = false,
): BuilderModel {
  let options = initialOptions
  const history = createDraftHistory(createEditorState(initial, options.draft, { idsFollow }), { same: typedBack })
  let snapshot: BuilderSnapshot | undefined
  let derivedFrom: unknown
  let derivedOptions: BuilderModelOptions | undefined
  const listeners = new Set<() => void>()
  // The step that replaced the JSON tab's unparsed text, by what, and its typing key.
  let replacedJson: { state: EditorState; by: 'form' | 'draft'; coalesceKey: string | undefined } | undefined
  // Which control shows an issue depends on the draft's shape only (its items and chosen
  // options); a field's new value keeps the shape, so its state reuses the finder.
  let anchorsOf = new WeakMap<EditorState, IssueAnchorFinder>()
  const cached = createStructureCache(() => history.getSnapshot().present.draft)
  const validate = (draft: unknown): ValidationResult<Interactive> => validateCached(draft, options.validation)
  // A new draft of each type, per options: `isNew` is asked on every change.
  let newDrafts = new Map<InteractiveType, unknown>()
  const newDraftOf = (type: InteractiveType): unknown => {
    if (!newDrafts.has(type)) newDrafts.set(type, createDraft(type, options.draft))
    return newDrafts.get(type)
  }
  const typeToStart = (state: EditorState): InteractiveType => draftType(state.draft) ?? 'button'
  // No draft yet (a host's `value={null}` while it loads one) is not a message to start over from.
  // New in the builder's own language only: a new draft started in another one gives way to this
  // language's, as picking another type for it does (core's `pickType`); Undo brings it back.
  const showsNew = (state: EditorState): boolean =>
    state.unparsed.length === 0 && (state.draft === null || sameJson(state.draft, newDraftOf(typeToStart(state))))
  // A type only looked through kept what a new draft starts with: no work of anyone's goes.
  const isNew = (state: EditorState): boolean => showsNew(state) && !keepsAside(state, options.draft)
  const startedOver = new WeakSet<EditorState>()

  const getSnapshot = (): BuilderSnapshot => {
    const current = history.getSnapshot()
    if (snapshot !== undefined && derivedFrom === current && derivedOptions === options) return snapshot
    const state = current.present
    const draft = state.draft
    const type = draftType(draft)
    const valid = validate(draft)
    const result = editorValidation(valid, state)
    // From the editor's result: a JSON field showing unparsed text gets no fix-it for the value under it.
    const found = draftFixIts(draft, result, options.draft, (itemPath) => idFollowsTitle(state, itemPath))
    const fixes = editorFixIts(state, found)
    const anchorOf = anchorsOf.get(state) ?? issueAnchors(draft, options.draft)
    anchorsOf.set(state, anchorOf)
    // No draft yet (a host's `value={null}` while it loads one): nothing anyone wrote is wrong, so
    // core's "must be an object" is not shown; text typed in the JSON tab still is.
    const shown = draft === null && state.unparsed.length === 0 ? NO_DRAFT_YET : result
    const placement = placeIssues(draft, shown, fixes, options.draft, snapshot?.placement, anchorOf)
    snapshot = {
      state,
      draft,
      type,
      // Per type and options: a keystroke keeps the type, so it keeps the description.
      description:
        snapshot !== undefined && snapshot.type === type && derivedOptions === options
          ? snapshot.description
          : type === undefined
            ? undefined
            : describeInteractive(type, options.validation),
      result,
      fixes,
      fixesWait: fixes.length < found.length,
      jsonTextReplaced: replacedJson?.state === state ? replacedJson.by : undefined,
      placement,
      anchorOf,
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
      if (result.ok && (result.state.draft !== present.draft || result.state.unparsed !== present.unparsed)) {
        const sameShape =
          (operation.op === 'set' || (operation.op === 'text' && operation.path.length > 0)) &&
          operation.path[0] !== 'type'
        const finder = anchorsOf.get(present)
        if (sameShape && finder !== undefined) anchorsOf.set(result.state, finder)
        const coalesceKey = change.coalesceKey ?? coalesceKeyOf(operation)
        // The JSON tab's own text, or a file opened there, replaces that text in view; a change
        // in the form (a JSON field's text too) is said (`jsonTextReplaced`).
        const replacing =
          !(operation.op === 'text' && operation.path.length === 0) &&
          operation.op !== 'replace' &&
          unparsedAt(present, []) !== undefined &&
          unparsedAt(result.state, []) === undefined
        // Typing on in the same field keeps saying so.
        const typingOn =
          replacedJson?.state === present && coalesceKey !== undefined && replacedJson.coalesceKey === coalesceKey
        replacedJson = replacing || typingOn ? { state: result.state, by: 'form', coalesceKey } : undefined
        history.record(result.state, { at: now(), coalesceKey })
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
    replace(draft, kept, source) {
      const present = history.getSnapshot().present
      if (present.draft === draft && (kept?.unparsed.length ?? 0) === 0) return
      const replaced = applyEditorOperation(present, { op: 'replace', draft }, options.draft)
      const next = kept === undefined ? replaced : restoreKept(replaced, kept, options.draft)
      // Replaced by the new draft, or by the text it brings (another tab's own unparsed text).
      const shown = unparsedAt(present, [])
      const replacing = shown !== undefined && unparsedAt(next, [])?.text !== shown.text
      const coalesceKey = source === undefined ? undefined : `source:${source}`
      // A step the source goes on with still says what it replaced: one undo brings it back.
      const goingOn =
        replacedJson?.state === present && coalesceKey !== undefined && replacedJson.coalesceKey === coalesceKey
      replacedJson = replacing || goingOn ? { state: next, by: 'draft', coalesceKey } : undefined
      history.record(next, { at: now(), coalesceKey, untimed: true })
    },
    amend(draft) {
      const present = history.getSnapshot().present
      if (present.draft === draft) return
      const amended = applyEditorOperation(present, { op: 'replace', draft }, options.draft)
      // The parent's version of a change is still that change: what it replaced stays said.
      if (replacedJson?.state === present) replacedJson = { ...replacedJson, state: amended }
      history.amend(amended)
    },
    reset(state) {
      history.reset(state)
    },
    startOver() {
      const present = history.getSnapshot().present
      if (isNew(present)) return false
      // A fresh draft, not the cached one: a host may keep and change the draft it is given.
      const fresh = createEditorState(createDraft(typeToStart(present), options.draft), options.draft, {
        idsFollow: true,
      })
      startedOver.add(fresh)
      // As opening a file: the JSON tab's text gives way unsaid, and Undo brings it back.
      replacedJson = undefined
      history.record(fresh, { at: now() })
      return true
    },
    isNew,
    showsNew,
    startedOver: (state) => startedOver.has(state),
    setOptions(next) {
      if (next === options) return
      options = next
      newDrafts = new Map()
      cached.clear()
      anchorsOf = new WeakMap()
      notify()
    },
    structural: cached.get,
    canApply(operation) {
      const path = 'path' in operation ? operation.path : []
      return cached.get(`can:${JSON.stringify(operation)}`, structureRootOf(path), (draft) =>
        canApplyDraftOperation(draft, operation, options.draft),
      )
    },
    moveStep(path, direction) {
      return cached.get(`move:${direction}:${path.join('.')}`, structureRootOf(path), (draft) =>
        tryMoveStep(draft, path, direction, options.draft),
      )
    },
    get options() {
      return options
    },
  }
}
