import { worded } from '../i18n/worded.ts'
import type { ValidationResult } from '../issue.ts'
import { createInteractiveRule, type Interactive } from '../schemas/interactive.ts'
import type { SchemaOptions } from '../schemas/schema-options.ts'
import { validateWith } from './validate-with.ts'

/** Options of the validators: where Meta's sources disagree, which reading to enforce. */
export type ValidateOptions = SchemaOptions

/**
 * Checks a WhatsApp `interactive` object against every limit and rule WhatsApp documents.
 * Never throws, whatever it is given. Errors make it invalid; warnings (emoji-heavy text over
 * the limit in UTF-16, disputed limits) never do.
 *
 * @example
 * const result = validateInteractive(draft)
 * if (!result.ok) showErrors(result.issues) // [{ path: ['action','buttons',1,'reply','title'], code: 'too_long', limit: 20, actual: 23, message: 'Button 2 title is 23 characters; WhatsApp allows 20' }]
 */
export function validateInteractive(value: unknown, options?: ValidateOptions): ValidationResult<Interactive> {
  return validateWith(
    () => createInteractiveRule(options),
    value,
    0,
    (issue) => worded(issue),
  )
}
