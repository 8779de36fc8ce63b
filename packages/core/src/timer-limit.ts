/**
 * The longest delay a timer keeps: browsers and Node hold it as a signed 32-bit count of
 * milliseconds (about 24.8 days) and fire at once past it (HTML standard, timer initialisation
 * steps; Node's setTimeout documentation).
 */
export const MAX_TIMER_MS = 2 ** 31 - 1
