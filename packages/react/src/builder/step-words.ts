import { type CoreIssueMessages, draftValueAt, type EditorOperation } from '@briq-interactive/core'
import type { BuilderTranslate } from '../i18n/messages.ts'
import type { BuilderSnapshot } from './builder-model.ts'
import { fieldName, fixLabel, withNames } from './labels.ts'

/** Types whose name is a product's name, not a common noun: it keeps its capital inside a sentence. */
const PROPER_NAMED_TYPES: ReadonlySet<string> = new Set(['flow'])

/**
 * What an undo step did, worded when undone or redone (in the language shown then, its fields
 * named by `core`: core's wording with the host's over it).
 */
export type StepWords = (t: BuilderTranslate, core: CoreIssueMessages) => string

/**
 * Words for the step `operation` made from the draft in `before`: "Button 3 added", "Section 2
 * row 1 removed", "Body text changed", the fix-it's own label. Undo and redo say them ("Undone:
 * Button 3 added"), so a person who cannot see the form hears what came back or went away.
 * Items are named as core names them in issues, with their section: after the step the
 * numbering around them may have changed.
 */
export function stepWords(operation: EditorOperation, before: BuilderSnapshot): StepWords | undefined {
  switch (operation.op) {
    case 'set':
    case 'choose':
    case 'text':
      return (t, core) =>
        withNames(t, 'builder.step.changed', {
          field: operation.path.length === 0 ? t('builder.json.label') : fieldName(operation.path, core),
        })
    case 'add': {
      const items = draftValueAt(before.draft, operation.path)
      const index = operation.index ?? (Array.isArray(items) ? items.length : 0)
      return (t, core) => withNames(t, 'builder.announce.added', { item: fieldName([...operation.path, index], core) })
    }
    case 'remove':
      return (t, core) => withNames(t, 'builder.announce.removed', { item: fieldName(operation.path, core) })
    case 'move':
      return (t, core) => withNames(t, 'builder.step.moved', { item: fieldName(operation.path, core) })
    case 'setType':
      return (t) => {
        const type = t(`type.${operation.type}`)
        // "Flow" is WhatsApp's own name for the feature (WhatsApp Flows): a name keeps its capital
        // in a sentence, as the type picker and core's Swahili "WhatsApp Flow" write it.
        return PROPER_NAMED_TYPES.has(operation.type)
          ? t('builder.step.type', { type })
          : withNames(t, 'builder.step.type', { type })
      }
    case 'replace':
      return (t) => t('builder.step.replaced')
    case 'fix': {
      const fix = before.fixes.find((candidate) => candidate.id === operation.id)
      return fix === undefined ? undefined : (t) => fixLabel(fix, t)
    }
  }
}
