type KeysOfEach<U> = U extends unknown ? keyof U : never
type ExclusiveOf<U, K extends PropertyKey> = U extends unknown ? U & { [P in Exclude<K, keyof U>]?: never } : never

/**
 * A result union whose every variant holds the other variants' keys as absent (`?: never`).
 * Compiled without strictNullChecks (`strict: false`, the tsconfig.json Next.js writes), a
 * `true` may be undefined, so `if (!result.ok)` narrows nothing; with these keys, `result.issues`
 * in that branch and `result.value` after it still read, as under strict mode, where `ok`
 * narrows as ever.
 */
export type Exclusive<U> = ExclusiveOf<U, KeysOfEach<U>>
