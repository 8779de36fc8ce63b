/**
 * A deep-readonly view of `T`: every property and array (at any depth) readonly. What the kit's
 * input positions accept, so a message written `as const`, or typed with readonly arrays as a
 * team's fixtures often are, goes in as it is; what the kit gives back keeps its own type.
 * Functions are left as they are.
 *
 * @example
 * const interactive = { type: 'button', body: { text: 'Hi' }, action: { buttons: [...] } } as const
 * await client.sendInteractive({ to: '255712345678', interactive })
 */
export type ReadonlyDeep<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { readonly [Key in keyof T]: ReadonlyDeep<T[Key]> }
    : T
