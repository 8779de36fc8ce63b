/** The optional keys of `T` (those an object may leave out). */
type OptionalKeys<T> = { [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? K : never }[keyof T]

/** The optional keys of `T` that refuse `undefined` under exactOptionalPropertyTypes; `never` when none do. */
export type RefusesUndefined<T> = T extends unknown
  ? { [K in OptionalKeys<T>]-?: { [P in K]: undefined } extends Pick<T, K> ? never : K }[OptionalKeys<T>]
  : never

/** `RefusesUndefined` of each type of a list, as one union. */
export type Each<T extends unknown[]> = { [I in keyof T]: RefusesUndefined<T[I]> }[number]
