/**
 * Whether `value` is a size or count a server option takes: a whole number ≥ 1 (the proxy's
 * `maxBodyBytes` and `maxResponseBytes`, the mock's `maxBodyBytes`, `maxMessages` and
 * `maxStoreBytes`, the webhook receiver's `maxBodyBytes`). 0 would refuse everything and NaN
 * would bound nothing, so each is checked with this and none restates the bound.
 */
export const isCountOption = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 1

/**
 * What `isCountOption` takes, as an error sentence says it: `maxBodyBytes must be
 * ${COUNT_OPTION_WORDS}`, so every refused size or count is worded alike.
 */
export const COUNT_OPTION_WORDS = 'a whole number ≥ 1'
