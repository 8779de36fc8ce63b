import type { RouteDefinition } from '../http/route.ts'
import { controlRoutes } from './control-routes.ts'
import { getConversationRoute, listConversationsRoute, readConversationRoute } from './conversation-routes.ts'
import { getMessageRoute, listMessagesRoute, readMessageRoute } from './message-routes.ts'
import { sendInteractiveLegacyRoute } from './send-interactive-legacy-route.ts'
import { sendInteractiveRoute } from './send-interactive-route.ts'
import { sendMessageRoute } from './send-message-route.ts'
import { sendTemplateRoute, sendTextRoute } from './send-text-template-routes.ts'
import { getSenderRoute, listSendersRoute } from './sender-routes.ts'
import { getTemplateRoute, listTemplatesRoute } from './template-routes.ts'
import { unmodelledSendRoutes } from './unmodelled-send-routes.ts'

/** Every route the mock answers: Briq's WhatsApp API, then the `/__mock/*` controls. */
export const briqRoutes: readonly RouteDefinition[] = [
  sendInteractiveRoute,
  sendMessageRoute,
  sendInteractiveLegacyRoute,
  sendTextRoute,
  sendTemplateRoute,
  ...unmodelledSendRoutes,
  getMessageRoute,
  listMessagesRoute,
  readMessageRoute,
  listSendersRoute,
  getSenderRoute,
  listConversationsRoute,
  getConversationRoute,
  readConversationRoute,
  listTemplatesRoute,
  getTemplateRoute,
  ...controlRoutes,
]
