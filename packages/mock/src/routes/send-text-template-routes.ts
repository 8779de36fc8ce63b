import { envelopeResponse } from '../http/responses.ts'
import type { RouteDefinition } from '../http/route.ts'
import { acceptSend } from '../operations/accept-send.ts'
import { templateCommand, textCommand } from './send-commands.ts'

/** G3 `POST /v1/whatsapp/messages/text`: `body`, `to` + optional `sender`, or `conversation_id`. 202 pending. */
export const sendTextRoute: RouteDefinition = {
  method: 'POST',
  path: '/v1/whatsapp/messages/text',
  kind: 'api',
  isSend: true,
  async handle(context) {
    const command = textCommand(await context.body(), context.windowsClosed)
    return envelopeResponse(acceptSend(context.runtime, command), context.requestId, 202)
  },
}

/**
 * G3 `POST /v1/whatsapp/messages/template`: `template_name`, `variables`, `to` + optional
 * `sender`, or `conversation_id`. Needs no window and opens it. 202 pending.
 */
export const sendTemplateRoute: RouteDefinition = {
  method: 'POST',
  path: '/v1/whatsapp/messages/template',
  kind: 'api',
  isSend: true,
  async handle(context) {
    const command = templateCommand(context.runtime, await context.body(), context.windowsClosed)
    return envelopeResponse(acceptSend(context.runtime, command), context.requestId, 202)
  },
}
