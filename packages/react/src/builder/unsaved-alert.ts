import { useState, useSyncExternalStore } from 'react'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'

/** The page's builders whose saves the browser refuses, in the order their notices showed. */
let shown: readonly object[] = []
const listeners = new Set<() => void>()
const NONE: readonly object[] = []

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
const set = (next: readonly object[]) => {
  shown = next
  for (const listener of listeners) listener()
}

/**
 * The turn of one builder's refused-save notice among the page's: a full or blocked storage
 * refuses every builder's saves at once, and one alert per builder said the same sentence as
 * many times. The first notice shown is the page's alert (`alerts`), worded for every builder
 * when others show theirs too (`others`); the others are plain text beside their builders.
 */
export function useUnsavedAlertTurn(unsaved: boolean): { alerts: boolean; others: boolean } {
  const [token] = useState(() => ({}))
  useClientLayoutEffect(() => {
    if (!unsaved) return
    set([...shown, token])
    return () => set(shown.filter((other) => other !== token))
  }, [unsaved, token])
  const list = useSyncExternalStore(
    subscribe,
    () => shown,
    () => NONE,
  )
  return { alerts: list[0] === token, others: list.length > 1 }
}
