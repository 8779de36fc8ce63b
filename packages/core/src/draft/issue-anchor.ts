import { describeInteractive, draftType } from './describe-interactive.ts'
import type { DraftNode } from './draft-description.ts'
import type { DraftOptions } from './draft-options.ts'
import { type DraftPath, getAt, startsWith } from './draft-path.ts'
import { descriptionNodes, visitShown } from './walk-description.ts'

/** What a form control an issue belongs to is: see `issueAnchor`. */
export type IssueAnchorKind = 'type' | 'field' | 'choice' | 'group' | 'item' | 'message'

/** The control of a form that shows an issue, and its absolute path in the draft. */
export interface IssueAnchor {
  /**
   * `type`: the type picker; `field`: a field; `choice`: a choice (header kind, media source…);
   * `group`: a group's list (too many buttons); `item`: one item (a card whose index is wrong);
   * `message`: nothing the form shows (a footer this type does not take).
   */
  readonly kind: IssueAnchorKind
  /** The control's path in the draft (`['action', 'buttons', 1, 'reply', 'title']`; `[]` for the message). */
  readonly path: DraftPath
}

const MESSAGE: IssueAnchor = { kind: 'message', path: [] }
const TYPE: IssueAnchor = { kind: 'type', path: ['type'] }

const keyOf = (path: DraftPath) => path.join('\u0000')

interface Present {
  anchors: Map<string, IssueAnchor>
  /** The fields (and their optional parents) of options not chosen: their choice shows them. */
  hidden: Map<string, IssueAnchor>
  /**
   * The optional parent of an option's field the form shows (a flow's payload, also held beside
   * data_exchange): its first field, where the person sees what it holds.
   */
  parents: Map<string, IssueAnchor>
  fields: DraftPath[]
  /** Where each anchor's control comes in the form, top to bottom (by path key). */
  order: Map<string, number>
}

const place = (out: Present, key: string) => {
  if (!out.order.has(key)) out.order.set(key, out.order.size)
}

// Only what the form shows: the chosen option of every choice, the items the draft holds.
function collect(nodes: readonly DraftNode[], draft: unknown, out: Present): void {
  visitShown(nodes, [], draft, (node, path, base) => {
    const key = keyOf(path)
    // An item comes where its first control does: card 2 (its index) after card 1's fields.
    for (let length = 1; length <= base.length; length++)
      if (typeof base[length - 1] === 'number') place(out, keyOf(base.slice(0, length)))
    place(out, key)
    if (node.node === 'field') {
      out.fields.push(path)
      if (!out.anchors.has(key)) out.anchors.set(key, { kind: 'field', path })
      // Shown, an option's optional parent is no longer its choice's to show.
      const parent = node.optionalParent && keyOf([...base, ...node.optionalParent])
      if (parent !== undefined && out.hidden.has(parent) && !out.parents.has(parent))
        out.parents.set(parent, { kind: 'field', path })
    } else if (node.node === 'choice') {
      // A card's content has no control of its own: its issues go to the card or its fields.
      if (node.control === false) return
      // A carousel's card-kind choice shares its path with the cards group, which shows the counts.
      if (!out.anchors.has(key)) out.anchors.set(key, { kind: 'choice', path })
      for (const option of node.options) {
        for (const field of option.fields) {
          if (field.node !== 'field') continue
          for (const at of [field.path, field.optionalParent]) {
            if (at !== undefined) out.hidden.set(keyOf([...base, ...at]), { kind: 'choice', path })
          }
        }
      }
    } else {
      out.anchors.set(key, { kind: 'group', path })
      const items = getAt(draft, path)
      if (!Array.isArray(items)) return
      for (let i = 0; i < items.length; i++) {
        const item = [...path, i]
        out.anchors.set(keyOf(item), { kind: 'item', path: item })
      }
    }
  })
}

/** Finds the control that shows an issue at a path; see `issueAnchors`. */
export interface IssueAnchorFinder {
  (path: DraftPath): IssueAnchor
  /**
   * Where an anchor's control comes in the form, for listing issues in the order a person reads
   * the form: the type picker first, then what the message as a whole has, then each field,
   * choice, group and item top to bottom. Compare the numbers only; they are not indexes.
   */
  order(anchor: IssueAnchor): number
}

/**
 * A finder of the control that shows an issue at a path (an `Issue.path` or a `FixIt` path) in
 * this draft's form: the field, choice, group or item at the path or nearest above it, else the
 * first field below it (a missing body → "Body text"), else the first group below it (reply
 * buttons with no action → their Buttons); only what the form shows counts (the
 * chosen header kind, the items the draft holds). A UI puts the message, `aria-invalid` and the
 * fix-its there, and focuses it when the issue is picked from a summary. Built once per draft;
 * never throws.
 *
 * @example
 * const anchor = issueAnchors(draft)
 * anchor(['action', 'buttons', 0, 'reply', 'title']) // { kind: 'field', path: [same] }
 * anchor(['action', 'buttons']) // { kind: 'group', path: ['action', 'buttons'] }
 * anchor(['body']) // { kind: 'field', path: ['body', 'text'] }
 */
export function issueAnchors(draft: unknown, options: DraftOptions = {}): IssueAnchorFinder {
  const present: Present = { anchors: new Map(), hidden: new Map(), parents: new Map(), fields: [], order: new Map() }
  let type: ReturnType<typeof draftType>
  try {
    type = draftType(draft)
    if (type !== undefined) collect(descriptionNodes(describeInteractive(type, options)), draft, present)
  } catch {
    // A draft the walk cannot read has no anchors: every issue goes to the message.
  }
  const find = (path: DraftPath): IssueAnchor => {
    if (path[0] === 'type' || (type === undefined && path.length > 0)) return TYPE
    for (let length = path.length; length > 0; length--) {
      const key = keyOf(path.slice(0, length))
      const found = present.anchors.get(key) ?? present.parents.get(key) ?? present.hidden.get(key)
      if (found) return found
    }
    if (path.length === 0) return MESSAGE
    const below = present.fields.find((field) => startsWith(field, path))
    if (below !== undefined) return { kind: 'field', path: below }
    // No field inside (reply buttons with no action): the first group inside, whose Add fills it.
    for (const anchor of present.anchors.values())
      if (anchor.kind === 'group' && startsWith(anchor.path, path)) return anchor
    return MESSAGE
  }
  const order = (anchor: IssueAnchor): number => {
    if (anchor.kind === 'type') return -2
    if (anchor.kind === 'message') return -1
    return present.order.get(keyOf(anchor.path)) ?? Number.MAX_SAFE_INTEGER
  }
  return Object.assign(find, { order })
}

/**
 * `items` (issues, or anything with an issue's path) in the order a form of the draft shows
 * their controls, top to bottom (`anchorOf.order`); items at one control keep their order.
 * `pathOf` gives an item's path in the draft.
 *
 * @example
 * const anchorOf = issueAnchors(draft)
 * inFormOrder(result.issues, anchorOf, (issue) => issue.path)
 */
export function inFormOrder<T>(items: readonly T[], anchorOf: IssueAnchorFinder, pathOf: (item: T) => DraftPath): T[] {
  const rank = new Map(items.map((item) => [item, anchorOf.order(anchorOf(pathOf(item)))]))
  return [...items].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))
}

/** `issueAnchors(draft, options)(path)`: where the form shows one issue. */
export function issueAnchor(draft: unknown, path: DraftPath, options: DraftOptions = {}): IssueAnchor {
  return issueAnchors(draft, options)(path)
}
