import { useCallback, useRef, useState } from 'react'

/**
 * A value that is controlled when `value` is defined and uncontrolled (starting at
 * `defaultValue`) otherwise; `onChange` is called on every change either way.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((next: T) => void) | undefined,
): [T, (next: T) => void] {
  const [own, setOwn] = useState(defaultValue)
  const controlled = value !== undefined
  const current = controlled ? value : own
  const latest = useRef({ controlled, current, onChange })
  latest.current = { controlled, current, onChange }
  const set = useCallback((next: T) => {
    const { controlled: isControlled, current: previous, onChange: notify } = latest.current
    if (Object.is(next, previous)) return
    if (!isControlled) setOwn(next)
    notify?.(next)
  }, [])
  return [current, set]
}
