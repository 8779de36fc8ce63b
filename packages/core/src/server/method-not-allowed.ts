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

/**
 * The 405 `METHOD_NOT_ALLOWED` for a method no path takes and fetch cannot carry (`TRACE`,
 * `TRACK`: core/node's `ForbiddenMethodError`), naming every method the server takes (`allow`):
 * the proxy's Node adapter and `briq-mock` answer it with the same one.
 */
export function methodNotSupportedError(method: string, allow: readonly string[]): BriqFieldError {
  return { code: 'METHOD_NOT_ALLOWED', message: `${method} is not supported; use ${allow.join(', ')}.`, field: null }
}
