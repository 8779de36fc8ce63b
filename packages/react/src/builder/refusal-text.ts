import type { DraftLabelKey, DraftOperationResult, DraftPath, DraftRefused } from '@briq-interactive/core'
import { type BuilderTranslate, type Worded, worded } from '../i18n/messages.ts'
import { labelOf, wordedWithNames } from './labels.ts'

/**
 * Why an edit changed nothing, in words (and their language, for `lang`), for the builder's announcement: core's reason
 * (`tryDraftOperation`, `tryMoveStep`) with its limit ("10 of 10 rows"). The one place a
 * refusal reason becomes a sentence. A remove's `too_few` is worded with the item it keeps, by
 * `removeRefusalText`: Remove never dispatches what core refuses.
 */
export function refusalText(refused: DraftRefused, t: BuilderTranslate): Worded {
  switch (refused.reason) {
    case 'too_many':
      // A limit on other items than those added (a new section needs a row): say which.
      if (refused.item !== undefined && refused.limit !== undefined) {
        const used = t(`builder.count.${refused.item}`, { count: refused.limit, limit: refused.limit })
        return worded(t, 'builder.refused.tooManyOf', { used })
      }
      // A number nobody documents (quick replies per carousel card): said as what is known to work.
      if (refused.rule === 'guard') {
        return worded(t, 'builder.refused.tooManyUndocumented', { limit: refused.limit ?? '' })
      }
      return worded(t, 'builder.refused.tooMany', { limit: refused.limit ?? '' })
    case 'leaves_section_empty':
      return worded(t, 'builder.refused.sectionEmpty')
    case 'stays_on_card':
      return worded(t, 'builder.refused.staysOnCard')
    case 'not_allowed':
      return worded(t, 'builder.refused.notAllowed')
    default:
      return worded(t, 'builder.refused.other')
  }
}

/** What the builder knows about the item that could not move, to name it and its section. */
export interface MoveRefusalContext {
  /** The item's label ("Row 1"). */
  item: string
  /** The item's path. */
  path: DraftPath
  direction: 'up' | 'down'
  /** The label of the item holding its group ("Section {n}"), when it has one. */
  containerLabelKey: DraftLabelKey | undefined
}

/**
 * Why "Move up" / "Move down" did nothing: `refusalText`, with the item and its section named
 * where that says more ("Row 1 cannot leave section 2: it is the only one there…", "Row 1 is
 * already first").
 */
export function moveRefusalText(refused: DraftRefused, context: MoveRefusalContext, t: BuilderTranslate): Worded {
  const { item, path, direction, containerLabelKey } = context
  if (refused.reason === 'at_edge') {
    const key = direction === 'up' ? 'builder.refused.atStart' : 'builder.refused.atEnd'
    return wordedWithNames(t, key, { item })
  }
  // A row's path is […sections, s, rows, r].
  const section = path.at(-3)
  if (refused.reason === 'leaves_section_empty' && containerLabelKey !== undefined && typeof section === 'number') {
    const group = labelOf(t, containerLabelKey, section + 1)
    return wordedWithNames(t, 'builder.refused.onlyInSection', { item, group })
  }
  return refusalText(refused, t)
}

/**
 * Whether an edit (an item's remove, a group's add) can be made, or why not: its result without
 * its draft (cached per shape).
 */
export type Allowed = { ok: true } | ({ ok: false } & DraftRefused)

/** `tryDraftOperation`'s result, kept small. */
export const allowed = (result: DraftOperationResult): Allowed => (result.ok ? { ok: true } : result)

/** Why "Remove" does nothing, with the item named ("Button 1 cannot be removed: at least 1 must stay"). */
export function removeRefusalText(refused: DraftRefused, item: string, t: BuilderTranslate): Worded {
  return refused.reason === 'too_few' && refused.limit !== undefined
    ? wordedWithNames(t, 'builder.refused.keepAtLeast', { item }, { limit: refused.limit })
    : refusalText(refused, t)
}
