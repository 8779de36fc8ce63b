import { validationError } from '../http/api-error.ts'
import { envelopeResponse } from '../http/responses.ts'
import type { RouteDefinition } from '../http/route.ts'
import { acceptSend, type SendCommand } from '../operations/accept-send.ts'
import { checkInteractiveSend } from '../validation/check-interactive-send.ts'
import { templateCommand, textCommand } from './send-commands.ts'
import { targetOf } from './send-target.ts'

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
      command = textCommand(body, context.windowsClosed)
    } else if (body.type === 'template') {
      command = templateCommand(runtime, body, context.windowsClosed)
    } else {
      const got = body.type === undefined ? 'nothing' : JSON.stringify(body.type)
      const media = body.type === 'media' ? ' (media sends are not modelled by this mock)' : ''
      throw validationError('type', `type must be one of ${TYPES.join(', ')}, got ${got}${media}`)
    }
    return envelopeResponse(acceptSend(runtime, command), context.requestId, 202)
  },
}
