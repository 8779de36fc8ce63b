import { LIMITS } from '@briq-interactive/core'
import { validationError } from '../http/api-error.ts'
import { envelopeResponse } from '../http/responses.ts'
import type { RouteDefinition } from '../http/route.ts'
import { acceptSend } from '../operations/accept-send.ts'
import { checkInteractiveSend } from '../validation/check-interactive-send.ts'
import { targetOf } from './send-target.ts'

/**
 * G1 `POST /v1/whatsapp/messages/send-interactive`: `recipient` (leading `+` stripped),
 * optional `sender_id`, `check_window` (default true; false skips the window check).
 * Answers like G3: 202 pending.
 */
export const sendInteractiveLegacyRoute: RouteDefinition = {
  method: 'POST',
  path: '/v1/whatsapp/messages/send-interactive',
  kind: 'api',
  isSend: true,
  async handle(context) {
    const body = await context.body()
    const { recipient, check_window: checkWindow = true } = body
    const { min, max } = LIMITS.send.legacyRecipient
    if (typeof recipient !== 'string' || recipient.replace(/^\+/, '').length < min || recipient.length > max) {
      throw validationError(
        'recipient',
        `recipient must be a phone number of ${min}–${max} characters, got ${JSON.stringify(recipient)}`,
      )
    }
    if (typeof checkWindow !== 'boolean') {
      throw validationError('check_window', `check_window must be true or false, got ${JSON.stringify(checkWindow)}`)
    }
    const checked = checkInteractiveSend(
      { to: recipient, sender_id: body.sender_id, interactive: body.interactive },
      { strict: context.runtime.strict, rename: { to: 'recipient' } },
    )
    const result = acceptSend(context.runtime, {
      target: targetOf(checked, 'recipient'),
      type: 'interactive',
      content: checked.interactive,
      plannedFailure: checked.plannedFailure,
      checkWindow,
      opensWindow: false,
      windowsClosed: context.windowsClosed,
    })
    return envelopeResponse(result, context.requestId, 202)
  },
}
