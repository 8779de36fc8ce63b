import { LIMITS } from '@briq-interactive/core'
import { validationError } from '../http/api-error.ts'
import { envelopeResponse } from '../http/responses.ts'
import type { RouteDefinition } from '../http/route.ts'
import { acceptSend, type SendCommand } from '../operations/accept-send.ts'
import { checkInteractiveSend } from '../validation/check-interactive-send.ts'
import { checkUnifiedTarget, targetOf } from './send-target.ts'
import { templateContent } from './template-content.ts'

const TYPES = ['interactive', 'text', 'template']

/**
 * G2 `POST /v1/whatsapp/messages` with `type` interactive, text or template. Exactly one of
 * `to` / `conversation_id`; the sender is `sender` (number or phone_number_id, as on G3) or
 * the documented `sender_id`, never silently ignored. A template send needs no window and opens it. 202 pending.
 */
export const sendMessageRoute: RouteDefinition = {
  method: 'POST',
  path: '/v1/whatsapp/messages',
  kind: 'api',
  isSend: true,
  async handle(context) {
    const body = await context.body()
    const { runtime } = context
    const base = { plannedFailure: null, windowsClosed: context.windowsClosed }
    let command: SendCommand
    if (body.type === 'interactive') {
      const checked = checkInteractiveSend(
        {
          to: body.to,
          conversation_id: body.conversation_id,
          sender: body.sender,
          sender_id: body.sender_id,
          interactive: body.interactive,
        },
        { strict: runtime.strict },
      )
      command = {
        ...base,
        target: targetOf(checked, 'to'),
        type: 'interactive',
        content: checked.interactive,
        plannedFailure: checked.plannedFailure,
        checkWindow: true,
        opensWindow: false,
      }
    } else if (body.type === 'text') {
      const target = checkUnifiedTarget(body)
      const { min, max } = LIMITS.send.text
      if (typeof body.body !== 'string' || body.body.length < min || body.body.length > max) {
        throw validationError('body', `body must be text of ${min}–${max} characters for a text message`)
      }
      command = { ...base, target, type: 'text', content: { body: body.body }, checkWindow: true, opensWindow: false }
    } else if (body.type === 'template') {
      const target = checkUnifiedTarget(body)
      const content = templateContent(runtime.store, body)
      command = { ...base, target, type: 'template', content, checkWindow: false, opensWindow: true }
    } else {
      const got = body.type === undefined ? 'nothing' : JSON.stringify(body.type)
      const media = body.type === 'media' ? ' (media sends are not modelled by this mock)' : ''
      throw validationError('type', `type must be one of ${TYPES.join(', ')}, got ${got}${media}`)
    }
    return envelopeResponse(acceptSend(runtime, command), context.requestId, 202)
  },
}
