import type { InteractiveDescription } from './draft-description.ts'
import { couldBeIdFromTitle, followsTitle, ID_PREFIX, idFromTitle, takenIds } from './draft-ids.ts'
import { type DraftPath, getAt, samePath, setAt } from './draft-path.ts'
import type { IdFollows } from './set-field.ts'
import { fieldInstances, locate } from './walk-description.ts'

// The values an id counts as, as `takenIds` does: itself and its trimmed form.
function idValues(value: unknown): Set<string> {
  const out = new Set<string>()
  if (typeof value !== 'string') return out
  for (const id of [value, value.trim()]) if (id !== '') out.add(id)
  return out
}

/**
 * `after` with the generated ids of other items moved out of the way of the id just set at
 * `path` (typed by hand): an id that still follows its title is the builder's, so it takes
 * the next free one from its title ("yes" → "yes-2", within its limit) and the typed id stays
 * exactly as typed, with no duplicate to fix elsewhere. A following id that is not its title's
 * first choice takes it back once this field lets it go: typing "yes-please" through "yes"
 * does not leave another button's "yes" at "yes-2". Two ids typed by hand that
 * are equal are left as they are: the duplicate is the person's to resolve.
 */
export function giveWayToTypedId(
  description: InteractiveDescription,
  before: unknown,
  after: unknown,
  path: DraftPath,
  idFollows: IdFollows | undefined,
): unknown {
  const claimed = idValues(getAt(after, path))
  const freed = idValues(getAt(before, path))
  for (const id of claimed) freed.delete(id)
  if (claimed.size === 0 && freed.size === 0) return after
  let next = after
  for (const instance of fieldInstances(description, before)) {
    const from = instance.node.generatedFrom
    const id = instance.value
    if (from === undefined || samePath(instance.path, path) || typeof id !== 'string' || id === '') continue
    const limit = instance.node.limit
    const group = locate(description, before, instance.base.slice(0, -1), 'group')?.node
    if (limit === undefined || group === undefined) continue
    const prefix = ID_PREFIX[group.item]
    const title = getAt(before, [...instance.base, ...from])
    const text = typeof title === 'string' ? title : ''
    // Walking the draft for what is taken costs a keystroke's time: only for an id that must
    // move, or may take back one this field let go.
    const mayReturn = [...freed].some((free) => free !== id && couldBeIdFromTitle(free, text, prefix, limit))
    if (!claimed.has(id) && !mayReturn) continue
    const follows =
      idFollows === undefined
        ? followsTitle(id, title, prefix, limit, takenIds(description, before, instance.path))
        : idFollows(instance.base)
    if (!follows) continue
    const own = idFromTitle(text, prefix, takenIds(description, next, instance.path), limit)
    if (claimed.has(id) || (own !== id && freed.has(own))) next = setAt(next, instance.path, own)
  }
  return next
}
