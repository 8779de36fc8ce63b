import { useEffect, useRef } from 'react'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'
import type { BuilderTab } from './builder-context.ts'

/** Where the tab a builder with `persistKey` shows is kept: beside its draft's key. */
export const tabKey = (persistKey: string): string => `${persistKey}:tab`

/** This browser tab's session storage, or undefined where it is blocked or absent (a server). */
function sessionTabs(): Storage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined
  } catch {
    return undefined
  }
}

function readTab(key: string): BuilderTab | undefined {
  try {
    const stored = sessionTabs()?.getItem(key)
    return stored === 'json' || stored === 'form' ? stored : undefined
  } catch {
    return undefined
  }
}

function writeTab(key: string, tab: BuilderTab, defaultTab: BuilderTab): void {
  try {
    const storage = sessionTabs()
    // Only a tab other than the one the builder opens on anyway is kept.
    if (tab !== defaultTab) storage?.setItem(key, tab)
    else storage?.removeItem(key)
  } catch {
    // A full or blocked storage: the tab is not kept, as the draft says of itself.
  }
}

/**
 * With `persistKey`, the view a reload comes back to is the one left (the JSON tab where it was
 * showing, or the form left for it where `defaultTab` is the JSON tab), as the draft and its
 * unparsed JSON text come back. Kept in this browser tab's session
 * (`<persistKey>:tab` in `sessionStorage`), not beside the draft in `localStorage`: another
 * browser tab keeps its own view of the same draft. Read after the first render (a server's
 * HTML shows the form, and hydration must match it), and only while the tab is uncontrolled.
 */
export function usePersistedTab(
  persistKey: string | undefined,
  tab: BuilderTab,
  setTab: (tab: BuilderTab) => void,
  { controlled, defaultTab }: { controlled: boolean; defaultTab: BuilderTab },
): void {
  // The key whose stored tab was read: a key given (or changed) later is read anew, as its draft is.
  const read = useRef<string | undefined>(undefined)
  // The stored tab being shown: until it is, the form rendered first is not written over it.
  const restoring = useRef<BuilderTab | undefined>(undefined)
  useClientLayoutEffect(() => {
    if (persistKey === undefined || controlled || read.current === persistKey) return
    read.current = persistKey
    const stored = readTab(tabKey(persistKey))
    if (stored === undefined || stored === tab) return
    restoring.current = stored
    setTab(stored)
  })
  useEffect(() => {
    if (persistKey === undefined || controlled || read.current !== persistKey) return
    if (restoring.current !== undefined) {
      if (tab !== restoring.current) return
      restoring.current = undefined
    }
    writeTab(tabKey(persistKey), tab, defaultTab)
  }, [persistKey, tab, controlled, defaultTab])
}
