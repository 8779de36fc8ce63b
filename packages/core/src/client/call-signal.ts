import { MAX_TIMER_MS } from '../timer-limit.ts'
import { BriqError } from './briq-error.ts'

/** The signal of one client call: the caller's signal and the call's timeout, combined. */
export interface CallSignal {
  /** Aborts when the caller aborts or the time is up. */
  readonly signal: AbortSignal
  /** When the call must be over (`Infinity` without a timeout), in `Date.now()` time. */
  readonly deadline: number
  /** The error to throw for the abort, or undefined while the signal has not fired. */
  failure(): BriqError | undefined
  /** Says a request is about to leave: a caller's abort from then on may come after it reached the server. */
  leaving(): void
  /** Clears the timer and the listener on the caller's signal; call it once the call settles. */
  dispose(): void
}

/**
 * Combines the caller's signal with a timeout, without leaking a listener or a timer once
 * `dispose` runs. `what` names the call in messages, e.g. `GET /v1/whatsapp/messages/…`.
 * Throws an `aborted` error at once if the caller's signal has already fired. A caller's abort
 * before `leaving()` is called is code `ABORTED_BEFORE_REQUEST`, and the timeout firing then
 * `TIMEOUT_BEFORE_REQUEST`: nothing can have been sent.
 */
export function createCallSignal(callerSignal: AbortSignal | undefined, timeoutMs: number, what: string): CallSignal {
  if (callerSignal?.aborted) throw abortedError(callerSignal.reason, what, false)
  const controller = new AbortController()
  let failure: BriqError | undefined
  let left = false
  const onAbort = () => {
    failure ??= abortedError(callerSignal?.reason, what, left)
    controller.abort(failure)
  }
  callerSignal?.addEventListener('abort', onAbort, { once: true })
  // A timeout past a timer's range would fire at once: read it as "no limit".
  const limited = timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS
  const timer = limited
    ? setTimeout(() => {
        failure ??= left
          ? new BriqError({ kind: 'timeout', message: `${what} got no answer within ${timeoutMs} ms` })
          : new BriqError({
              kind: 'timeout',
              message: `${what} did not start within ${timeoutMs} ms (its headers were still being made), so its request never left`,
              code: TIMEOUT_BEFORE_REQUEST,
            })
        controller.abort(failure)
      }, timeoutMs)
    : undefined
  return {
    signal: controller.signal,
    deadline: limited ? Date.now() + timeoutMs : Number.POSITIVE_INFINITY,
    failure: () => failure,
    leaving() {
      left = true
    },
    dispose() {
      clearTimeout(timer)
      callerSignal?.removeEventListener('abort', onAbort)
    },
  }
}

/** The code of an `aborted` error cancelled before its request left: nothing can have been sent. */
export const ABORTED_BEFORE_REQUEST = 'ABORTED_BEFORE_REQUEST'

/** The code of a `timeout` error whose time ran out before its request left: nothing can have been sent. */
export const TIMEOUT_BEFORE_REQUEST = 'TIMEOUT_BEFORE_REQUEST'

/**
 * The `aborted` error for a caller's abort, with `reason` as its cause: after the request `left`
 * (it may have reached the server), or before (code `ABORTED_BEFORE_REQUEST`).
 */
export function abortedError(reason: unknown, what: string, left: boolean): BriqError {
  return left
    ? new BriqError({ kind: 'aborted', message: `${what} was aborted`, cause: reason })
    : new BriqError({
        kind: 'aborted',
        message: `${what} was aborted before its request left`,
        code: ABORTED_BEFORE_REQUEST,
        cause: reason,
      })
}
