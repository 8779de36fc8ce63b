import type { SchemaOptions } from '../schemas/schema-options.ts'
import type { StarterText } from './starter-text.ts'

/**
 * Options of the draft model: the validators' options (which decide limits such as the
 * quick replies per card) and the starter words in the UI's language.
 */
export interface DraftOptions extends SchemaOptions {
  /** Words for new drafts and invented texts; English (`STARTER_TEXT`) for any key left out. */
  text?: Partial<StarterText> | undefined
  /**
   * The starter words of the UI's other languages, so that a draft started in one and edited
   * in another still knows the texts the builder invented (a section title "Section 2" that
   * follows its place). English (`STARTER_TEXT`) is always known.
   */
  otherText?: readonly Partial<StarterText>[] | undefined
}
