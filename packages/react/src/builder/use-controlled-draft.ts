import type { Interactive, ValidationResult } from '@briq-interactive/core'
import { useCallback, useRef, useSyncExternalStore } from 'react'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'
import type { BuilderModel } from './builder-model.ts'

const sameJson = (a: unknown, b: unknown): boolean => {
  try {
    return JSON.stringify(a) === JSON.stringify(b)
  } catch {
    return false
  }
}

/**
 * `value` / `onValueChange` for the builder's model. Returns `emit(revert)`, which reports the
 * present draft and remembers how to take it back. Controlled (`value` given), the form shows
 * `value`: a change the parent did not take back into `value` is reverted, and a value set from
 * outside is a step of its own, so it can be undone.
 */
export function useControlledDraft(
  model: BuilderModel,
  value: unknown,
  onValueChange: ((draft: unknown, result: ValidationResult<Interactive>) => void) | undefined,
): (revert: () => void) => void {
  const latest = useRef(onValueChange)
  latest.current = onValueChange
  const controlled = value !== undefined
  const emitted = useRef<{ draft: unknown; revert: () => void } | undefined>(undefined)
  // Controlled, the root re-renders with each draft, to compare it with `value`.
  const shown = useSyncExternalStore(
    model.subscribe,
    () => (controlled ? model.getSnapshot().draft : undefined),
    () => undefined,
  )
  useClientLayoutEffect(() => {
    if (value === undefined) return
    let present = model.getSnapshot().draft
    if (value === present) {
      emitted.current = undefined
      return
    }
    if (emitted.current !== undefined && emitted.current.draft === present) {
      emitted.current.revert()
      present = model.getSnapshot().draft
    }
    emitted.current = undefined
    if (value !== present && !sameJson(value, present)) model.replace(value)
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
