import { useCallback, useEffect, useRef, useState } from 'react'
import { useModeSwitchWarning } from './use-mode-switch-warning.ts'

/** What {@link useControllableState} reads. */
export interface ControllableStateOptions<T> {
  /** The controlled value; `undefined` means uncontrolled (use `null` for a controlled "nothing"). */
  value: T | undefined
  /** Where an uncontrolled value starts. */
  defaultValue: T
  /** Called on every change, controlled or not. */
  onChange?: ((next: T) => void) | undefined
  /** Names the component and prop in the development warning as `propOf` does, e.g. `<SendDialog.Root open>`. */
  name: string
}

/**
 * A value that is controlled while `value` is defined and uncontrolled (starting at
 * `defaultValue`) otherwise; `onChange` is called on every change either way. The setter is
 * stable and ignores a value equal (`Object.is`) to the current one.
 *
 * Like React's own inputs, a component must not switch between controlled and uncontrolled
 * during its life: in development the switch is reported once with `console.error`, and the
 * value then follows whichever mode the props give.
 */
export function useControllableState<T>({
  value,
  defaultValue,
  onChange,
  name,
}: ControllableStateOptions<T>): [T, (next: T) => void] {
  const [own, setOwn] = useState(defaultValue)
  const controlled = value !== undefined
  const current = controlled ? value : own
  const latest = useRef({ controlled, current, onChange })
  latest.current = { controlled, current, onChange }

  const wasControlled = useRef(controlled)
  const lastControlled = useRef(value)
  if (controlled) lastControlled.current = value
  useEffect(() => {
    if (wasControlled.current === controlled) return
    wasControlled.current = controlled
    // Left uncontrolled, the value carries on from where the parent left it, as an input's does.
    if (!controlled) setOwn(lastControlled.current as T)
  }, [controlled])
  useModeSwitchWarning(controlled, name)

  const set = useCallback((next: T) => {
    const { controlled: isControlled, current: previous, onChange: notify } = latest.current
    if (Object.is(next, previous)) return
    if (!isControlled) setOwn(next)
    notify?.(next)
  }, [])
  return [current, set]
}
