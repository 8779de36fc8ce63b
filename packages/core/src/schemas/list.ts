import type * as z from 'zod/mini'
import { LIMITS } from '../limits.ts'
import { listOf } from './count.ts'
import { crossCheck } from './cross-check.ts'
import { hint } from './json-hints.ts'
import { literal } from './literal.ts'
import { MESSAGE_PARTS } from './message-parts.ts'
import { object, optional } from './object.ts'
import { partFields } from './part-fields.ts'
import type { ResolvedSchemaOptions } from './schema-options.ts'
import { checkSections } from './sections.ts'
import { identifier, limitedText } from './text.ts'

/** One row of a list section (Meta, Interactive list messages guide). */
export const listRowSchema = object({
  /** Returned in the customer's `list_reply`; unique across all sections. */
  id: identifier(LIMITS.list.rowId),
  title: limitedText(LIMITS.list.rowTitle, 'line'),
  // Meta's List messages guide gives a row's description only a length (72) and draws it under
  // the title in the list's sheet, over lines of its own: a line break there shows, unwarned.
  // https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-list-messages
  description: optional(limitedText(LIMITS.list.rowDescription)),
})

/** A section: an optional title (required with more than one section) and its rows. */
export const listSectionSchema = object({
  title: optional(limitedText(LIMITS.list.sectionTitle, 'line')),
  rows: hint(listOf(listRowSchema), 'items', LIMITS.list.rowsPerSection),
})

/** Builds the list schema; its body limit depends on `extendedListBody` (`LIMITS.body.listTextExtended`). */
export function createListInteractiveSchema(options: ResolvedSchemaOptions) {
  const bodyLimit = options.extendedListBody ? LIMITS.body.listTextExtended : LIMITS.body.text
  return object(
    {
      type: literal('list'),
      /** Lists allow only a text header. */
      ...partFields(MESSAGE_PARTS.list, object({ text: limitedText(bodyLimit) })),
      action: object({
        /** The label of the button that opens the list. */
        button: limitedText(LIMITS.list.button, 'line'),
        sections: hint(listOf(listSectionSchema), 'list_sections', LIMITS.list.sections),
      }),
    },
    crossCheck((value, ctx) =>
      checkSections(ctx, value, {
        scope: 'list',
        itemsKey: 'rows',
        idKey: 'id',
        noun: 'row',
        sections: LIMITS.list.sections,
        itemsPerSection: LIMITS.list.rowsPerSection,
        itemsTotal: LIMITS.list.rowsTotal,
      }),
    ),
  )
}

/** A list message. */
export type ListInteractive = z.infer<ReturnType<typeof createListInteractiveSchema>>
/** One section of a list's sheet: an optional title (required with more than one section) and its rows. */
export type ListSection = z.infer<typeof listSectionSchema>
/** One row the customer can pick: its id, title and optional description. */
export type ListRow = z.infer<typeof listRowSchema>
