import { worded } from '../i18n/worded.ts'
import type { ValidationResult } from '../issue.ts'
import type { Interactive } from '../schemas/interactive.ts'
import { createInteractiveRule } from '../schemas/interactive.ts'
import { type PartMemo, withPartMemo } from '../schemas/part-memo.ts'
import type { ValidateOptions } from './validate-interactive.ts'
import { validateWith } from './validate-with.ts'

/**
 * `validateInteractive` for the steps of one draft being edited (an editor validating each change):
 * the same issues, warnings and value, in the same order, for every value. A part the draft shares
 * with one validated before (a list's action while its body is typed into: core's draft
 * operations copy what they change and keep the other parts' objects) is not checked again when
 * it holds the same data as then (compared with a copy taken then, so a part changed in place is
 * checked again). The parts are kept as long as the drafts holding them are. Never throws.
 *
 * @example
 * const validate = createStepValidator()
 * validate(draft) // checks every part
 * validate({ ...draft, body: { text: 'Karibu' } }) // checks the body, reuses the rest
 */
export function createStepValidator(): (value: unknown, options?: ValidateOptions) => ValidationResult<Interactive> {
  const memo: PartMemo = new WeakMap()
  return (value, options) =>
    withPartMemo(memo, () =>
      validateWith(
        () => createInteractiveRule(options),
        value,
        0,
        (issue) => worded(issue),
      ),
    )
}
