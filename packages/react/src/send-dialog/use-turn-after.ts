import { MAX_TIMER_MS } from '@briq-interactive/core'
import { useEffect } from 'react'

/** The reducer of a look-up's revision: `useReducer(nextRevision, 0)` gives one to turn. */
export const nextRevision = (revision: number): number => revision + 1

/**
 * Calls `turn` once `moment` (still ahead) has passed, to look up again what changes then: a
 * 24-hour window Briq said closes at 15:54 is asked about again at 15:54, so its note never says
 * "open until 15:54 today" at 16:00. Briq's next answer decides, not this machine's clock; a
 * moment already past (a clock that is wrong) asks nothing.
 */
export function useTurnAfter(moment: Date | undefined, turn: () => void): void {
  const at = moment?.getTime()
  // biome-ignore lint/correctness/useExhaustiveDependencies: `turn` is a reducer's dispatch, stable.
  useEffect(() => {
    if (at === undefined || Number.isNaN(at)) return
    const wait = at - Date.now()
    if (wait <= 0) return
    // A second past it, so a server whose clock trails this one's by less has closed it too. A
    // timer fires at once past core's MAX_TIMER_MS (about 24.8 days): a later moment (never a
    // 24-hour window's) turns early, once, rather than at once.
    const timer = setTimeout(turn, Math.min(wait + 1000, MAX_TIMER_MS))
    return () => clearTimeout(timer)
  }, [at])
}
