/**
 * Where the builder tells the send step of a recipient it opened: a send request read from a file
 * carries its `to`, which belongs in the recipient field, not lost with the rest of the request.
 */
export interface OpenedRecipients {
  /**
   * Tells the listeners of a recipient opened (`to` as the file wrote it): `kept` when the send
   * step kept a number the user had entered in its place, `filled` when it took this one,
   * undefined when nothing listens (no send step, no `onRecipientOpen`).
   */
  open(to: string): 'filled' | 'kept' | undefined
  /**
   * Calls `listener` with each recipient opened from now on (it answers whether it took it);
   * returns the unsubscribe function.
   */
  subscribe(listener: (to: string) => boolean): () => void
}

/** A fresh {@link OpenedRecipients}, one per builder. */
export function createOpenedRecipients(): OpenedRecipients {
  const listeners = new Set<(to: string) => boolean>()
  return {
    open(to) {
      if (listeners.size === 0) return undefined
      let kept = false
      for (const listener of [...listeners]) if (!listener(to)) kept = true
      return kept ? 'kept' : 'filled'
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}
