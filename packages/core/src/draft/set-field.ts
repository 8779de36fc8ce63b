import { describeInteractive, draftType } from './describe-interactive.ts'
import type { DraftNode, InteractiveDescription } from './draft-description.ts'
import { followsTitle, ID_PREFIX, idFromTitle, takenIds } from './draft-ids.ts'
import { type DraftOperationResult, refuse } from './draft-operation.ts'
import type { DraftOptions } from './draft-options.ts'
import { type DraftPath, getAt, isRecord, removeAt, samePath, setAt, updateAt } from './draft-path.ts'
import { giveWayToTypedId } from './give-way.ts'
import { descriptionNodes, fieldInstances, locate } from './walk-description.ts'

// The paths (within an item) that ids are generated from, per description: a field that is no
// item's title ("description", "id") renews nothing, and the draft is not walked for it.
const titlePaths = new WeakMap<InteractiveDescription, ReadonlySet<string>>()

function collectTitlePaths(nodes: readonly DraftNode[], out: Set<string>): Set<string> {
  for (const node of nodes) {
    if (node.node === 'field') {
      if (node.generatedFrom !== undefined) out.add(node.generatedFrom.join('\u0000'))
    } else if (node.node === 'choice') {
      for (const option of [...node.options, ...(node.held ?? [])]) collectTitlePaths(option.fields, out)
    } else collectTitlePaths(node.fields, out)
  }
  return out
}

function isTitlePath(description: InteractiveDescription, relative: DraftPath): boolean {
  let paths = titlePaths.get(description)
  if (paths === undefined) {
    paths = collectTitlePaths(descriptionNodes(description), new Set())
    titlePaths.set(description, paths)
  }
  return paths.has(relative.join('\u0000'))
}

// While an id still follows its title, a new title brings a new id (unique, within its limit).
function renewIds(
  description: InteractiveDescription,
  before: unknown,
  after: unknown,
  titlePath: DraftPath,
  base: DraftPath,
  idFollows: IdFollows | undefined,
): unknown {
  if (!isTitlePath(description, titlePath.slice(base.length))) return after
  let next = after
  for (const instance of fieldInstances(description, before)) {
    const from = instance.node.generatedFrom
    if (from === undefined || !samePath(instance.base, base) || !samePath([...base, ...from], titlePath)) continue
    const limit = instance.node.limit
    const group = locate(description, before, base.slice(0, -1), 'group')?.node
    if (limit === undefined || group === undefined) continue
    const prefix = ID_PREFIX[group.item]
    const others = takenIds(description, before, instance.path)
    const follows =
      idFollows === undefined
        ? followsTitle(instance.value, getAt(before, titlePath), prefix, limit, others)
        : instance.value === '' || instance.value === undefined || idFollows(base)
    if (!follows) continue
    const title = getAt(after, titlePath)
    const id = idFromTitle(
      typeof title === 'string' ? title : '',
      prefix,
      takenIds(description, next, instance.path),
      limit,
    )
    next = setAt(next, instance.path, id)
  }
  return next
}

/**
 * Which items' ids follow their titles, by item path (`["action", "buttons", 0]`): an
 * `EditorState` knows which ids the builder generated (`idFollowsTitle`).
 */
export type IdFollows = (itemPath: DraftPath) => boolean

/**
 * Sets the value at `path`. Clearing an optional field (`""` or `undefined`) removes it, and
 * its optional parent once that is empty (a footer without text is no footer); a required
 * field keeps `""`. Setting a title renews the id generated from it while that id follows its
 * title: per `idFollows` when given (an empty id always does), else while the id is the one the
 * title would generate (a bare draft knows no more). Setting an id moves another item's
 * generated id equal to it out of the way (`giveWayToTypedId`).
 */
export function setField(
  draft: unknown,
  path: DraftPath,
  value: unknown,
  options: DraftOptions,
  idFollows?: IdFollows,
): DraftOperationResult {
  if (path.length === 0) return refuse('not_found')
  const type = draftType(draft)
  const description = type === undefined ? undefined : describeInteractive(type, options)
  const located = description === undefined ? undefined : locate(description, draft, path, 'field')
  const field = located?.node
  const clearing = value === undefined || (value === '' && field !== undefined && !field.required)
  let next: unknown
  if (clearing) {
    next = removeAt(draft, path)
    if (field?.optionalParent !== undefined && located !== undefined) {
      const parent = [...located.base, ...field.optionalParent]
      const holder = getAt(next, parent)
      if (isRecord(holder) && Object.keys(holder).length === 0) next = removeAt(next, parent)
    }
  } else {
    const updated = updateAt(draft, path, () => value)
    if (updated === undefined) return refuse('not_found')
    next = updated.value
  }
  // Only items (buttons, rows, quick replies) have ids generated from a title.
  if (description !== undefined && located !== undefined && located.base.length > 0) {
    next = renewIds(description, draft, next, path, located.base, idFollows)
    // An id typed by hand wins over a generated one equal to it: that one moves (see giveWayToTypedId).
    if (field?.unique === true) next = giveWayToTypedId(description, draft, next, path, idFollows)
  }
  return { ok: true, draft: next }
}
