import { LIMITS } from '../limits.ts'
import { placesInKeyOrder, shownCardKeys } from './card-order.ts'
import type { GroupDescription } from './draft-description.ts'
import { takenIds } from './draft-ids.ts'
import { type DraftOperationResult, refuse } from './draft-operation.ts'
import type { DraftOptions } from './draft-options.ts'
import { type DraftPath, getAt, isRecord, removeAt, samePath, setAt } from './draft-path.ts'
import { groupAt } from './group-at.ts'
import { newItem } from './new-item.ts'
import { type StarterText, starterText } from './starter-text.ts'
import { groupTotal } from './walk-description.ts'

/**
 * `draft` with the way to the list at `path` made usable: what stands where an object belongs on
 * the way (`"action": "x"`) becomes an empty object, and what stands where the list belongs
 * (`"buttons": "x"`) an empty list. Only Add does this, as its own undo step: the form cannot
 * show such a value, and undo brings it back.
 */
function clearedWay(draft: unknown, path: DraftPath): unknown {
  let next = draft
  for (let end = 1; end < path.length; end += 1) {
    const value = getAt(next, path.slice(0, end))
    if (typeof path[end] === 'string' && value !== undefined && !isRecord(value))
      next = setAt(next, path.slice(0, end), {})
  }
  const list = getAt(next, path)
  return list === undefined || Array.isArray(list) ? next : setAt(next, path, [])
}

/** For sections: the group of their items (rows, products), whose total a new section adds to. */
const innerGroup = (group: GroupDescription): GroupDescription | undefined =>
  group.item === 'section' || group.item === 'productSection'
    ? group.fields.find((node): node is GroupDescription => node.node === 'group')
    : undefined

/**
 * The words `title` is written in as the starter title of the 1-based place `n` ("Section 2",
 * "Sehemu 2"): the UI's language, English or another language the UI has (`otherText`), so a
 * draft started in one language and edited in another keeps its starter titles following.
 * `undefined` for anything else: a title the person wrote, or words of a language not known.
 */
function starterTitleWords(title: unknown, n: number, options: DraftOptions): Partial<StarterText> | undefined {
  if (typeof title !== 'string') return undefined
  return [options.text ?? {}, {}, ...(options.otherText ?? [])].find(
    (words) => starterText('section.title', words, n) === title,
  )
}

/**
 * Section titles that are still the starter words of their place ("Section 2", never edited)
 * follow their place after an add, remove or move, in the words they were written in;
 * `before` holds each section's place before (`undefined`: new). A section left alone keeps
 * no such title: one section needs none, as a new list's has none. A title the person wrote,
 * even "Section 3" on the second section, is kept.
 */
function renumberStarterTitles(
  draft: unknown,
  path: DraftPath,
  before: readonly (number | undefined)[],
  options: DraftOptions,
): unknown {
  const sections = getAt(draft, path)
  if (!Array.isArray(sections)) return draft
  let next = draft
  before.forEach((place, s) => {
    const titlePath = [...path, s, 'title']
    const words = place === undefined ? undefined : starterTitleWords(getAt(sections[s], ['title']), place + 1, options)
    if (place === undefined || words === undefined) return
    if (sections.length === 1) next = removeAt(next, titlePath)
    else if (place !== s) next = setAt(next, titlePath, starterText('section.title', words, s + 1))
  })
  return next
}

const places = (count: number): (number | undefined)[] => Array.from({ length: count }, (_, place) => place)

/**
 * Numbers the cards 0, 1, 2… in the order of `order` (one sort key per card; by default their
 * position). The builder keeps card_index equal to the position, but cards written elsewhere
 * may be listed in another order: adding or removing one then keeps the order WhatsApp shows
 * the others in.
 */
function renumberCards(draft: unknown, path: DraftPath, order?: readonly number[]): unknown {
  const cards = getAt(draft, path)
  if (!Array.isArray(cards)) return draft
  const keys = cards.map((_, position) => order?.[position] ?? position)
  const ranks = new Map(placesInKeyOrder(keys).map((position, rank) => [position, rank]))
  return setAt(
    draft,
    path,
    cards.map((card, position) => {
      const card_index = ranks.get(position)
      return getAt(card, ['card_index']) === card_index ? card : { ...(card as object), card_index }
    }),
  )
}

/**
 * The sort keys of `cards` with a new card at `at`: shown just before the card listed after
 * it, or last when it is added at the end.
 */
function orderWithNewCard(cards: readonly unknown[], at: number): number[] {
  const shown = shownCardKeys(cards)
  const after = shown[at]
  return insert(shown, at, after === undefined ? Math.max(-1, ...shown) + 1 : after - 0.5) as number[]
}

/**
 * The sort keys of `cards` after the card at `from` moves to `to` in the list: it is shown
 * before every card it moved up past (after every card it moved down past), just before the
 * first (after the last) of them it was not, and the others keep the order they are shown in. A
 * move in the form changes where the moved card is shown, and only as far as the move says.
 */
function orderAfterMove(cards: readonly unknown[], from: number, to: number): number[] {
  const shown = shownCardKeys(cards)
  const own = shown[from] as number
  const passed = to < from ? shown.slice(to, from) : shown.slice(from + 1, to + 1)
  const wrongSide = passed.filter((key) => (to < from ? key < own : key > own))
  const key = wrongSide.length === 0 ? own : to < from ? Math.min(...wrongSide) - 0.5 : Math.max(...wrongSide) + 0.5
  return insert(
    shown.filter((_, i) => i !== from),
    to,
    key,
  ) as number[]
}

/**
 * The group arrays an add or remove at the group array `path` changes: that one, or for quick
 * replies the buttons of every card (every card keeps the same buttons).
 */
export function alignedPaths(draft: unknown, path: DraftPath, group: GroupDescription | undefined): DraftPath[] {
  if (group?.aligned !== true) return [path]
  const cardsPath = path.slice(0, path.length - group.path.length - 1)
  const cards = getAt(draft, cardsPath)
  if (!Array.isArray(cards)) return [path]
  return cards
    .map((_, c) => [...cardsPath, c, ...group.path])
    .filter((candidate) => Array.isArray(getAt(draft, candidate)))
}

const insert = <T>(items: readonly T[], index: number, item: T): T[] => [
  ...items.slice(0, index),
  item,
  ...items.slice(index),
]

/**
 * The most items `group` may hold when adding. Reply buttons may go past 3, up to a list's
 * rows: the "turn into a list" fix-it then keeps every one of them.
 */
const addMax = (group: GroupDescription): number | undefined =>
  group.item === 'button' ? LIMITS.list.rowsTotal.max : group.count?.max

/** Adds a new item to the group array at `path`, at `index` (default: the end). */
export function addItem(
  draft: unknown,
  path: DraftPath,
  index: number | undefined,
  options: DraftOptions,
): DraftOperationResult {
  const found = groupAt(draft, path, options)
  if (found === undefined) return refuse('not_found')
  const { description, group } = found
  const at = index ?? found.items.length
  if (!Number.isInteger(at) || at < 0 || at > found.items.length) return refuse('not_found')
  const targets = alignedPaths(draft, path, group)
  const max = addMax(group)
  for (const target of targets) {
    const items = getAt(draft, target)
    const length = Array.isArray(items) ? items.length : 0
    if (max !== undefined && length >= max) return refuse('too_many', max, undefined, group.count?.kind)
  }
  if (group.total !== undefined && groupTotal(description, draft, group) >= group.total.max) {
    return refuse('too_many', group.total.max, group.item)
  }
  const inner = innerGroup(group)
  if (inner?.total !== undefined && groupTotal(description, draft, inner) >= inner.total.max) {
    return refuse('too_many', inner.total.max, inner.item)
  }
  const taken = takenIds(description, draft)
  const firstCard = group.item === 'card' ? found.items[0] : undefined
  let next = draft
  for (const target of targets) {
    next = clearedWay(next, target)
    const items = (getAt(next, target) as unknown[] | undefined) ?? []
    const item = newItem(group.item, { description, draft: next, taken, number: at + 1, options, firstCard })
    next = setAt(next, target, insert(items, Math.min(at, items.length), item))
  }
  if (group.item === 'card') next = renumberCards(next, path, orderWithNewCard(found.items, at))
  if (inner !== undefined)
    next = renumberStarterTitles(next, path, insert(places(found.items.length), at, undefined), options)
  if (inner !== undefined && found.items.length + 1 > 1) {
    // Titles are required once there is more than one section: name the untitled ones.
    const sections = getAt(next, path) as unknown[]
    sections.forEach((section, s) => {
      if (getAt(section, ['title']) === undefined) {
        next = setAt(next, [...path, s, 'title'], starterText('section.title', options.text, s + 1))
      }
    })
  }
  return { ok: true, draft: next }
}

const itemIndex = (path: DraftPath): number | undefined => {
  const last = path.at(-1)
  return typeof last === 'number' ? last : undefined
}

/** Removes the item at `path`, unless its group would drop below its minimum. */
export function removeItem(draft: unknown, path: DraftPath, options: DraftOptions): DraftOperationResult {
  const index = itemIndex(path)
  const groupPath = path.slice(0, -1)
  const found = index === undefined ? undefined : groupAt(draft, groupPath, options)
  if (found === undefined || index === undefined || index < 0 || index >= found.items.length) return refuse('not_found')
  const { group } = found
  const min = group.count?.min ?? 0
  if (found.items.length - 1 < min) return refuse('too_few', min)
  let next = draft
  for (const target of alignedPaths(draft, groupPath, group)) {
    const items = getAt(next, target) as unknown[]
    if (index < items.length)
      next = setAt(
        next,
        target,
        items.filter((_, i) => i !== index),
      )
  }
  if (innerGroup(group) !== undefined) {
    next = renumberStarterTitles(
      next,
      groupPath,
      places(found.items.length).filter((place) => place !== index),
      options,
    )
  }
  if (group.item === 'card') {
    next = renumberCards(
      next,
      groupPath,
      shownCardKeys(found.items).filter((_, i) => i !== index),
    )
  }
  return { ok: true, draft: next }
}

/**
 * Moves the item at `path` to the item path `to`: within its group, or (rows, products) into
 * another section, refused when the target would pass its maximum or the source section
 * would be left empty.
 */
export function moveItem(draft: unknown, path: DraftPath, to: DraftPath, options: DraftOptions): DraftOperationResult {
  const from = itemIndex(path)
  const target = itemIndex(to)
  const fromGroup = path.slice(0, -1)
  const toGroup = to.slice(0, -1)
  const source = from === undefined ? undefined : groupAt(draft, fromGroup, options)
  const destination = target === undefined ? undefined : groupAt(draft, toGroup, options)
  if (source === undefined || destination === undefined || from === undefined || target === undefined)
    return refuse('not_found')
  if (from < 0 || from >= source.items.length) return refuse('not_found')
  if (source.group !== destination.group) return refuse('not_allowed')
  const { group } = source
  let next: unknown
  if (samePath(fromGroup, toGroup)) {
    if (target < 0 || target >= source.items.length) return refuse('not_found')
    const rest = source.items.filter((_, i) => i !== from)
    next = setAt(draft, fromGroup, insert(rest, target, source.items[from]))
    if (innerGroup(group) !== undefined) {
      const order = places(source.items.length).filter((place) => place !== from)
      next = renumberStarterTitles(next, fromGroup, insert(order, target, from), options)
    }
  } else {
    // Quick replies stay on their card: every card must keep the same number of buttons.
    if (group.aligned) return refuse('stays_on_card')
    if (target < 0 || target > destination.items.length) return refuse('not_found')
    const max = group.count?.max
    if (max !== undefined && destination.items.length + 1 > max) {
      return refuse('too_many', max, undefined, group.count?.kind)
    }
    const min = group.count?.min ?? 0
    if (source.items.length - 1 < min) return refuse('leaves_section_empty', min, group.item)
    next = setAt(
      draft,
      fromGroup,
      source.items.filter((_, i) => i !== from),
    )
    next = setAt(next, toGroup, insert(destination.items, target, source.items[from]))
  }
  if (group.item === 'card') next = renumberCards(next, fromGroup, orderAfterMove(source.items, from, target))
  return { ok: true, draft: next }
}
