import { draftType, type EditorState } from '@briq-interactive/core'

type KeyGroups = EditorState['keys']

function collectKeys(groups: KeyGroups, into: Set<string>): Set<string> {
  for (const items of Object.values(groups)) {
    for (const item of items) {
      into.add(item.key)
      collectKeys(item.groups, into)
    }
  }
  return into
}

function newItems(groups: KeyGroups, known: ReadonlySet<string>, into: string[]): string[] {
  for (const items of Object.values(groups)) {
    for (const item of items) {
      // The outermost new item only: a restored section brings its rows back with it.
      if (known.has(item.key)) newItems(item.groups, known, into)
      else into.push(item.key)
    }
  }
  return into
}

/**
 * The key of the one item that `after` brings back (an undone removal, a redone add) when the
 * message type stayed, else `undefined`. A moved item keeps its key, so it is not "back"; a
 * change bringing several items back at once (quick replies on every card) names none.
 */
export function restoredItemKey(before: EditorState, after: EditorState): string | undefined {
  if (draftType(before.draft) !== draftType(after.draft)) return undefined
  const back = newItems(after.keys, collectKeys(before.keys, new Set()), [])
  return back.length === 1 ? back[0] : undefined
}

function siblingsOf(groups: KeyGroups, key: string): readonly { key: string }[] | undefined {
  for (const items of Object.values(groups)) {
    if (items.some((item) => item.key === key)) return items
    for (const item of items) {
      const found = siblingsOf(item.groups, key)
      if (found !== undefined) return found
    }
  }
  return undefined
}

/**
 * When `after` no longer holds the item `key` (a redone Remove), the key of the item that took
 * its place, as Remove moves focus: the next one left in its group, else the previous one.
 */
export function replacingItemKey(before: EditorState, after: EditorState, key: string): string | undefined {
  const left = collectKeys(after.keys, new Set())
  if (left.has(key)) return undefined
  const siblings = siblingsOf(before.keys, key) ?? []
  const at = siblings.findIndex((item) => item.key === key)
  const next = siblings.slice(at + 1).find((item) => left.has(item.key))
  return (next ?? siblings.slice(0, at).findLast((item) => left.has(item.key)))?.key
}
