import { useSyncExternalStore } from 'react'

const never = () => () => {}
// The same readers on every render: a new one would have React queue an effect after each commit
// of the part to read it again, and post a task to run it (a field, after every keystroke).
const inBrowser = () => true
const onServer = () => false

/**
 * False on the server and while React hydrates its HTML, true otherwise (at once on a client
 * render, with no second render): for what only the browser knows (what storage holds), which
 * the server's HTML cannot have said, so hydration matches and the browser's words follow.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(never, inBrowser, onServer)
}
