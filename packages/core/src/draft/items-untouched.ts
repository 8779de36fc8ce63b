import type { DraftNode, InteractiveDescription } from './draft-description.ts'
import type { DraftPath } from './draft-path.ts'
import { descriptionNodes } from './walk-description.ts'

// The top-level draft keys of a description under which it holds items (a group, or a choice
// that shows one), found once per description: descriptions are made once per type and options.
// `null`: a node holding items sits at the draft's root, so no key is outside them.
const itemRoots = new WeakMap<InteractiveDescription, ReadonlySet<string | number> | null>()

function holdsItems(node: DraftNode): boolean {
  if (node.node === 'group') return true
  if (node.node === 'fieldset') return node.fields.some(holdsItems)
  if (node.node === 'choice')
    return [...node.options, ...(node.held ?? [])].some((option) => option.fields.some(holdsItems))
  return false
}

function collectRoots(nodes: readonly DraftNode[], out: Set<string | number>): Set<string | number> | null {
  for (const node of nodes) {
    if (node.node === 'fieldset') {
      if (collectRoots(node.fields, out) === null) return null
    } else if (holdsItems(node)) {
      const top = node.path[0]
      if (top === undefined) return null
      out.add(top)
    }
  }
  return out
}

function itemRootsOf(description: InteractiveDescription): ReadonlySet<string | number> | null {
  let roots = itemRoots.get(description)
  if (roots === undefined) {
    roots = collectRoots(descriptionNodes(description), new Set())
    itemRoots.set(description, roots)
  }
  return roots
}

/**
 * Whether a change of the field at `path` from `before` to `after` (drafts of `description`'s
 * type) leaves every item where it was: the path lies outside the parts that hold items, and
 * each of those parts is still the same object. Items, their keys, ids and titles are then as
 * they were, so an editor state's keys need no walk of the draft (typing into the body).
 */
export function leavesItems(
  description: InteractiveDescription,
  before: unknown,
  after: unknown,
  path: DraftPath,
): boolean {
  const top = path[0]
  if (top === undefined || typeof before !== 'object' || before === null || typeof after !== 'object' || after === null)
    return false
  const roots = itemRootsOf(description)
  if (roots === null || roots.has(top)) return false
  for (const root of roots) {
    if ((before as Record<string | number, unknown>)[root] !== (after as Record<string | number, unknown>)[root])
      return false
  }
  return true
}
