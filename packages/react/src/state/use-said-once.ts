import { useCallback, useRef } from 'react'

/**
 * What a development warning has said in this component's life: `firstTime(what)` is true the
 * first time it is asked about `what` (a pair of props, a list of ignored options), false ever
 * after, so a warning about a host's mistake is written once, not on every render that repeats it.
 * The function keeps its identity across renders; call it inside an effect, as it remembers.
 */
export function useSaidOnce(): (what: string) => boolean {
  const said = useRef<Set<string> | null>(null)
  return useCallback((what: string) => {
    said.current ??= new Set()
    if (said.current.has(what)) return false
    said.current.add(what)
    return true
  }, [])
}
