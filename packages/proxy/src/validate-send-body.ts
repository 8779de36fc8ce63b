import { validateSendRequest } from '@briq-interactive/core'
import type { EnvelopeError } from './error-envelope.ts'

/**
 * Checks a send body with core's validator (the same rules the builder and the mock use) and
 * turns each issue into a Briq `VALIDATION_ERROR`, or returns null when the body is valid.
 */
export function sendBodyErrors(body: unknown): EnvelopeError[] | null {
  const result = validateSendRequest(body)
  if (result.ok) return null
  return result.issues.map((issue) => ({
    code: 'VALIDATION_ERROR',
    message: issue.message,
    field: issue.path.length > 0 ? issue.path.join('.') : null,
  }))
}
