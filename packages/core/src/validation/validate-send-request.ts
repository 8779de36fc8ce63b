import type { ValidationResult } from '../issue.ts'
import { createSendInteractiveRequestSchema, type SendInteractiveRequest } from '../schemas/send-request.ts'
import { toIssues } from './to-issues.ts'
import { unreadable, type ValidateOptions } from './validate-interactive.ts'

/**
 * Checks a body for Briq's `POST /v1/whatsapp/messages/interactive`: a recipient (`to`, with an
 * optional `sender`) or a `conversation_id` — exactly one — and a valid `interactive` object.
 * Issue paths start at the request (`["interactive","body","text"]`). Never throws.
 */
export function validateSendRequest(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<SendInteractiveRequest> {
  try {
    const parsed = createSendInteractiveRequestSchema(options).safeParse(value)
    if (parsed.success) return { ok: true, value: parsed.data, warnings: [] }
    const { issues, warnings } = toIssues(parsed.error.issues, value, 1)
    if (issues.length === 0) return { ok: true, value: value as SendInteractiveRequest, warnings }
    return { ok: false, issues, warnings }
  } catch (error) {
    return { ok: false, issues: [unreadable(error)], warnings: [] }
  }
}
