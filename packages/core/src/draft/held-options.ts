import { type DraftPath, getAt, isRecord, removeAt, setAt } from './draft-path.ts'

/**
 * A value set aside: what a switchable part held under an option (`#option` keys), or what it
 * held right after it was switched (`@` keys), to tell later what the person changed since.
 */
export interface HeldValue {
  /** The option it held `value` under. */
  readonly option: string
  readonly value: unknown
}

/** One part a switch changes whole: the message (its type), a card (its kind), a header. */
export interface SwitchedPart {
  /** Stable name of the part and its switch: `"type"`, `"<card key>#cardKind"`. */
  key: string
  /** Where its value is in the draft (`[]`: the whole draft). */
  path: DraftPath
}

export const isHeld = (entry: unknown): entry is HeldValue =>
  isRecord(entry) && typeof entry.option === 'string' && Object.hasOwn(entry, 'value')

const putAt = (draft: unknown, path: DraftPath, value: unknown): unknown =>
  value === undefined ? removeAt(draft, path) : setAt(draft, path, value)

/** Whether two draft values are equal, key by key and item by item (key order aside). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]))
  }
  if (!isRecord(a) || !isRecord(b)) return false
  const keys = Object.keys(a)
  return (
    keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]))
  )
}

// Each leaf of a value as "path=value", to compare two items field by field.
function leaves(value: unknown, prefix = '', out: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) leaves(item, `${prefix}/${i}`, out)
  } else if (isRecord(value)) for (const key of Object.keys(value)) leaves(value[key], `${prefix}/${key}`, out)
  else out.push(`${prefix}=${JSON.stringify(value)}`)
  return out
}

/**
 * For each item of `fresh`, the index of the item of `untouched` it is (or -1: added since), so
 * that an item moved or edited since gets back what it held, not its neighbour's: first the
 * items left unchanged (moved or not); then an edited item by a leaf it still shares with one
 * item only (a typed id beside a new title); then, when as many are left on each side, the
 * rest in order (edited in place). Removed items are left unmatched.
 */
function matchItems(untouched: readonly unknown[], fresh: readonly unknown[]): number[] {
  const taken = new Set<number>()
  const match = fresh.map((item) => {
    const j = untouched.findIndex((candidate, k) => !taken.has(k) && sameValue(candidate, item))
    if (j !== -1) taken.add(j)
    return j
  })
  const leavesOf = untouched.map((item) => leaves(item))
  const shared = (leaf: string) => leavesOf.filter((item) => item.includes(leaf)).length
  fresh.forEach((item, i) => {
    if (match[i] !== -1) return
    const distinct = leaves(item).filter((leaf) => shared(leaf) === 1)
    const j = leavesOf.findIndex((other, k) => !taken.has(k) && distinct.some((leaf) => other.includes(leaf)))
    if (j !== -1) {
      taken.add(j)
      match[i] = j
    }
  })
  const freshLeft = match.flatMap((j, i) => (j === -1 ? [i] : []))
  const untouchedLeft = untouched.flatMap((_, k) => (taken.has(k) ? [] : [k]))
  if (freshLeft.length === untouchedLeft.length) {
    for (const [n, i] of freshLeft.entries()) match[i] = untouchedLeft[n] ?? -1
  }
  return match
}

// The one key under which each item of `groups` holds its own list (a section's `rows`).
function itemsKey(groups: readonly unknown[]): string | undefined {
  const first = groups[0]
  if (!isRecord(first)) return undefined
  const key = Object.keys(first).find((candidate) => Array.isArray(first[candidate]))
  return key !== undefined && groups.every((group) => isRecord(group) && Array.isArray(group[key])) ? key : undefined
}

/**
 * Groups the switch made one (a list's sections, whose rows became reply buttons and came back
 * as one section): each fresh item goes back to the group it was in, merged with what it held
 * (`matchItems` on the items), an added one to the group of the item before it; a group left
 * empty goes. `undefined` when the lists are not of that shape.
 */
function regrouped(held: readonly unknown[], untouched: readonly unknown[], fresh: readonly unknown[]) {
  const key = itemsKey(held)
  const [one] = untouched
  const [now] = fresh
  if (key === undefined || untouched.length !== 1 || fresh.length !== 1 || !isRecord(one) || !isRecord(now)) {
    return undefined
  }
  const before = one[key]
  const after = now[key]
  const heldItems = held.flatMap((group) => (group as Record<string, unknown[]>)[key] ?? [])
  if (!Array.isArray(before) || !Array.isArray(after) || before.length !== heldItems.length) return undefined
  const groupOf = held.flatMap((group, g) => ((group as Record<string, unknown[]>)[key] ?? []).map(() => g))
  const match = matchItems(before, after)
  const items: unknown[][] = held.map(() => [])
  let group = held.length - 1
  after.forEach((item, i) => {
    const j = match[i] ?? -1
    if (j !== -1) group = groupOf[j] ?? group
    items[group]?.push(j === -1 ? item : withChangesSince(heldItems[j], before[j], item))
  })
  return held.flatMap((each, g) => ((items[g]?.length ?? 0) === 0 ? [] : [{ ...(each as object), [key]: items[g] }]))
}

/**
 * `held` (what the part had under the option switched back to) with the changes made since:
 * where `fresh` (the switch's own result) differs from `untouched` (what the switch would give
 * had nothing changed since the part left that option), `fresh` wins; elsewhere `held` comes
 * back. Objects merge key by key. Lists merge item by item, each fresh item with the held item
 * it is (`matchItems`: a moved row keeps its own description), while `held` and `untouched`
 * pair one to one; an item added since comes as it is, one removed stays away. A list the
 * switch shortened gets its kept items' changes and the rest as held. Otherwise the changed
 * value is taken whole.
 */
export function withChangesSince(held: unknown, untouched: unknown, fresh: unknown): unknown {
  if (sameValue(untouched, fresh)) return held
  if (Array.isArray(held) && Array.isArray(untouched) && Array.isArray(fresh)) {
    if (held.length !== untouched.length) {
      const regroup = regrouped(held, untouched, fresh)
      if (regroup !== undefined) return regroup
      // The switch kept fewer items than were held (one URL button for two quick replies): the
      // ones it kept take the changes made since, in order, and the rest come back as held.
      if (held.length > untouched.length && fresh.length === untouched.length) {
        const kept = fresh.map((item, i) => withChangesSince(held[i], untouched[i], item))
        return [...kept, ...held.slice(untouched.length)]
      }
      return fresh
    }
    const match = matchItems(untouched, fresh)
    return fresh.map((item, i) => {
      const j = match[i] ?? -1
      return j === -1 ? item : withChangesSince(held[j], untouched[j], item)
    })
  }
  if (isRecord(held) && isRecord(untouched) && isRecord(fresh)) {
    // Own values only, and the object built from entries: a "__proto__" key (JSON.parse makes
    // one) is the draft's data, never a prototype, and "constructor" is never Object's.
    const out = new Map(Object.entries(held))
    for (const key of new Set([...Object.keys(untouched), ...Object.keys(fresh)])) {
      const value = withChangesSince(getAt(held, [key]), getAt(untouched, [key]), getAt(fresh, [key]))
      if (value === undefined) out.delete(key)
      else out.set(key, value)
    }
    return Object.fromEntries(out)
  }
  return fresh
}

/** What `keepHeldOptions` needs to know about one switch. */
export interface OptionSwitch {
  /** The draft before the switch, and the switch's own result. */
  before: unknown
  after: unknown
  /** The options left and picked. */
  from: string
  to: string
  /** The parts the switch changed (one, or each card). */
  parts: readonly SwitchedPart[]
  /**
   * The switch to `option` applied to another draft: to see what it gives had nothing changed,
   * and what the other options set aside would hold now. `undefined` where it cannot be made.
   */
  redo(draft: unknown, option: string): unknown
  /** Puts a part's restored value right in its place (a card's index). */
  settle?(value: unknown, part: number): unknown
}

/**
 * Sets aside what each part held under the option left, and brings back what it held under
 * the option picked, with the changes made since (`withChangesSince`). Returns the draft and
 * the set-aside entries to keep (`record` stores them; a part's `@` entry is written later with
 * `entered`, once the draft is final).
 */
export function keepHeldOptions(
  change: OptionSwitch,
  setAside: Readonly<Record<string, unknown>>,
  record: Record<string, unknown>,
): unknown {
  const { before, after, from, to, parts } = change
  for (const part of parts) record[`${part.key}#${from}`] = { option: from, value: getAt(before, part.path) }
  // The draft as it would be had nothing changed since each part was switched to `from`.
  let untouchedBefore = before
  let known = false
  for (const part of parts) {
    const entered = setAside[`${part.key}@`]
    if (!isHeld(entered) || entered.option !== from) continue
    untouchedBefore = putAt(untouchedBefore, part.path, entered.value)
    known = true
  }
  if (!known) return after
  // Edits made under `from` reach every option set aside, not only the one picked: product list
  // → product (catalog id edited) → catalog → product list keeps the edited catalog id, which
  // the catalog in between could not hold.
  const others = new Set<string>()
  for (const part of parts) {
    for (const [key, held] of Object.entries(setAside)) {
      const option = isHeld(held) && key.startsWith(`${part.key}#`) ? held.option : undefined
      if (option !== undefined && option !== from && option !== to && key === `${part.key}#${option}`) {
        others.add(option)
      }
    }
  }
  for (const option of others) {
    const untouchedThere = change.redo(untouchedBefore, option)
    const freshThere = change.redo(before, option)
    if (untouchedThere === undefined || freshThere === undefined) continue
    for (const part of parts) {
      const held = setAside[`${part.key}#${option}`]
      if (!isHeld(held)) continue
      const value = withChangesSince(held.value, getAt(untouchedThere, part.path), getAt(freshThere, part.path))
      record[`${part.key}#${option}`] = { option, value }
    }
  }
  const untouched = change.redo(untouchedBefore, to) ?? untouchedBefore
  let draft = after
  parts.forEach((part, i) => {
    const held = setAside[`${part.key}#${to}`]
    const entered = setAside[`${part.key}@`]
    if (!isHeld(held) || !isHeld(entered) || entered.option !== from) return
    const value = withChangesSince(held.value, getAt(untouched, part.path), getAt(after, part.path))
    // A whole draft held is an object: anything else was read from a damaged store, and the
    // switch's own draft stays rather than the person's draft becoming a number or a list.
    if (part.path.length === 0 && !isRecord(value)) return
    draft = putAt(draft, part.path, change.settle ? change.settle(value, i) : value)
  })
  return draft
}

/** Notes what each part holds right after switching to `option`, for `keepHeldOptions` later. */
export function entered(
  draft: unknown,
  parts: readonly SwitchedPart[],
  option: string,
  record: Record<string, unknown>,
): void {
  for (const part of parts) record[`${part.key}@`] = { option, value: getAt(draft, part.path) }
}
