/**
 * Where the builder tells the send step of a recipient it opened: a send request read from a file
 * carries its `to`, which belongs in the recipient field, not lost with the rest of the request.
 */
export interface OpenedRecipients {
  /** Tells every listener of a recipient opened (`to` as the file wrote it). */
  open(to: string): void
  /** Calls `listener` with each recipient opened from now on; returns the unsubscribe function. */
  subscribe(listener: (to: string) => void): () => void
}

/** A fresh {@link OpenedRecipients}, one per builder. */
export function createOpenedRecipients(): OpenedRecipients {
  const listeners = new Set<(to: string) => void>()
  return {
    open(to) {
      for (const listener of [...listeners]) listener(to)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}
