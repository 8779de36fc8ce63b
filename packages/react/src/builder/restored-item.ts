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
