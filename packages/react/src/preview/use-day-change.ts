import { useEffect, useReducer } from 'react'

/** The next local midnight after `now`: a day can last 23 or 25 hours across a DST change. */
const nextMidnight = (now: Date): number => new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime()

/**
 * Renders the component again when the local day changes, for text worded with
 * `formatDayTime` against the clock: "15:53 tomorrow" reads "15:53 today" after midnight while
 * the page stays open.
 */
export function useDayChange(): void {
  const [turn, next] = useReducer((count: number) => count + 1, 0)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `turn` schedules the next wake-up after each one.
  useEffect(() => {
    const now = Date.now()
    const timer = setTimeout(next, nextMidnight(new Date(now)) - now)
    return () => clearTimeout(timer)
  }, [turn])
}
