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
  readonly path: DraftPath
}

const MESSAGE: IssueAnchor = { kind: 'message', path: [] }
const TYPE: IssueAnchor = { kind: 'type', path: ['type'] }

const keyOf = (path: DraftPath) => path.join('\u0000')

interface Present {
  anchors: Map<string, IssueAnchor>
  fields: DraftPath[]
}

// Only what the form shows: the chosen option of every choice, the items the draft holds.
function collect(nodes: readonly DraftNode[], draft: unknown, out: Present): void {
  visitShown(nodes, [], draft, (node, path) => {
    const key = keyOf(path)
    if (node.node === 'field') {
      out.fields.push(path)
      if (!out.anchors.has(key)) out.anchors.set(key, { kind: 'field', path })
    } else if (node.node === 'choice') {
      // A carousel's card-kind choice shares its path with the cards group, which shows the counts.
      if (!out.anchors.has(key)) out.anchors.set(key, { kind: 'choice', path })
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

/**
 * A finder of the control that shows an issue at a path (an `Issue.path` or a `FixIt` path) in
 * this draft's form: the field, choice, group or item at the path or nearest above it, else the
 * first field below it (a missing body → "Body text"); only what the form shows counts (the
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
export function issueAnchors(draft: unknown, options: DraftOptions = {}): (path: DraftPath) => IssueAnchor {
  const present: Present = { anchors: new Map(), fields: [] }
  let type: ReturnType<typeof draftType>
  try {
    type = draftType(draft)
    if (type !== undefined) collect(descriptionNodes(describeInteractive(type, options)), draft, present)
  } catch {
    // A draft the walk cannot read has no anchors: every issue goes to the message.
  }
  return (path) => {
    if (path[0] === 'type' || (type === undefined && path.length > 0)) return TYPE
    for (let length = path.length; length > 0; length--) {
      const found = present.anchors.get(keyOf(path.slice(0, length)))
      if (found) return found
    }
    if (path.length === 0) return MESSAGE
    const below = present.fields.find((field) => startsWith(field, path))
    return below === undefined ? MESSAGE : { kind: 'field', path: below }
  }
}

/** `issueAnchors(draft, options)(path)`: where the form shows one issue. */
export function issueAnchor(draft: unknown, path: DraftPath, options: DraftOptions = {}): IssueAnchor {
  return issueAnchors(draft, options)(path)
}
