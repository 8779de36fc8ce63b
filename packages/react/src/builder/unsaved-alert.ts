import { type RefObject, useEffect, useState, useSyncExternalStore } from 'react'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'

/** A builder whose saves the browser refuses, with its notice's element. */
interface Turn {
  readonly token: object
  readonly element: Element
}

/** The page's builders whose saves the browser refuses, in the order their notices showed. */
let shown: readonly Turn[] = []
const listeners = new Set<() => void>()
const NONE: readonly Turn[] = []

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
// A notice whose element left the document was unmounted (hidden by `<Activity>` first, it ran
// no cleanup as it went): it has no turn any more.
const set = (next: readonly Turn[]) => {
  shown = next.filter(({ element }) => element.isConnected)
  for (const listener of listeners) listener()
}
const leave = (token: object) => {
  if (shown.some((turn) => turn.token === token)) set(shown.filter((turn) => turn.token !== token))
}

/**
 * The turn of one builder's refused-save notice among the page's: a full or blocked storage
 * refuses every builder's saves at once, and one alert per builder said the same sentence as
 * many times. The first notice shown is the page's alert (`alerts`), worded for every builder
 * when others show theirs too (`others`); the others are plain text beside their builders.
 * `notice`: its element, rendered while `unsaved`. A builder hidden (`<Activity>`) keeps its turn:
 * shown again, its alert is the element it was, not a new one a screen reader would say again.
 */
export function useUnsavedAlertTurn(
  unsaved: boolean,
  notice: RefObject<Element | null>,
): { alerts: boolean; others: boolean } {
  const [token] = useState(() => ({}))
  useClientLayoutEffect(() => {
    const element = notice.current
    if (!unsaved) leave(token)
    else if (element !== null && !shown.some((turn) => turn.token === token)) set([...shown, { token, element }])
  }, [unsaved, token, notice])
  // Effects are cleaned up after React removed an unmounted notice's element; a hidden one's is
  // still in the document.
  useEffect(
    () => () => {
      const turn = shown.find((other) => other.token === token)
      if (turn !== undefined && !turn.element.isConnected) leave(token)
    },
    [token],
  )
  const list = useSyncExternalStore(
    subscribe,
    () => shown,
    () => NONE,
  )
  const present = list.filter(({ element }) => element.isConnected)
  return { alerts: present[0]?.token === token, others: present.length > 1 }
}
