/**
 * The longest delay a timer keeps: browsers and Node hold it as a signed 32-bit count of
 * milliseconds (about 24.8 days) and fire at once past it (HTML standard, timer initialisation
 * steps; Node's setTimeout documentation).
 */
export const MAX_TIMER_MS = 2 ** 31 - 1

/**
 * Whether `value` is a deadline a timer can hold: whole milliseconds from 1 to `MAX_TIMER_MS`.
 * The kit checks every timeout it is given with it (the client's `timeoutMs` besides 0, the
 * proxy's `timeoutMs`, the mock's webhook `timeoutMs`, both bins' request timeouts), so none
 * restates the bound.
 */
export const isTimeoutMs = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= MAX_TIMER_MS

/**
 * What `isTimeoutMs` takes, as an error sentence says it: `timeoutMs must be ${TIMEOUT_MS_WORDS}`,
 * so every refused timeout is worded alike.
 */
export const TIMEOUT_MS_WORDS = `a whole number of milliseconds from 1 to ${MAX_TIMER_MS}`
