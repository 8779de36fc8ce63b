import type { BriqFieldError } from '../contract/to-briq-errors.ts'

/**
 * The 405 `METHOD_NOT_ALLOWED` for a method a known path does not take, naming the methods it
 * does (`allow`, as matched by `matchRoute`): the mock answers it as Briq would, the proxy with
 * the same sentence under its own code (`PROXY_METHOD_NOT_ALLOWED`).
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
 * `briq-mock` answers it, and the proxy's Node adapter with the same sentence under its own code.
 */
export function methodNotSupportedError(method: string, allow: readonly string[]): BriqFieldError {
  return { code: 'METHOD_NOT_ALLOWED', message: `${method} is not supported; use ${allow.join(', ')}.`, field: null }
}
