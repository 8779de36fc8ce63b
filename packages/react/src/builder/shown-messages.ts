import { useRef, useState } from 'react'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'

/**
 * Which controls' issue messages are on the page, by their `IssueMessages` id. A control's
 * fix-its sit beside it; the summary offers a fix-it only where no control on the page shows it
 * (the JSON tab, a whole-message issue, a host's layout without that field), so each is one
 * button, with one accessible name, at any moment.
 */
export interface ShownMessages {
  /** Marks the messages with this id as on the page, until the returned function is called. */
  show(id: string): () => void
  has(id: string): boolean
  /** Calls `listener` when messages come or go (a control mounts or unmounts, not a keystroke). */
  subscribe(listener: () => void): () => void
  /** Changes whenever `has` may answer differently. */
  readonly version: number
}

/** An empty set of shown messages, one per `Builder.Root`. */
export function createShownMessages(): ShownMessages {
  // Counted: two parts may show the same control's messages (a host placing a part twice).
  const counts = new Map<string, number>()
  const listeners = new Set<() => void>()
  let version = 0
  const changed = () => {
    version++
    for (const listener of [...listeners]) listener()
  }
  return {
    show(id) {
      const count = counts.get(id) ?? 0
      counts.set(id, count + 1)
      if (count === 0) changed()
      return () => {
        const left = (counts.get(id) ?? 1) - 1
        if (left > 0) {
          counts.set(id, left)
          return
        }
        counts.delete(id)
        changed()
      }
    },
    has: (id) => counts.has(id),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    get version() {
      return version
    },
  }
}

/** Marks `id`'s messages as on the page while the calling part is mounted. */
export function useShowMessages(shown: ShownMessages, id: string): void {
  useClientLayoutEffect(() => shown.show(id), [shown, id])
}

/**
 * Re-renders the calling part when messages come or go; `false` until its first layout effect
 * (a server render, the first client render), when nothing has been shown yet, so the part
 * takes every one of `placed` (ids of messages it would place itself where no control shows
 * them) as shown. On mount it renders again only if one of them is not: else what it rendered
 * stands, and a second commit of the whole mount is saved.
 */
export function useShownMessages(shown: ShownMessages, placed: readonly string[]): boolean {
  const known = useRef(false)
  const [, setSeen] = useState<number | undefined>(undefined)
  useClientLayoutEffect(() => {
    const check = () => {
      const first = !known.current
      known.current = true
      // `placed` is the first render's: later, every change of the messages renders the part.
      if (!first || placed.some((id) => !shown.has(id))) setSeen(shown.version)
    }
    // Controls mounted before this part's effect ran count too.
    check()
    return shown.subscribe(check)
  }, [shown])
  return known.current
}
