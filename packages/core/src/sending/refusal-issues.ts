import type { BriqError } from '../client/briq-error.ts'
import type { Issue } from '../issue.ts'

/**
 * The issues a send or call was refused for, to show as the request's problems: the validator's
 * (`validation` errors), or those the kit's proxy or mock found and answered with (a 422 whose
 * errors each carry their `issue`). Each words in any language with `formatIssue`; Briq's own
 * errors carry none, and keep Briq's words (`briqWords`).
 */
export function refusalIssues(error: BriqError): Issue[] {
  if (error.kind === 'validation') return error.issues ?? []
  return error.errors.flatMap((detail) => (detail.issue === undefined ? [] : [detail.issue]))
}

/**
 * Whether a 422 refused the request for issues alone, every one of its errors an issue of the
 * kit's proxy or mock: it broke the rules core checks, as a `validation` error does.
 */
export const refusedForIssues = (error: BriqError): boolean =>
  error.kind === 'http' &&
  error.status === 422 &&
  error.errors.length > 0 &&
  error.errors.every((detail) => detail.issue !== undefined)
