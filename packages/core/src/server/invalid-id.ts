import type { BriqFieldError } from '../contract/to-briq-errors.ts'
import { quoted } from '../quoted.ts'

/**
 * The 422 `VALIDATION_ERROR` on an id that is no UUID (a path segment such as `message_id`, or a
 * query parameter such as `conversation_id`), naming the parameter and quoting what was given:
 * Briq types these ids as UUIDs, the mock answers it so, and the proxy with the same error for
 * a path segment no id can be.
 */
export function invalidIdError(name: string, value: string): BriqFieldError {
  return { code: 'VALIDATION_ERROR', message: `${name} must be a UUID, got ${quoted(value)}`, field: name }
}
