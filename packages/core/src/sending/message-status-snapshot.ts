import type { BriqError } from '../client/briq-error.ts'
import type { MessageDetail, MessageStatusValue } from '../client/responses.ts'
import type { MessageStatusStep } from '../contract/message-status-order.ts'
import type { InteractiveReply } from '../interactive-reply.ts'

/** What a message status watcher shows. Immutable; a new object only when something changes. */
export interface MessageStatusSnapshot {
  /**
   * The delivery status: pending → sent → delivered → read, or failed. Never moves backwards,
   * even when a late answer says otherwise. Undefined until the first answer (unless the
   * watcher was given an `initialStatus`).
   */
  readonly status: MessageStatusValue | undefined
  /**
   * The furthest step of `MESSAGE_STATUS_ORDER` the message is known to have reached; unlike
   * `status`, kept when it fails (`pending`, or `sent` once the provider had it), so a UI can
   * mark the steps it took before failing. Undefined while no step is known.
   */
  readonly reached?: MessageStatusStep | undefined
  /** Briq's last good answer, with `status` set to the snapshot's `status`; kept across errors. */
  readonly message?: MessageDetail | undefined
  /**
   * The customer's answer, read from the paired reply: a tapped button or list row, a shared
   * location, a call permission answer, a completed flow or a submitted address. Null while
   * there is no reply (or it is none of these, e.g. text — see `message.reply` for those).
   */
  readonly reply?: InteractiveReply | null | undefined
  /** The last poll's failure; cleared by the next good answer. */
  readonly error?: BriqError | undefined
  /** True while the watcher is polling; false once stopped, finished, paused or refused (400/401/403/404/422). */
  readonly polling: boolean
}

/** The snapshot with no id to watch (and the server snapshot of a watcher before its first answer). */
export const IDLE_STATUS_SNAPSHOT: MessageStatusSnapshot = Object.freeze({ status: undefined, polling: false })
