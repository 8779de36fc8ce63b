import type {
  ChoiceDescription,
  DraftNode,
  FieldDescription,
  GroupDescription,
  InteractiveDescription,
} from './draft-description.ts'
import { type DraftPath, getAt, samePath, startsWith } from './draft-path.ts'
import { readChoice } from './read-choice.ts'

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

// The chosen option first: carousel card kinds share the cards group's path.
function optionsInOrder(choice: ChoiceDescription, draft: unknown, base: DraftPath) {
  const chosen = readChoice(draft, choice, base)
  return [...choice.options].sort((a, b) => Number(b.value === chosen) - Number(a.value === chosen))
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

function collect(nodes: readonly DraftNode[], base: DraftPath, draft: unknown, out: FieldInstance[]): void {
  for (const node of nodes) {
    switch (node.node) {
      case 'field': {
        const path = [...base, ...node.path]
        out.push({ node, base, path, value: getAt(draft, path) })
        break
      }
      case 'fieldset':
        collect(node.fields, base, draft, out)
        break
      case 'choice': {
        const chosen = readChoice(draft, node, base)
        const option = node.options.find((candidate) => candidate.value === chosen)
        if (option) collect(option.fields, base, draft, out)
        break
      }
      case 'group': {
        const at = [...base, ...node.path]
        const items = getAt(draft, at)
        if (Array.isArray(items)) {
          for (let i = 0; i < items.length; i++) collect(node.fields, [...at, i], draft, out)
        }
        break
      }
    }
  }
}

/** Every field of the chosen options, for every item the draft holds, in display order. */
export function fieldInstances(description: InteractiveDescription, draft: unknown): FieldInstance[] {
  const out: FieldInstance[] = []
  collect(descriptionNodes(description), [], draft, out)
  return out
}

/** One group present in the draft: the group and the absolute path of its array. */
export interface GroupInstance {
  node: GroupDescription
  path: DraftPath
  items: readonly unknown[]
}

function collectGroups(nodes: readonly DraftNode[], base: DraftPath, draft: unknown, out: GroupInstance[]): void {
  for (const node of nodes) {
    if (node.node === 'fieldset') collectGroups(node.fields, base, draft, out)
    else if (node.node === 'choice') {
      const chosen = readChoice(draft, node, base)
      const option = node.options.find((candidate) => candidate.value === chosen)
      if (option) collectGroups(option.fields, base, draft, out)
    } else if (node.node === 'group') {
      const at = [...base, ...node.path]
      const items = getAt(draft, at)
      if (!Array.isArray(items)) continue
      out.push({ node, path: at, items })
      for (let i = 0; i < items.length; i++) collectGroups(node.fields, [...at, i], draft, out)
    }
  }
}

/** Every group array the draft holds (outer groups before their inner ones), for the chosen options. */
export function groupInstances(description: InteractiveDescription, draft: unknown): GroupInstance[] {
  const out: GroupInstance[] = []
  collectGroups(descriptionNodes(description), [], draft, out)
  return out
}
