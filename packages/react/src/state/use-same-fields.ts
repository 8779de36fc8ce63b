import { useRef } from 'react'

/**
 * `value`, or the object this hook returned last while each of its fields is the same
 * (`Object.is`): a context value built as a new object on every render keeps its identity until a
 * field changes, and React renders the parts reading it only then.
 */
export function useSameFields<T extends object>(value: T): T {
  const kept = useRef(value)
  const before = kept.current as Record<string, unknown>
  const now = value as Record<string, unknown>
  const keys = Object.keys(now)
  const same = keys.length === Object.keys(before).length && keys.every((key) => Object.is(now[key], before[key]))
  if (same) return kept.current
  kept.current = value
  return value
}
