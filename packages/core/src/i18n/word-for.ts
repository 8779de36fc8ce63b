import { ownEntry } from '../own-entry.ts'

/**
 * `table`'s wording for `key`. A key it has no own wording for (a noun or scope from a newer
 * core, or a name Object.prototype holds) throws: the sentence cannot be filled, and
 * `sentenceFor` words the issue by its code instead.
 */
export function wordFor<V>(table: Readonly<Record<string, V>>, key: string): V {
  const word = ownEntry(table, key)
  if (word === undefined) throw new RangeError(`No wording for ${JSON.stringify(key)}`)
  return word
}
