import type { Interactive, ValidationResult } from '@briq-interactive/core'
import { useCallback, useRef } from 'react'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'
import { sameJson } from '../state/same-json.ts'
import { useModeSwitchWarning } from '../state/use-mode-switch-warning.ts'
import { useModelSelector } from './builder-context.ts'
import type { BuilderModel } from './builder-model.ts'

/**
 * `value` / `onValueChange` for the builder's model. Returns `emit(revert)`, which reports the
 * present draft and remembers how to take it back. Controlled (`value` given), the form shows
 * `value`: a change the parent did not take back into `value` is reverted; a new `value` given
 * in answer to a change (the parent's own version of it: upper-cased, copied) takes that change's
 * place in the history, so typing stays one undo step per pause and undo stays undo; a value set
 * from outside is a step of its own, so it can be undone. Like React's inputs, the builder should
 * not switch between controlled and uncontrolled: in development that is reported once (`name`
 * names the prop), and the draft then carries on from what it shows.
 */
export function useControlledDraft(
  model: BuilderModel,
  value: unknown,
  onValueChange: ((draft: unknown, result: ValidationResult<Interactive>) => void) | undefined,
  name: string,
): (revert: () => void) => void {
  const latest = useRef(onValueChange)
  latest.current = onValueChange
  const controlled = value !== undefined
  useModeSwitchWarning(controlled, name)
  const emitted = useRef<{ draft: unknown; revert: () => void } | undefined>(undefined)
  const seenValue = useRef(value)
  // Controlled, the root re-renders with each draft, to compare it with `value` (followed as the
  // parts follow the model: not with `useSyncExternalStore`, see `useModelSelector`).
  const shown = useModelSelector(model, (snapshot) => (controlled ? snapshot.draft : undefined))
  useClientLayoutEffect(() => {
    const previous = seenValue.current
    const answered = value !== previous
    seenValue.current = value
    if (value === undefined) return
    let present = model.getSnapshot().draft
    const pending = emitted.current
    emitted.current = undefined
    if (value === present) return
    if (pending !== undefined && pending.draft === present) {
      if (answered) {
        // A change that left the draft as the parent had it (text typed into the JSON tab that
        // does not parse) asks for no answer: a new value then is a new draft, a step of its own,
        // so undo brings that text back.
        if (!sameJson(present, previous)) {
          model.amend(value)
          return
        }
      } else {
        pending.revert()
        present = model.getSnapshot().draft
      }
    }
    if (value === present || sameJson(value, present)) return
    // The host's first draft over none (`null` while it loaded) is where the history starts.
    if (present === null && !model.getSnapshot().canUndo) model.amend(value)
    else model.replace(value)
  }, [model, value, shown])

  return useCallback(
    (revert: () => void) => {
      const snapshot = model.getSnapshot()
      emitted.current = { draft: snapshot.draft, revert }
      latest.current?.(snapshot.draft, snapshot.result)
    },
    [model],
  )
}
