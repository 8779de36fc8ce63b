import { leftOutOf } from '@briq-interactive/core'

/**
 * Where the builder tells the send step of a recipient it opened: a send request read from a file
 * (or pasted) carries its `to`, which belongs in the recipient field, not lost with the rest of the request;
 * and its `sender`, which belongs in the sender field ("Send from").
 */
export interface OpenedRecipients {
  /**
   * Tells the listeners of a recipient opened (`to` as the file wrote it): `kept` when the send
   * step kept a number the user had entered in its place, `filled` when it took this one,
   * undefined when nothing listens (no send step, or one sending into a chosen conversation; no
   * `onRecipientOpen`).
   */
  open(to: string): 'filled' | 'kept' | undefined
  /**
   * Calls `listener` with each recipient opened from now on (it answers whether it took it);
   * returns the unsubscribe function.
   */
  subscribe(listener: (to: string) => boolean): () => void
  /** `open`, for the sender opened (`sender` as the file wrote it): undefined when no send step listens (as above). */
  openSender(sender: string): 'filled' | 'kept' | undefined
  /** `subscribe`, for the senders opened. */
  subscribeSender(listener: (sender: string) => boolean): () => void
  /**
   * Tells that a sender the send step took (`openSender` answered `filled`) was let go once the
   * senders were known: no "Send from" shows it, so it is left out after all.
   */
  leaveOutSender(sender: string): void
  /** Calls `listener` with each sender left out after it was taken; returns the unsubscribe function. */
  subscribeSenderLeftOut(listener: (sender: string) => void): () => void
}

// One kind of value opened, and who listens for it.
function channel(): Pick<OpenedRecipients, 'open' | 'subscribe'> {
  const listeners = new Set<(value: string) => boolean>()
  return {
    open(value) {
      if (listeners.size === 0) return undefined
      let kept = false
      for (const listener of [...listeners]) if (!listener(value)) kept = true
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

/** A fresh {@link OpenedRecipients}, one per builder. */
export function createOpenedRecipients(): OpenedRecipients {
  const recipients = channel()
  const senders = channel()
  const leftOut = channel()
  return {
    ...recipients,
    openSender: senders.open,
    subscribeSender: senders.subscribe,
    leaveOutSender: (sender) => void leftOut.open(sender),
    subscribeSenderLeftOut: (listener) =>
      leftOut.subscribe((sender) => {
        listener(sender)
        return true
      }),
  }
}

/** What a whole message opened, pasted or unwrapped by its fix-it carries beyond its interactive object. */
export type OpenedMessage = Parameters<typeof leftOutOf>[0] & {
  readonly to?: string | undefined
  readonly sender?: string | undefined
}

/**
 * Hands a whole message's recipient and sender to the send step (`open`, `openSender`), where
 * they belong, and says what the draft then leaves out (core's `leftOutOf`: what no send step
 * took, or the person's own kept in its place). `keptFor`: the message's recipient, when the send
 * step kept a number entered there; `senderTaken`: its sender, when the send step took it (it may
 * still leave it out once the senders are known: `subscribeSenderLeftOut`).
 */
export function handOnMessage(
  opened: OpenedRecipients,
  message: OpenedMessage,
): { keptFor: string | undefined; leftOut: readonly string[]; senderTaken: string | undefined } {
  const to = message.to === undefined ? undefined : opened.open(message.to)
  const sender = message.sender === undefined ? undefined : opened.openSender(message.sender)
  const leftOut = leftOutOf(message, { to: to !== undefined, sender: sender === 'filled' })
  return {
    keptFor: to === 'kept' ? message.to : undefined,
    leftOut,
    senderTaken: sender === 'filled' ? message.sender : undefined,
  }
}
