import { describeInteractive, draftType } from './describe-interactive.ts'
import { couldBeCutFrom } from './draft-ids.ts'
import { type ItemKeys, itemKeysAt, type KeyGroups } from './draft-keys.ts'
import type { DraftOperation } from './draft-operation.ts'
import type { DraftOptions } from './draft-options.ts'
import { type DraftPath, getAt, isRecord, samePath } from './draft-path.ts'
import type { EditorState } from './editor-state.ts'
import { fieldInstances } from './walk-description.ts'

/** An item's generated id (button, row, quick reply) as the keys and draft hold it. */
interface IdItem {
  key: string
  itemPath: DraftPath
  follows: boolean
  id: unknown
  title: unknown
  idPath: DraftPath
  /** The most characters the id may have there (`LIMITS.list.rowId` for a row). */
  max: number | undefined
}

// The id items of an editor state's draft and keys, as `markFollowing` found them when it made
// those keys: the next operation's `before` is that state, so it is not walked again (a
// keystroke would otherwise walk every item of the draft twice). Drafts and keys are immutable.
const foundItems = new WeakMap<KeyGroups, { draft: unknown; options: DraftOptions; items: readonly IdItem[] }>()

// Every item of `draft` with an id generated from its title, keyed.
function idItems(draft: unknown, keys: KeyGroups, options: DraftOptions): readonly IdItem[] {
  const found = foundItems.get(keys)
  if (found !== undefined && found.draft === draft && found.options === options) return found.items
  return walkIdItems(draft, keys, options)
}

function walkIdItems(draft: unknown, keys: KeyGroups, options: DraftOptions): IdItem[] {
  const type = draftType(draft)
  if (type === undefined) return []
  const out: IdItem[] = []
  for (const instance of fieldInstances(describeInteractive(type, options), draft)) {
    const from = instance.node.generatedFrom
    const item = from === undefined ? undefined : itemKeysAt(keys, instance.base)
    if (from === undefined || item === undefined) continue
    const title = getAt(draft, [...instance.base, ...from])
    out.push({
      key: item.key,
      itemPath: instance.base,
      follows: item.follows === true,
      id: instance.value,
      title,
      idPath: instance.path,
      max: instance.node.limit?.max,
    })
  }
  return out
}

const isEmptyId = (id: unknown): boolean => id === '' || id === undefined

// Every string inside a value (what a switch set aside), to know an id that comes back from there.
function collectStrings(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string') out.add(value)
  else if (Array.isArray(value)) for (const entry of value) collectStrings(entry, out)
  else if (isRecord(value)) for (const entry of Object.values(value)) collectStrings(entry, out)
  return out
}

function allKeys(groups: KeyGroups, out: Set<string>): Set<string> {
  for (const items of Object.values(groups)) {
    for (const item of items) {
      out.add(item.key)
      allKeys(item.groups, out)
    }
  }
  return out
}

function withFlags(groups: KeyGroups, following: ReadonlySet<string>): KeyGroups {
  const out: Record<string, readonly ItemKeys[]> = {}
  for (const [name, items] of Object.entries(groups)) {
    out[name] = items.map(({ key, groups: inner }) => ({
      key,
      groups: withFlags(inner, following),
      ...(following.has(key) ? { follows: true } : {}),
    }))
  }
  return out
}

/** The editor state's side of an operation: the draft and keys before, the draft and keys after. */
export interface FollowingChange {
  before: {
    draft: unknown
    keys: KeyGroups
    setAside?: unknown
    followingAside?: readonly string[] | undefined
  }
  draft: unknown
  keys: KeyGroups
  /** What is set aside after the operation: the ids that followed there are remembered while it lasts. */
  setAside: unknown
  operation: DraftOperation
}

// The item whose id a switch cut to fit `item`'s place (a reply button's 230 characters as a
// row id, at most 200: `changeType`), so that the cut id keeps its state: one typed by hand is
// kept, not made anew from the title at its next change.
function cutFrom(item: IdItem, old: readonly IdItem[]): IdItem | undefined {
  const { id, max } = item
  if (typeof id !== 'string' || max === undefined) return undefined
  return old.find(
    (before) =>
      typeof before.id === 'string' && Array.from(before.id).length > max && couldBeCutFrom(id, before.id, max),
  )
}

/** The keys marked (`follows`), and the ids set aside while they followed. */
export interface Following {
  keys: KeyGroups
  followingAside: readonly string[] | undefined
}

/**
 * Which items' ids follow their titles after an operation, marked on their keys (`follows`).
 * Only ids the builder generated follow: a new item's (`add`), an empty or missing one (the
 * person cleared it, or it came so: nothing to keep), an id the builder made for an item that
 * had none, or made anew on a switch (reply buttons ↔ rows, a card kind). An id typed by hand,
 * or that came from outside (`replace`: the JSON tab, a file, a host's value), is kept as it is;
 * an item `replace` leaves with the same id and title keeps what it was. An id that moves to
 * another item (a type switch) takes its state along, and so does one a switch set aside and
 * brings back.
 */
export function markFollowing(change: FollowingChange, options: DraftOptions): Following {
  const { before, draft, keys, operation } = change
  const after = idItems(draft, keys, options)
  const old = idItems(before.draft, before.keys, options)
  const oldByKey = new Map(old.map((item) => [item.key, item]))
  const oldKeys = allKeys(before.keys, new Set())
  const oldById = new Map<unknown, boolean>()
  for (const item of old) if (!isEmptyId(item.id)) oldById.set(item.id, item.follows)
  const followedAside = new Set(before.followingAside)
  let setAside: Set<string> | undefined
  const following = new Set<string>()
  for (const item of after) {
    const previous = oldByKey.get(item.key)
    let follows: boolean
    // An empty or missing id has nothing to keep: its title's next change makes one (setField).
    if (isEmptyId(item.id)) follows = true
    else if (operation.op === 'set' && samePath(operation.path, item.idPath)) follows = false
    else if (operation.op === 'replace') {
      follows = previous?.follows === true && previous.id === item.id && previous.title === item.title
    } else if (previous !== undefined) {
      // As it was; an id the builder filled in (from the title, or a fix-it) for an item that
      // had none follows, as the empty id did.
      follows = previous.follows || isEmptyId(previous.id)
    } else if (oldKeys.has(item.key)) follows = false
    else if (operation.op === 'add') follows = true
    else if (oldById.has(item.id)) follows = oldById.get(item.id) === true
    else if (typeof item.id === 'string' && followedAside.has(item.id)) follows = true
    else {
      // Not in the draft before: cut from an id too long for its new place (as that one was),
      // made by this switch (follows), or back from what one set aside (kept).
      const cut = cutFrom(item, old)
      if (cut !== undefined) follows = cut.follows
      else {
        setAside ??= collectStrings(before.setAside, new Set())
        follows = !(typeof item.id === 'string' && setAside.has(item.id))
      }
    }
    if (follows) following.add(item.key)
  }
  const marked = withFlags(keys, following)
  // What `idItems` finds in `draft` with the keys marked: the same items, flagged.
  foundItems.set(marked, {
    draft,
    options,
    items: after.map((item) => ({ ...item, follows: following.has(item.key) })),
  })
  return { keys: marked, followingAside: asideFollowing(change, old, after) }
}

// The ids that followed when they left the draft, remembered while something is set aside.
function asideFollowing(
  change: FollowingChange,
  old: readonly IdItem[],
  after: readonly IdItem[],
): readonly string[] | undefined {
  const previous = change.before.followingAside
  if (change.setAside === undefined || change.operation.op === 'replace') return undefined
  const present = new Set(after.map((item) => item.id))
  let asideNow: Set<string> | undefined
  const isAside = (id: string): boolean => {
    asideNow ??= collectStrings(change.setAside, new Set())
    return asideNow.has(id)
  }
  // Set aside, not written over: a title typed into makes its id anew at each letter, and the
  // ids it passed through are nowhere to come back from.
  const gone = old.filter(
    (item) =>
      item.follows && typeof item.id === 'string' && item.id !== '' && !present.has(item.id) && isAside(item.id),
  )
  if (gone.length === 0 && (previous === undefined || !previous.some((id) => present.has(id)))) return previous
  const next = [...(previous ?? []), ...gone.map((item) => item.id as string)].filter((id) => !present.has(id))
  return next.length === 0 ? undefined : [...new Set(next)]
}
/** Whether the item at `itemPath` has an id that follows its title (see `markFollowing`). */
export function followingAt(keys: KeyGroups, itemPath: DraftPath): boolean {
  return itemKeysAt(keys, itemPath)?.follows === true
}

/**
 * The item paths (a button's `["action", "buttons", 0]`) whose ids follow their titles in
 * `state` (`idFollowsTitle`), saved with the draft (`SavedDraft.following`) so that a reload
 * keeps them following.
 */
export function followingIdPaths(state: EditorState, options: DraftOptions = {}): DraftPath[] {
  return idItems(state.draft, state.keys, options)
    .filter((item) => item.follows)
    .map((item) => [...item.itemPath])
}

/**
 * `state` with the ids of the items at `paths` following their titles too: a saved draft's
 * (`SavedDraft.following`) brought back. Every other item keeps what it had (a draft restored
 * by `createEditorState` keeps its ids), so a draft saved without the list keeps every id.
 */
export function restoreFollowingIds(
  state: EditorState,
  paths: readonly DraftPath[] | undefined,
  options: DraftOptions = {},
): EditorState {
  if (paths === undefined || paths.length === 0) return state
  const items = idItems(state.draft, state.keys, options)
  const listed = items.filter((item) => !item.follows && paths.some((path) => samePath(path, item.itemPath)))
  if (listed.length === 0) return state
  const following = new Set([...items.filter((item) => item.follows), ...listed].map((item) => item.key))
  return { ...state, keys: withFlags(state.keys, following) }
}
