import { worded } from '../i18n/worded.ts'
import type { Issue, ValidationResult } from '../issue.ts'
import { createInteractiveSchema, type Interactive } from '../schemas/interactive.ts'
import type { SchemaOptions } from '../schemas/schema-options.ts'
import { acceptedAsJson } from './accepted-as-json.ts'
import { toIssues } from './to-issues.ts'

/** Options of the validators: where Meta's sources disagree, which reading to enforce. */
export type ValidateOptions = SchemaOptions

/**
 * What was thrown, in words, without ever throwing itself: the thrown value may be a Proxy
 * whose traps throw, a revoked Proxy, an object whose `message` getter or `toString` throws,
 * or an object without a prototype. Only a string `message` is read; nothing is converted.
 */
function describeThrown(error: unknown): string {
  if (typeof error === 'string') return error.slice(0, 200)
  if (typeof error !== 'object' && typeof error !== 'function') return String(error)
  try {
    const message: unknown = (error as { message?: unknown } | null)?.message
    if (typeof message === 'string' && message !== '') return message.slice(0, 200)
  } catch {
    // Reading the message threw too; say only that something unreadable was thrown.
  }
  return 'reading it threw an unreadable value'
}

/** The single issue for a value that could not even be read (a throwing getter or Proxy). */
export function unreadable(error: unknown): Issue {
  return worded({
    path: [],
    code: 'invalid_type',
    reason: 'unreadable',
    rule: 'kit',
    params: { detail: describeThrown(error) },
  })
}

/**
 * Checks a WhatsApp `interactive` object against every limit and rule WhatsApp documents.
 * Never throws, whatever it is given. Errors make it invalid; warnings (emoji-heavy text over
 * the limit in UTF-16, disputed limits) never do.
 *
 * @example
 * const result = validateInteractive(draft)
 * if (!result.ok) showErrors(result.issues) // [{ path: ['action','buttons',1,'reply','title'], code: 'too_long', limit: 20, actual: 23, message: 'Button 2 title is 23 characters; WhatsApp allows 20' }]
 */
export function validateInteractive(value: unknown, options?: ValidateOptions): ValidationResult<Interactive> {
  try {
    const parsed = createInteractiveSchema(options).safeParse(value)
    if (parsed.success) return acceptedAsJson(value, parsed.data, [])
    const { issues, warnings } = toIssues(parsed.error.issues, value)
    if (issues.length === 0) return acceptedAsJson(value, value as Interactive, warnings)
    return { ok: false, issues, warnings }
  } catch (error) {
    return { ok: false, issues: [unreadable(error)], warnings: [] }
  }
}
