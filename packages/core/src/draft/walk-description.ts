import type {
  ChoiceDescription,
  DraftNode,
  FieldDescription,
  GroupDescription,
  InteractiveDescription,
} from './draft-description.ts'
import { type DraftPath, getAt, samePath, startsWith } from './draft-path.ts'
import { alsoHeldOptions, chosenOption, readChoice } from './read-choice.ts'

/** The top-level nodes of a description, in display order. */
export function descriptionNodes(description: InteractiveDescription): DraftNode[] {
  const nodes: DraftNode[] = []
  if (description.header) nodes.push(description.header)
  if (description.body) nodes.push(description.body)
  if (description.footer) nodes.push(description.footer)
  return [...nodes, ...description.action]
}

/** A node found in a draft: the node, and the path of the item it belongs to (`[]` outside groups). */
export interface Located<N extends DraftNode> {
  node: N
  base: DraftPath
}

// The chosen option first (a held one too): a card's content kinds share their paths.
function optionsInOrder(choice: ChoiceDescription, draft: unknown, base: DraftPath) {
  const chosen = readChoice(draft, choice, base)
  return [...choice.options, ...(choice.held ?? [])].sort(
    (a, b) => Number(b.value === chosen) - Number(a.value === chosen),
  )
}

type Want = { field: FieldDescription; group: GroupDescription; choice: ChoiceDescription }

function search<K extends keyof Want>(
  nodes: readonly DraftNode[],
  base: DraftPath,
  draft: unknown,
  path: DraftPath,
  want: K,
): Located<Want[K]> | undefined {
  for (const node of nodes) {
    if (node.node === 'fieldset') {
      const found = search(node.fields, base, draft, path, want)
      if (found) return found
      continue
    }
    const at = [...base, ...node.path]
    if (node.node === want && samePath(at, path)) return { node: node as Want[K], base }
    if (node.node === 'choice') {
      for (const option of optionsInOrder(node, draft, base)) {
        const found = search(option.fields, base, draft, path, want)
        if (found) return found
      }
    } else if (node.node === 'group' && path.length > at.length && startsWith(path, at)) {
      const index = path[at.length]
      if (typeof index === 'number') {
        const found = search(node.fields, [...at, index], draft, path, want)
        if (found) return found
      }
    }
  }
  return undefined
}

/** The field, group or choice of `description` at the absolute `path` of `draft`, with its item's path. */
export function locate<K extends keyof Want>(
  description: InteractiveDescription,
  draft: unknown,
  path: DraftPath,
  want: K,
): Located<Want[K]> | undefined {
  return search(descriptionNodes(description), [], draft, path, want)
}

/** One field present in the draft's shape, at its absolute `path`. */
export interface FieldInstance {
  node: FieldDescription
  base: DraftPath
  path: DraftPath
  value: unknown
}

/** A node a form shows: a field, a choice or a group (fieldsets only arrange them). */
export type ShownNode = FieldDescription | ChoiceDescription | GroupDescription

/**
 * Calls `visit` with every field, choice and group a form of `draft` shows, in display order,
 * with its absolute path and the path of its item: inside the chosen option of each choice
 * (then any other option whose value the draft also holds, see `alsoHeldOptions`), and (after the group itself) inside every item the draft holds of each group.
 */
export function visitShown(
  nodes: readonly DraftNode[],
  base: DraftPath,
  draft: unknown,
  visit: (node: ShownNode, path: DraftPath, base: DraftPath) => void,
): void {
  for (const node of nodes) {
    if (node.node === 'fieldset') {
      visitShown(node.fields, base, draft, visit)
      continue
    }
    const path = [...base, ...node.path]
    visit(node, path, base)
    if (node.node === 'choice') {
      const option = chosenOption(draft, node, base)
      if (option) visitShown(option.fields, base, draft, visit)
      for (const held of alsoHeldOptions(draft, node, base)) visitShown(held.option.fields, base, draft, visit)
    } else if (node.node === 'group') {
      const items = getAt(draft, path)
      if (Array.isArray(items))
        for (let i = 0; i < items.length; i++) visitShown(node.fields, [...path, i], draft, visit)
    }
  }
}

/** Every field of the chosen options, for every item the draft holds, in display order. */
export function fieldInstances(description: InteractiveDescription, draft: unknown): FieldInstance[] {
  const out: FieldInstance[] = []
  visitShown(descriptionNodes(description), [], draft, (node, path, base) => {
    if (node.node === 'field') out.push({ node, base, path, value: getAt(draft, path) })
  })
  return out
}

/** One group present in the draft: the group and the absolute path of its array. */
export interface GroupInstance {
  node: GroupDescription
  path: DraftPath
  items: readonly unknown[]
}

/** Every group array the draft holds (outer groups before their inner ones), for the chosen options. */
export function groupInstances(description: InteractiveDescription, draft: unknown): GroupInstance[] {
  const out: GroupInstance[] = []
  visitShown(descriptionNodes(description), [], draft, (node, path) => {
    const items = node.node === 'group' ? getAt(draft, path) : undefined
    if (Array.isArray(items)) out.push({ node: node as GroupDescription, path, items })
  })
  return out
}

/** How many items of `group` the whole draft holds (rows across every section). */
export function groupTotal(description: InteractiveDescription, draft: unknown, group: GroupDescription): number {
  return groupInstances(description, draft)
    .filter((instance) => instance.node === group)
    .reduce((sum, instance) => sum + instance.items.length, 0)
}
