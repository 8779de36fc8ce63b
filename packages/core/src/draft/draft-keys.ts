import type { DraftNode } from './draft-description.ts'
import { type DraftPath, getAt } from './draft-path.ts'
import { chosenOption } from './read-choice.ts'

/** The stable key of one item and the keys of the groups inside it. */
export interface ItemKeys {
  readonly key: string
  readonly groups: KeyGroups
  /** Whether the item's id follows its title (an `EditorState`'s `idFollowsTitle`). */
  readonly follows?: boolean
}

/** Item keys by group, each group named by its path relative to the item (`"action/buttons"`). */
export type KeyGroups = Readonly<Record<string, readonly ItemKeys[]>>

/** Hands out fresh keys: `k1`, `k2`… */
export interface KeyCounter {
  next: number
}

export const freshKey = (counter: KeyCounter): ItemKeys => ({ key: `k${counter.next++}`, groups: {} })

/** The number in a key `freshKey` handed out at the start of `text` (`k12`, `k12#image` → 12), else 0. */
export const keyNumber = (text: string): number => Number(/^k(\d+)/.exec(text)?.[1] ?? 0)

/** Splits an item or group path at its indexes: `[action, sections, 1, rows]` → `["action/sections", 1, "rows"]`. */
function split(path: DraftPath): { group: string; index: number | undefined; rest: DraftPath } {
  const at = path.findIndex((key) => typeof key === 'number')
  if (at === -1) return { group: path.join('/'), index: undefined, rest: [] }
  return { group: path.slice(0, at).join('/'), index: path[at] as number, rest: path.slice(at + 1) }
}

/** The keys of the group array at `path` changed by `update`; unchanged when the path is not keyed. */
export function updateGroupKeys(
  groups: KeyGroups,
  path: DraftPath,
  update: (items: readonly ItemKeys[]) => readonly ItemKeys[],
): KeyGroups {
  const { group, index, rest } = split(path)
  const items = groups[group] ?? []
  if (index === undefined) return { ...groups, [group]: update(items) }
  const item = items[index]
  if (item === undefined) return groups
  const changed = { ...item, groups: updateGroupKeys(item.groups, rest, update) }
  return { ...groups, [group]: items.map((candidate, i) => (i === index ? changed : candidate)) }
}

/** The keys of the item at `path`, if keyed. */
export function itemKeysAt(groups: KeyGroups, path: DraftPath): ItemKeys | undefined {
  const { group, index, rest } = split(path)
  if (index === undefined) return undefined
  const item = groups[group]?.[index]
  if (item === undefined || rest.length === 0) return item
  return itemKeysAt(item.groups, rest)
}

/**
 * Keys for every group the draft holds, reusing `old` position by position and handing out
 * fresh keys for new items; groups the draft no longer has are dropped.
 */
export function reconcileKeys(
  nodes: readonly DraftNode[],
  base: DraftPath,
  draft: unknown,
  old: KeyGroups,
  counter: KeyCounter,
  out: Record<string, readonly ItemKeys[]> = {},
): KeyGroups {
  for (const node of nodes) {
    if (node.node === 'fieldset') reconcileKeys(node.fields, base, draft, old, counter, out)
    else if (node.node === 'choice') {
      const option = chosenOption(draft, node, base)
      if (option) reconcileKeys(option.fields, base, draft, old, counter, out)
    } else if (node.node === 'group') {
      const at = [...base, ...node.path]
      const items = getAt(draft, at)
      if (!Array.isArray(items)) continue
      const name = node.path.join('/')
      const previous = old[name] ?? []
      out[name] = items.map((_, i) => {
        const keys = previous[i] ?? freshKey(counter)
        return { key: keys.key, groups: reconcileKeys(node.fields, [...at, i], draft, keys.groups, counter) }
      })
    }
  }
  return out
}

/**
 * The keys of items a change listed in another order (the fix-it that sorts a carousel's cards),
 * moved with their items, so what belongs to an item (its id following its title, its inner
 * items' keys) stays with it. An item is the same when it is the same object before and after;
 * a group whose items are not all the same objects keeps its keys by position.
 */
export function followReordered(
  groups: KeyGroups,
  before: unknown,
  after: unknown,
  beforeBase: DraftPath = [],
  afterBase: DraftPath = [],
): KeyGroups {
  let out: Record<string, readonly ItemKeys[]> | undefined
  for (const [name, items] of Object.entries(groups)) {
    const relative = name.split('/')
    const was = getAt(before, [...beforeBase, ...relative])
    const now = getAt(after, [...afterBase, ...relative])
    if (!Array.isArray(was) || !Array.isArray(now) || was.length !== now.length || items.length !== was.length) continue
    const from = now.map((item) => was.indexOf(item))
    if (from.some((i, at) => i < 0 || from.indexOf(i) !== at)) continue
    const moved = from.map((i, at) => {
      const keys = items[i] as ItemKeys
      const inner = followReordered(
        keys.groups,
        before,
        after,
        [...beforeBase, ...relative, i],
        [...afterBase, ...relative, at],
      )
      return inner === keys.groups ? keys : { ...keys, groups: inner }
    })
    if (moved.every((keys, at) => keys === items[at])) continue
    out = { ...(out ?? groups), [name]: moved }
  }
  return out ?? groups
}
