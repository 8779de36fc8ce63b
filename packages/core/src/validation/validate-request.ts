import type { BriqRoute } from '../contract/briq-route.ts'
import { requestSentencesEn } from '../i18n/en/issue-sentences.ts'
import { wordedWith } from '../i18n/worded.ts'
import type { ValidationResult } from '../issue.ts'
import type { ValidateOptions } from './validate-interactive.ts'
import { validateWith } from './validate-with.ts'

/**
 * Checks a JSON body for one of the routes of `BRIQ_ROUTES` with its `request` schema (the
 * proxy before it forwards a send, the mock before it answers). A route whose body the kit does
 * not model accepts any body. Never throws.
 */
export function validateRequest(
  route: Pick<BriqRoute, 'request'>,
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<unknown> {
  const { request } = route
  if (request === undefined) return { ok: true, value, warnings: [] }
  return validateWith(
    () => request(options),
    value,
    1,
    (issue) => wordedWith(issue, requestSentencesEn),
  )
}
