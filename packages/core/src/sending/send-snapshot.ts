import type { BriqError } from '../client/briq-error.ts'
import type { SendResult } from '../client/responses.ts'
import type { SendInteractiveRequest } from '../schemas/send-request.ts'
import type { SendHold } from './send-hold.ts'

/** Where a send controller is: nothing yet, waiting for Briq, accepted, or failed. */
export type SendStatus = 'idle' | 'pending' | 'success' | 'error'

/** What a send controller shows whatever its `status`. */
interface SendSnapshotFields {
  /**
   * The request of the current (or last) send, kept on every failure so the draft is never lost:
   * put it back in the form, fix it, send again. The controller's copy, made as it was sent: the
   * caller's object changing afterwards does not change it.
   */
  readonly request?: SendInteractiveRequest | undefined
  /** When the send started, in `Date.now()` milliseconds. */
  readonly submittedAt?: number | undefined
  /**
   * True when the failure happened after the request may have reached Briq (connection lost
   * mid-call, timeout, abort after the call began, unreadable 2xx, a 5xx but 501, 505, 511 and
   * Briq's own 503: a gateway's 503 too). Warn the user to check the message status before
   * sending again.
   */
  readonly maybeSent: boolean
  /**
   * Set while every send is held after a 429's or a 503's `Retry-After` (whatever the status):
   * a press of Send before `until` is refused. Show it before the press (`sendHoldSecondsLeft`,
   * worded by `CoreMessages.sendHold`).
   */
  readonly hold?: SendHold | undefined
  /**
   * Set on a success, or a failure that may have sent it (`maybeSent`), whose record the
   * browser's storage refused (full, blocked) with `persist`, and no record kept from before
   * (the mark written as it left, an earlier send's answer) holds it: the draft may come back
   * after a reload, and its Send would then post it again without asking. Say so after the send.
   */
  readonly unremembered?: true | undefined
}

/** Before the first send (and after `reset`), or waiting for Briq: no answer and no failure. */
interface SendSnapshotWaiting extends SendSnapshotFields {
  /** `idle` before the first send (and after `reset`), `pending` while waiting. */
  readonly status: 'idle' | 'pending'
  /** None yet. */
  readonly data?: undefined
  /** None yet. */
  readonly error?: undefined
}

/** Briq accepted the send. */
interface SendSnapshotSucceeded extends SendSnapshotFields {
  /** The send was accepted. */
  readonly status: 'success'
  /** Briq's answer (`message_id`, `status` …). */
  readonly data: SendResult
  /** None: the send went. */
  readonly error?: undefined
}

/** The send failed or was refused. */
interface SendSnapshotFailed extends SendSnapshotFields {
  /** The send failed or was refused. */
  readonly status: 'error'
  /**
   * On a `DUPLICATE_SEND` refusal, the answer of the earlier send it repeats (so its status can
   * still be followed); otherwise undefined.
   */
  readonly data?: SendResult | undefined
  /** Why the send failed: branch on `kind`, then `code` (e.g. `WINDOW_CLOSED`, `DUPLICATE_SEND`). */
  readonly error: BriqError
}

/**
 * What a send controller shows, narrowed by `status`: `data` is Briq's answer once it is
 * `success`, `error` why it failed once it is `error`. Immutable: a new object only when
 * something changes, so it can be compared by reference (React's `useSyncExternalStore` relies
 * on this).
 */
export type SendSnapshot = SendSnapshotWaiting | SendSnapshotSucceeded | SendSnapshotFailed

/** The snapshot before any send. */
export const IDLE_SEND_SNAPSHOT: SendSnapshot = Object.freeze({ status: 'idle', maybeSent: false })
