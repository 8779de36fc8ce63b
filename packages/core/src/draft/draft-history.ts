import type { EditorOperation, EditorState } from './editor-state.ts'
import { sameValue } from './held-options.ts'

/** Options of `createDraftHistory`. */
export interface DraftHistoryOptions<T = unknown> {
  /** The most undo steps kept; the oldest go first. Default 100. */
  maxDepth?: number | undefined
  /** Edits of the same field at most this far apart (ms) are one undo step. Default 1000. */
  pauseMs?: number | undefined
  /**
   * Whether a merged step of `coalesceKey` ended as the step before it. Such a step (a letter
   * typed, then deleted) is no step: an undo that changed nothing would cost a press and say a
   * change that is not there. Default: the same value (`Object.is`), or for a form field's step
   * (`coalesceKeyOf`'s `set:` keys) an equal one (`typedBack`), so a history over editor states
   * drops it untold; `Object.is` alone keeps every step.
   */
  same?: ((before: T, now: T, coalesceKey: string) => boolean) | undefined
}

/** How one value entered the history. */
export interface RecordOptions {
  /** When it happened (ms, e.g. `Date.now()`; injected so tests are exact). */
  at: number
  /** Consecutive records with the same key within `pauseMs` merge into one step (typing into one field). */
  coalesceKey?: string | undefined
  /**
   * With `coalesceKey`: merges with the last step of that key however long ago, as long as
   * nothing else was recorded or undone since (drafts another tab saved, one per its own save,
   * are one step here: they never push this tab's own steps out of the history).
   */
  untimed?: boolean | undefined
}

/** What a UI renders: the present value and whether undo and redo are possible. */
export interface DraftHistorySnapshot<T> {
  /** The value now (what the form shows). */
  readonly present: T
  /** Whether there is a step to undo. */
  readonly canUndo: boolean
  /** Whether there is an undone step to redo. */
  readonly canRedo: boolean
}

/** Undo/redo over values (drafts or `EditorState`s), framework-free; subscribe with `useSyncExternalStore`. */
export interface DraftHistory<T> {
  /** The present value and the undo/redo flags; the same object until something changes. */
  getSnapshot(): DraftHistorySnapshot<T>
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
  /** Makes `value` the present, as a new step or merged into the last one (see `RecordOptions`); clears redo. */
  record(value: T, options: RecordOptions): void
  /**
   * Puts `value` in the present step's place: no new step, undo and redo kept, and the next
   * record still merges into it (a controlled parent's own version of the value it was given).
   */
  amend(value: T): void
  /** Steps back; returns the new present (unchanged when there is nothing to undo). */
  undo(): T
  /** Steps forward again; returns the new present. */
  redo(): T
  /** Whether there is a step to undo (as the snapshot's `canUndo`). */
  canUndo(): boolean
  /** Whether there is an undone step to redo (as the snapshot's `canRedo`). */
  canRedo(): boolean
  /** Forgets every step: `value` becomes the only one (a draft loaded from a file or another tab). */
  reset(value: T): void
}

/**
 * An undo/redo history. Typing is one step per pause: records with the same `coalesceKey`
 * at most `pauseMs` apart replace the last step instead of adding one.
 *
 * @example
 * const history = createDraftHistory(createEditorState(createDraft('button')))
 * history.record(next, { at: Date.now(), coalesceKey: coalesceKeyOf(operation) })
 * history.undo()
 */
export function createDraftHistory<T>(initial: T, options: DraftHistoryOptions<T> = {}): DraftHistory<T> {
  const maxDepth = Math.max(1, options.maxDepth ?? 100)
  const pauseMs = options.pauseMs ?? 1000
  const same = options.same ?? typedBackOrSame
  let past: T[] = []
  let present = initial
  let future: T[] = []
  let last: { key: string; at: number } | undefined
  const listeners = new Set<() => void>()
  let snapshot: DraftHistorySnapshot<T> = { present, canUndo: false, canRedo: false }

  const changed = () => {
    snapshot = { present, canUndo: past.length > 0, canRedo: future.length > 0 }
    for (const listener of [...listeners]) listener()
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    record(value, { at, coalesceKey, untimed = false }) {
      if (Object.is(value, present)) return
      const merge =
        coalesceKey !== undefined &&
        last !== undefined &&
        last.key === coalesceKey &&
        (untimed || (at - last.at >= 0 && at - last.at <= pauseMs))
      future = []
      if (merge && past.length > 0 && same(past[past.length - 1] as T, value, coalesceKey)) {
        // Back where the step began: the step goes, and typing on starts a new one.
        present = past.pop() as T
        last = undefined
        changed()
        return
      }
      if (!merge) {
        past.push(present)
        if (past.length > maxDepth) past = past.slice(past.length - maxDepth)
      }
      present = value
      last = coalesceKey === undefined ? undefined : { key: coalesceKey, at }
      changed()
    },
    amend(value) {
      if (Object.is(value, present)) return
      present = value
      changed()
    },
    undo() {
      if (past.length === 0) return present
      future.push(present)
      present = past.pop() as T
      last = undefined
      changed()
      return present
    },
    redo() {
      if (future.length === 0) return present
      past.push(present)
      present = future.pop() as T
      last = undefined
      changed()
      return present
    },
    canUndo: () => past.length > 0,
    canRedo: () => future.length > 0,
    reset(value) {
      past = []
      future = []
      present = value
      last = undefined
      changed()
    },
  }
}

/** The `coalesceKey` for an operation: a `set` of one field merges with the next set of that field; everything else is a step of its own. */
export function coalesceKeyOf(operation: EditorOperation): string | undefined {
  return operation.op === 'set' || operation.op === 'text'
    ? `${operation.op}:${operation.path.join('\u0000')}`
    : undefined
}

/**
 * Whether typing into one form field (a `set` step) ended as it began: the same draft, keys and
 * set-aside values as the step before (`createDraftHistory`'s default `same` asks it). Text
 * typed into a JSON box is never back: the box shows its own spacing, which the state does not hold.
 */
export function typedBack(before: EditorState, now: EditorState, coalesceKey: string): boolean {
  return coalesceKey.startsWith('set:') && sameValue(before, now)
}

// A history's values are editor states in the kit's use; equal plain data of any other kind
// under a form field's key is no change either, and a value of its own kind is compared as itself.
const typedBackOrSame = (before: unknown, now: unknown, coalesceKey: string): boolean =>
  Object.is(before, now) || typedBack(before as EditorState, now as EditorState, coalesceKey)
