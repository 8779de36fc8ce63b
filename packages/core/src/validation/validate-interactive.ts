import type { Issue, ValidationResult } from '../issue.ts'
import { createInteractiveSchema, type Interactive } from '../schemas/interactive.ts'
import type { SchemaOptions } from '../schemas/schema-options.ts'
import { toIssues } from './to-issues.ts'

/** Options of the validators: where Meta's sources disagree, which reading to enforce. */
export type ValidateOptions = SchemaOptions

/** The single issue for a value that could not even be read (a throwing getter or Proxy). */
export function unreadable(error: unknown): Issue {
  const reason = error instanceof Error ? error.message : String(error)
  return { path: [], code: 'invalid_type', message: `The value could not be read: ${reason}` }
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
    if (parsed.success) return { ok: true, value: parsed.data, warnings: [] }
    const { issues, warnings } = toIssues(parsed.error.issues, value)
    if (issues.length === 0) return { ok: true, value: value as Interactive, warnings }
    return { ok: false, issues, warnings }
  } catch (error) {
    return { ok: false, issues: [unreadable(error)], warnings: [] }
  }
}
