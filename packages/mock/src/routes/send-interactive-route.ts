import { sendInteractiveLegacyRoute, sendInteractiveRoute } from '@briq-interactive/core'
import { envelopeResponse } from '../http/responses.ts'
import type { RouteHandler } from '../http/route.ts'
import { acceptSend } from '../operations/accept-send.ts'
import { checkSend } from '../validation/check-send.ts'
import { legacyTargetOf, targetOf } from './send-target.ts'

/** `POST /v1/whatsapp/messages/interactive`: `to` + optional `sender`, or `conversation_id`. 202 pending. */
export const sendInteractive: RouteHandler = async (context) => {
  const checked = checkSend(sendInteractiveRoute, await context.body(), context.runtime)
  const result = acceptSend(context.runtime, {
    target: targetOf(checked.body),
    type: 'interactive',
    content: checked.body.interactive as Record<string, unknown>,
    plannedFailure: checked.plannedFailure,
    checkWindow: true,
    opensWindow: false,
    windowsClosed: context.windowsClosed,
  })
  return envelopeResponse(result, context.requestId, 202)
}

/**
 * The older `POST /v1/whatsapp/messages/send-interactive`: `recipient` (leading `+` stripped),
 * optional `sender_id`, `check_window` (default true; false skips the window check). Answers
 * like the newer send: 202 pending.
 */
export const sendInteractiveLegacy: RouteHandler = async (context) => {
  const checked = checkSend(sendInteractiveLegacyRoute, await context.body(), context.runtime)
  const result = acceptSend(context.runtime, {
    target: legacyTargetOf(checked.body),
    type: 'interactive',
    content: checked.body.interactive as Record<string, unknown>,
    plannedFailure: checked.plannedFailure,
    checkWindow: checked.body.check_window !== false,
    opensWindow: false,
    windowsClosed: context.windowsClosed,
  })
  return envelopeResponse(result, context.requestId, 202)
}
