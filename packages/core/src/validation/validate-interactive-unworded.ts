import type { UnwordedValidationResult } from '../issue.ts'
import { createInteractiveRule, type Interactive } from '../schemas/interactive.ts'
import type { ValidateOptions } from './validate-interactive.ts'
import { validateWith } from './validate-with.ts'

/**
 * `validateInteractive` without the sentences: the same issues and warnings, in the same order,
 * each without its `message`. For a caller that marks where issues are and says nothing about
 * them (`InteractivePreview`): a bundle that validates only through it carries none of the
 * English. Never throws.
 *
 * @example
 * const result = validateInteractiveUnworded(draft)
 * if (!result.ok) markInvalid(result.issues.map((issue) => issue.path))
 */
export function validateInteractiveUnworded(
  value: unknown,
  options?: ValidateOptions,
): UnwordedValidationResult<Interactive> {
  return validateWith(
    () => createInteractiveRule(options),
    value,
    0,
    (issue) => issue,
  )
}
