import {
  type BriqFieldError,
  type BriqRoute,
  toBriqErrors,
  type ValidateOptions,
  validateRequest,
} from '@briq-interactive/core'

/**
 * Checks a send body with core's validator for its route (the same rules the builder and the
 * mock use) and turns each issue into Briq's `VALIDATION_ERROR`, or returns null when valid.
 */
export function sendBodyErrors(route: BriqRoute, body: unknown, validation?: ValidateOptions): BriqFieldError[] | null {
  const result = validateRequest(route, body, validation)
  return result.ok ? null : toBriqErrors(result.issues)
}
