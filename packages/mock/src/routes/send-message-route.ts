import { sendMessageRoute } from '@briq-interactive/core'
import { apiError } from '../http/api-error.ts'
import { envelopeResponse } from '../http/responses.ts'
import type { RouteHandler } from '../http/route.ts'
import { acceptSend, type SendCommand } from '../operations/accept-send.ts'
import { checkSend } from '../validation/check-send.ts'
import { targetOf } from './send-target.ts'
import { templateCommand, textCommand } from './send-text-template-routes.ts'

/**
 * The unified `POST /v1/whatsapp/messages` with `type` interactive, text or template. Exactly
 * one of `to` / `conversation_id`; the sender is `sender` (as on the per-type sends) or the
 * documented `sender_id`. A template send needs no window and opens it. 202 pending.
 */
export const sendMessage: RouteHandler = async (context) => {
  const raw = await context.body()
  if (raw.type === 'media') {
    throw apiError(
      501,
      'NOT_IMPLEMENTED',
      "Media sends are Briq's, but this mock does not model them; send type interactive, text or template",
    )
  }
  const { body, plannedFailure } = checkSend(sendMessageRoute, raw, context.runtime)
  let command: SendCommand
  if (body.type === 'text') command = textCommand(body, context)
  else if (body.type === 'template') command = templateCommand(body, context)
  else {
    command = {
      target: targetOf(body),
      type: 'interactive',
      content: body.interactive as Record<string, unknown>,
      plannedFailure,
      checkWindow: true,
      opensWindow: false,
      windowsClosed: context.windowsClosed,
    }
  }
  return envelopeResponse(acceptSend(context.runtime, command), context.requestId, 202)
}
