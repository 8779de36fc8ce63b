import { useSyncExternalStore } from 'react'

const never = () => () => {}

/**
 * False on the server and while React hydrates its HTML, true otherwise (at once on a client
 * render, with no second render): for what only the browser knows (what storage holds), which
 * the server's HTML cannot have said, so hydration matches and the browser's words follow.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  )
}
