import { worded } from '../i18n/worded.ts'
import type { ValidationResult } from '../issue.ts'
import { createSendInteractiveRequestRule, type SendInteractiveRequest } from '../schemas/send-request.ts'
import type { ValidateOptions } from './validate-interactive.ts'
import { validateWith } from './validate-with.ts'

/**
 * Checks a body for Briq's `POST /v1/whatsapp/messages/interactive`: a recipient (`to`, with an
 * optional `sender`) or a `conversation_id` (given both, Briq ignores `to` and `sender`: a
 * warning), and a valid `interactive` object.
 * Issue paths start at the request (`["interactive","body","text"]`). Never throws.
 */
export function validateSendRequest(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<SendInteractiveRequest> {
  return validateWith(
    () => createSendInteractiveRequestRule(options),
    value,
    1,
    (issue) => worded(issue),
  )
}
