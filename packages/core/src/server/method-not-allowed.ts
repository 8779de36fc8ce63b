import type { BriqFieldError } from '../contract/to-briq-errors.ts'

/**
 * The 405 `METHOD_NOT_ALLOWED` for a method a known path does not take, naming the methods it
 * does (`allow`, as matched by `matchRoute`): the proxy and the mock answer it with the same one.
 */
export function methodNotAllowedError(method: string, allow: readonly string[]): BriqFieldError {
  return {
    code: 'METHOD_NOT_ALLOWED',
    message: `${method} is not allowed on this path; use ${allow.join(' or ')}.`,
    field: null,
  }
}
