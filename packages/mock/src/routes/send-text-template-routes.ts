import { sendTemplateRoute, sendTextRoute } from '@briq-interactive/core'
import { envelopeResponse } from '../http/responses.ts'
import type { RouteContext, RouteHandler } from '../http/route.ts'
import { acceptSend, type SendCommand } from '../operations/accept-send.ts'
import { checkSend } from '../validation/check-send.ts'
import { targetOf } from './send-target.ts'
import { templateContent } from './template-content.ts'

/** A checked text send: window-gated. */
export function textCommand(body: Record<string, unknown>, context: RouteContext): SendCommand {
  return {
    target: targetOf(body),
    type: 'text',
    content: { body: body.body },
    plannedFailure: null,
    checkWindow: true,
    opensWindow: false,
    windowsClosed: context.windowsClosed,
  }
}

/** A checked template send: the workspace's approved template; needs no window and opens it. */
export function templateCommand(body: Record<string, unknown>, context: RouteContext): SendCommand {
  return {
    target: targetOf(body),
    type: 'template',
    content: templateContent(context.runtime.store, body),
    plannedFailure: null,
    checkWindow: false,
    opensWindow: true,
    windowsClosed: context.windowsClosed,
  }
}

/** `POST /v1/whatsapp/messages/text`: `body`, `to` + optional `sender`, or `conversation_id`. 202 pending. */
export const sendText: RouteHandler = async (context) => {
  const checked = checkSend(sendTextRoute, await context.body(), context.runtime)
  return envelopeResponse(acceptSend(context.runtime, textCommand(checked.body, context)), context.requestId, 202)
}

/**
 * `POST /v1/whatsapp/messages/template`: `template_name`, `variables`, `to` + optional `sender`,
 * or `conversation_id`. Needs no window and opens it. 202 pending.
 */
export const sendTemplate: RouteHandler = async (context) => {
  const checked = checkSend(sendTemplateRoute, await context.body(), context.runtime)
  return envelopeResponse(acceptSend(context.runtime, templateCommand(checked.body, context)), context.requestId, 202)
}
