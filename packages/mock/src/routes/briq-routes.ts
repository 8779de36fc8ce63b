import { BRIQ_ROUTES, type BriqRouteId } from '@briq-interactive/core'
import type { RouteDefinition, RouteHandler } from '../http/route.ts'
import { controlRoutes } from './control-routes.ts'
import { getConversation, listConversations, markConversationRead } from './conversation-routes.ts'
import { getMessage, listMessages, markMessageRead } from './message-routes.ts'
import { sendInteractive, sendInteractiveLegacy } from './send-interactive-route.ts'
import { sendMessage } from './send-message-route.ts'
import { sendTemplate, sendText } from './send-text-template-routes.ts'
import { getSender, listSenders } from './sender-routes.ts'
import { getTemplate, listTemplates } from './template-routes.ts'
import { unmodelledSend } from './unmodelled-send-routes.ts'

// One handler per route of core's table, by id: a route added to the table does not compile
// here until the mock answers it.
const handlers: { readonly [Id in BriqRouteId]: RouteHandler } = {
  sendInteractive,
  listMessages,
  getMessage,
  markMessageRead,
  listSenders,
  getSender,
  listConversations,
  getConversation,
  markConversationRead,
  sendMessage,
  sendInteractiveLegacy,
  sendText,
  sendTemplate,
  sendImage: unmodelledSend,
  sendDocument: unmodelledSend,
  sendVideo: unmodelledSend,
  sendTextLegacy: unmodelledSend,
  sendTemplateLegacy: unmodelledSend,
  sendMediaLegacy: unmodelledSend,
  listTemplates,
  getTemplate,
}

/** Every route the mock answers: core's table of Briq's WhatsApp API, then the `/__mock/*` controls. */
export const briqRoutes: readonly RouteDefinition[] = [
  ...BRIQ_ROUTES.map(
    (route): RouteDefinition => ({
      method: route.method,
      path: route.path,
      kind: 'api',
      isSend: route.sends,
      handle: handlers[route.id],
    }),
  ),
  ...controlRoutes,
]
