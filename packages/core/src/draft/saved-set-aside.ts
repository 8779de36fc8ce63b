import { type ItemKeys, type KeyGroups, keyNumber } from './draft-keys.ts'
import { isRecord } from './draft-path.ts'
import type { EditorState } from './editor-state.ts'
import type { SetAside } from './set-aside.ts'

/** The item keys of a saved draft, group by group (an `EditorState`'s keys, without what else they say). */
export type SavedKeys = Readonly<Record<string, readonly SavedItemKeys[]>>

/** One item's key and the keys of the groups inside it. */
export interface SavedItemKeys {
  /** The item's key, by which `SavedSetAside.entries` name it. */
  readonly key: string
  /** The keys of the items inside this one (a section's rows, a card's buttons), group by group. */
  readonly groups: SavedKeys
}

/**
 * What an editor keeps out of sight (`EditorState.setAside`: the rows of a list while it is reply
 * buttons, a card under another kind), in the saved format (`SavedDraft.setAside`), so a
 * reload keeps it and switching back brings it back as it would have before. It names items by
 * their keys, so the draft's keys are saved with it.
 */
export interface SavedSetAside {
  /** What is set aside, as `EditorState.setAside` holds it. */
  readonly entries: Readonly<Record<string, unknown>>
  /** The keys of the saved draft's items, which `entries` name items by. */
  readonly keys: SavedKeys
  /** The number in the next fresh key: past every key `entries` name. */
  readonly nextKey: number
  /** The ids that followed their titles when a switch set them aside (`EditorState.followingAside`). */
  readonly followingAside?: readonly string[]
}

// A value held under an option that was absent (no header): JSON would drop `value: undefined`.
const ABSENT = 'absent'

function saveKeys(groups: KeyGroups): SavedKeys {
  const out: Record<string, SavedItemKeys[]> = {}
  for (const [name, items] of Object.entries(groups)) {
    out[name] = items.map((item) => ({ key: item.key, groups: saveKeys(item.groups) }))
  }
  return out
}

/**
 * What `state` keeps out of sight, to save with its draft (`DraftPersistence.save`); `undefined`
 * when nothing is set aside (then nothing more is saved).
 */
export function savedSetAside(state: EditorState): SavedSetAside | undefined {
  if (state.setAside === undefined) return undefined
  const entries = Object.fromEntries(
    Object.entries(state.setAside).map(([key, entry]) => {
      const absent = isRecord(entry) && Object.hasOwn(entry, 'value') && entry.value === undefined
      return [key, absent ? { option: entry.option, [ABSENT]: true } : entry]
    }),
  )
  return {
    entries,
    keys: saveKeys(state.keys),
    nextKey: state.nextKey,
    ...(state.followingAside === undefined ? {} : { followingAside: [...state.followingAside] }),
  }
}

/** A stored `SavedSetAside` read back, or `undefined` when it is missing or not of that shape. */
export function readSavedSetAside(value: unknown): SavedSetAside | undefined {
  if (!isRecord(value) || !isRecord(value.entries) || !isRecord(value.keys)) return undefined
  const { nextKey, followingAside } = value
  if (typeof nextKey !== 'number' || !Number.isSafeInteger(nextKey)) return undefined
  const ids =
    Array.isArray(followingAside) && followingAside.every((id) => typeof id === 'string') ? followingAside : undefined
  return {
    entries: value.entries,
    keys: value.keys as SavedKeys,
    nextKey,
    ...(ids === undefined ? {} : { followingAside: ids }),
  }
}

/**
 * `current` with the saved keys put in, item by item; `undefined` when they are not keys of
 * the very same items (another draft's, damaged, or one key twice), so nothing is mixed up.
 */
function relabel(current: KeyGroups, saved: unknown, seen: Set<string>): KeyGroups | undefined {
  if (!isRecord(saved) || Object.keys(saved).length !== Object.keys(current).length) return undefined
  const out: Record<string, readonly ItemKeys[]> = {}
  for (const [name, items] of Object.entries(current)) {
    const savedItems = saved[name]
    if (!Array.isArray(savedItems) || savedItems.length !== items.length) return undefined
    const relabelled: ItemKeys[] = []
    for (const [i, item] of items.entries()) {
      const from: unknown = savedItems[i]
      if (!isRecord(from) || typeof from.key !== 'string' || seen.has(from.key)) return undefined
      seen.add(from.key)
      const groups = relabel(item.groups, from.groups, seen)
      if (groups === undefined) return undefined
      relabelled.push({ ...item, key: from.key, groups })
    }
    out[name] = relabelled
  }
  return out
}

/**
 * `state` (just restored from a saved draft) keeping out of sight what the editor that saved it
 * did (`savedSetAside`): switching back to a type or option brings it back, as it would have
 * before the reload. The items take back their saved keys. Unchanged when `saved` is
 * `undefined` (a draft saved without it, by an older kit) or is not of this draft's items.
 */
export function restoreSetAside(state: EditorState, saved: SavedSetAside | undefined): EditorState {
  if (saved === undefined) return state
  const seen = new Set<string>()
  const keys = relabel(state.keys, saved.keys, seen)
  if (keys === undefined) return state
  // Built from entries: a "__proto__" key read from storage stays a key, never a prototype.
  const setAside: SetAside = Object.fromEntries(
    Object.entries(saved.entries).map(([key, entry]) => {
      const absent = isRecord(entry) && entry[ABSENT] === true && !Object.hasOwn(entry, 'value')
      return [key, absent ? { option: entry.option, value: undefined } : entry]
    }),
  )
  // Past every key the items or the hidden parts name (a removed card's stay under its key), even if
  // the stored count is behind them: a fresh item never takes another's hidden content.
  const named = Object.keys(setAside).map(keyNumber)
  const nextKey = Math.max(
    state.nextKey,
    saved.nextKey,
    ...[...seen].map((key) => keyNumber(key) + 1),
    ...named.map((n) => n + 1),
  )
  const { followingAside: _, ...rest } = state
  return {
    ...rest,
    keys,
    nextKey,
    setAside,
    ...(saved.followingAside === undefined ? {} : { followingAside: saved.followingAside }),
  }
}
