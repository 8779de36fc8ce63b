/**
 * What `table` holds under `key` as its own entry, or undefined: never what Object.prototype
 * holds under that name, since a key read from outside (an issue's reason, a param, a path)
 * may be `constructor`, `toString` or `__proto__`.
 */
export const ownEntry = <V>(table: Readonly<Record<string, V>>, key: string): V | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined
