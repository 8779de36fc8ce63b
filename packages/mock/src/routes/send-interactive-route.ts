import { envelopeResponse } from '../http/responses.ts'
import type { RouteDefinition } from '../http/route.ts'
import { acceptSend } from '../operations/accept-send.ts'
import { checkInteractiveSend } from '../validation/check-interactive-send.ts'
import { targetOf } from './send-target.ts'

/** G3 `POST /v1/whatsapp/messages/interactive`: `to` + optional `sender`, or `conversation_id`. 202 pending. */
export const sendInteractiveRoute: RouteDefinition = {
  method: 'POST',
  path: '/v1/whatsapp/messages/interactive',
  kind: 'api',
  isSend: true,
  async handle(context) {
    const checked = checkInteractiveSend(await context.body(), { strict: context.runtime.strict })
    const result = acceptSend(context.runtime, {
      target: targetOf(checked, 'to'),
      type: 'interactive',
      content: checked.interactive,
      plannedFailure: checked.plannedFailure,
      checkWindow: true,
      opensWindow: false,
      windowsClosed: context.windowsClosed,
    })
    return envelopeResponse(result, context.requestId, 202)
  },
}
