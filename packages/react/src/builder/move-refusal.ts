import type { DraftLabelKey, DraftPath, DraftRefused } from '@briq-interactive/core'
import type { Translate } from '../i18n/messages.ts'
import { labelOf } from './labels.ts'

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
 * Why "Move up" / "Move down" did nothing, in words: core's reason (`tryMoveStep`) with the
 * item and its section named ("Row 1 cannot leave Section 2: it is the only one there…").
 */
export function moveRefusalText(refused: DraftRefused, context: MoveRefusalContext, t: Translate): string {
  const { item, path, direction, containerLabelKey } = context
  switch (refused.reason) {
    case 'at_edge':
      return t(direction === 'up' ? 'builder.refused.atStart' : 'builder.refused.atEnd', { item })
    case 'leaves_section_empty': {
      // A row's path is […sections, s, rows, r].
      const section = path.at(-3)
      if (containerLabelKey === undefined || typeof section !== 'number') return t('builder.refused.sectionEmpty')
      return t('builder.refused.onlyInSection', { item, group: labelOf(t, containerLabelKey, section + 1) })
    }
    case 'stays_on_card':
      return t('builder.refused.staysOnCard')
    default:
      return t('builder.refused.notAllowed')
  }
}
