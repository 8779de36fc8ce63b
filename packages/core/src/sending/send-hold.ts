/** Why sends are held: Briq throttled (429), or was unavailable (a 5xx that took nothing, a 503). */
export type SendHoldReason = 'rate_limited' | 'server'

/**
 * Who asked to wait: `briq` (an answer in Briq's error envelope, `RATE_LIMITED` or its own 503),
 * or `gateway` (a 429 page from a server between the page and Briq: a CDN's or nginx's rate
 * limit, with none of Briq's error details), so the note beside Send names the right one.
 */
export type SendHoldAskedBy = 'briq' | 'gateway'

/**
 * The longest `Retry-After` a send is held for: a day, the longest window a sending limit is
 * counted over (WhatsApp's messaging limits count the customers reached in a rolling 24 hours).
 * A longer wait (a year, a date decades on) is a server's setting gone wrong, not a limit: nothing
 * is held, so Send is not shut until a reload, and the failure's sentence says so
 * (`SendFailure.waitTooLong`).
 */
export const MAX_SEND_HOLD_MS = 24 * 60 * 60 * 1000

/** Sends held after a `Retry-After`: every request of every controller of the client, whatever it is, until `until`. */
export interface SendHold {
  /** When the hold ends, in the clock of the controller that got the answer (`Date.now()` milliseconds by default). */
  readonly until: number
  /** `rate_limited` (a 429) or `server` (a 503, or another 5xx that did not take the message). */
  readonly reason: SendHoldReason
  /** Whose answer asked to wait: Briq's, or a gateway's (only ever a 429: a gateway's 5xx holds nothing). */
  readonly askedBy: SendHoldAskedBy
}

/**
 * Whole seconds a hold has left at `now` (at least 1), or undefined once it is over. A snapshot
 * is not republished when its hold ends: a UI showing the hold reads this on a clock of its own.
 *
 * @example
 * const left = snapshot.hold && sendHoldSecondsLeft(snapshot.hold)
 * note.textContent = left === undefined ? '' : coreMessagesEn.sendHold({ ...snapshot.hold, seconds: left })
 */
export function sendHoldSecondsLeft(hold: SendHold, now: number = Date.now()): number | undefined {
  const left = hold.until - now
  return left > 0 ? Math.ceil(left / 1000) : undefined
}
