import type { SchemaOptions } from '../schemas/schema-options.ts'
import type { StarterText } from './starter-text.ts'

/**
 * Options of the draft model: the validators' options (which decide limits such as the
 * quick replies per card) and the starter words in the UI's language.
 */
export interface DraftOptions extends SchemaOptions {
  /** Words for new drafts and invented texts; English (`STARTER_TEXT`) for any key left out. */
  text?: Partial<StarterText> | undefined
}
