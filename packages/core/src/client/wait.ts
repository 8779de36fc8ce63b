import { MAX_TIMER_MS } from '../timer-limit.ts'

/**
 * Resolves after `ms`, or rejects with the signal's reason as soon as it aborts; the timer
 * and the listener are removed either way.
 */
export function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason)
      return
    }
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal.reason)
    }
    // Past MAX_TIMER_MS a timer fires at once; the longest wait it holds is as close as it gets.
    const timer = setTimeout(
      () => {
        signal.removeEventListener('abort', onAbort)
        resolve()
      },
      Math.min(ms, MAX_TIMER_MS),
    )
    signal.addEventListener('abort', onAbort, { once: true })
  })
}

/**
 * Settles as `promise` does, or rejects with the signal's reason as soon as it aborts (the
 * promise then runs on, unheeded); the listener is removed either way.
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason)
      return
    }
    const onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}
