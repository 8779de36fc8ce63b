import type { BriqRoute } from './briq-route.ts'
import {
  conversationPageShape,
  conversationReadResultShape,
  conversationShape,
  messageDetailShape,
  messagePageShape,
  messageReadReceiptShape,
  senderListShape,
  senderShape,
  sendResultShape,
} from './response-shapes.ts'
import { nullable, type Shape } from './shape.ts'

// Briq's routes without their request schemas, so what reads only a route's method, path or
// answer (the client, the curl and fetch snippets) carries no schema and no zod. `briq-routes.ts`
// adds the five request schemas, making `BRIQ_ROUTES` and the route exports from this table.
// Each route is its own export, so a browser app carries only the routes it reads.
// Paths and generations: docs.briq.tz, Karibu-WhatsApp (per-type sends, the newest),
// api-reference/karibu-whatsapp-messages (unified send and reads) and api-reference/karibu-whatsapp
// (the older send-* paths).

// Paths are plain literals (not built from a shared prefix) so each reads as Briq documents it
// and an unused route stays out of a browser bundle.
const post = 'POST' as const
const get = 'GET' as const

/** The path of the interactive send, the one every snippet prints. */
export const sendInteractivePath = '/v1/whatsapp/messages/interactive'

/**
 * The interactive send as the client calls it: method, path and answer. The client checks the
 * body with the send request's rule (`validateSendRequest`), so it does not carry the route's
 * zod schema (`request`), nor zod.
 */
export const sendInteractiveCall = {
  method: post,
  path: sendInteractivePath,
  response: sendResultShape,
  sends: true,
} as const

// The reads as the client calls them (method, path, answer): the client imports these, so a
// browser bundle carries no route's `id` and `proxied`, which only servers read. Each route below
// is made from its call, so a path is written once.
export const listMessagesCall = { method: get, path: '/v1/whatsapp/messages', response: messagePageShape } as const
export const getMessageCall = {
  method: get,
  path: '/v1/whatsapp/messages/:message_id',
  response: messageDetailShape,
} as const
export const markMessageReadCall = {
  method: post,
  path: '/v1/whatsapp/messages/:message_id/read',
  response: /* @__PURE__ */ nullable(messageReadReceiptShape),
} as const
export const listSendersCall = { method: get, path: '/v1/whatsapp/senders', response: senderListShape } as const
export const listConversationsCall = {
  method: get,
  path: '/v1/whatsapp/conversations',
  response: conversationPageShape,
} as const
export const getConversationCall = {
  method: get,
  path: '/v1/whatsapp/conversations/:conversation_id',
  response: conversationShape,
} as const
export const markConversationReadCall = {
  method: post,
  path: '/v1/whatsapp/conversations/:conversation_id/read',
  response: conversationReadResultShape,
} as const

/** A read the client calls, as a route: it sends nothing, and the proxy forwards it. */
const clientRead = <Id extends string, Call extends { method: 'GET' | 'POST'; path: string; response: Shape }>(
  id: Id,
  call: Call,
) =>
  ({
    id,
    method: call.method,
    path: call.path,
    sends: false,
    proxied: true,
    response: call.response,
  }) as const satisfies BriqRoute

/** `POST /v1/whatsapp/messages/interactive`: send an interactive message (202 pending). */
export const sendInteractiveFacts = {
  id: 'sendInteractive',
  method: post,
  path: sendInteractivePath,
  sends: true,
  proxied: true,
  response: sendResultShape,
} as const satisfies BriqRoute

/** `GET /v1/whatsapp/messages`: messages across the workspace, newest first. */
export const listMessagesRoute = /* @__PURE__ */ clientRead('listMessages', listMessagesCall)

/** `GET /v1/whatsapp/messages/{message_id}`: status, failure and the paired customer reply. */
export const getMessageRoute = /* @__PURE__ */ clientRead('getMessage', getMessageCall)

/** `POST /v1/whatsapp/messages/{message_id}/read`: a read receipt for a customer's message. */
export const markMessageReadRoute = /* @__PURE__ */ clientRead('markMessageRead', markMessageReadCall)

/** `GET /v1/whatsapp/senders`: your WhatsApp numbers (bare JSON). */
export const listSendersRoute = /* @__PURE__ */ clientRead('listSenders', listSendersCall)

/** `GET /v1/whatsapp/senders/{sender_id}`: one of your numbers (bare JSON). */
export const getSenderRoute = {
  id: 'getSender',
  method: get,
  path: '/v1/whatsapp/senders/:sender_id',
  sends: false,
  proxied: true,
  response: senderShape,
} as const satisfies BriqRoute

/** `GET /v1/whatsapp/conversations`: threads, most recently active first. */
export const listConversationsRoute = /* @__PURE__ */ clientRead('listConversations', listConversationsCall)

/** `GET /v1/whatsapp/conversations/{conversation_id}`: one thread and its 24-hour window. */
export const getConversationRoute = /* @__PURE__ */ clientRead('getConversation', getConversationCall)

/** `POST /v1/whatsapp/conversations/{conversation_id}/read`: mark a thread's inbound messages read. */
export const markConversationReadRoute = /* @__PURE__ */ clientRead('markConversationRead', markConversationReadCall)

/** `POST /v1/whatsapp/messages`: the unified send, by `type`. */
export const sendMessageFacts = {
  id: 'sendMessage',
  method: post,
  path: '/v1/whatsapp/messages',
  sends: true,
  proxied: false,
  response: sendResultShape,
} as const satisfies BriqRoute

/** `POST /v1/whatsapp/messages/send-interactive`: the older interactive send, with `recipient`. */
export const sendInteractiveLegacyFacts = {
  id: 'sendInteractiveLegacy',
  method: post,
  path: '/v1/whatsapp/messages/send-interactive',
  sends: true,
  proxied: false,
  response: sendResultShape,
} as const satisfies BriqRoute

/** `POST /v1/whatsapp/messages/text`: a text message (needs the 24-hour window). */
export const sendTextFacts = {
  id: 'sendText',
  method: post,
  path: '/v1/whatsapp/messages/text',
  sends: true,
  proxied: false,
  response: sendResultShape,
} as const satisfies BriqRoute

/** `POST /v1/whatsapp/messages/template`: an approved template (opens the window). */
export const sendTemplateFacts = {
  id: 'sendTemplate',
  method: post,
  path: '/v1/whatsapp/messages/template',
  sends: true,
  proxied: false,
  response: sendResultShape,
} as const satisfies BriqRoute

/** A send whose body this kit does not model (media, the older text/template/media sends). */
const unmodelledSend = <Id extends string, Path extends string>(id: Id, path: Path) =>
  ({
    id,
    method: post,
    path,
    sends: true,
    proxied: false,
    response: sendResultShape,
  }) as const

/** `POST /v1/whatsapp/messages/image`. */
export const sendImageRoute = /* @__PURE__ */ unmodelledSend('sendImage', '/v1/whatsapp/messages/image')
/** `POST /v1/whatsapp/messages/document`. */
export const sendDocumentRoute = /* @__PURE__ */ unmodelledSend('sendDocument', '/v1/whatsapp/messages/document')
/** `POST /v1/whatsapp/messages/video`. */
export const sendVideoRoute = /* @__PURE__ */ unmodelledSend('sendVideo', '/v1/whatsapp/messages/video')
/** `POST /v1/whatsapp/messages/send-text`: the older text send. */
export const sendTextLegacyRoute = /* @__PURE__ */ unmodelledSend('sendTextLegacy', '/v1/whatsapp/messages/send-text')
/** `POST /v1/whatsapp/messages/send-template`: the older template send. */
export const sendTemplateLegacyRoute = /* @__PURE__ */ unmodelledSend(
  'sendTemplateLegacy',
  '/v1/whatsapp/messages/send-template',
)
/** `POST /v1/whatsapp/messages/send-media`: the older media send. */
export const sendMediaLegacyRoute = /* @__PURE__ */ unmodelledSend(
  'sendMediaLegacy',
  '/v1/whatsapp/messages/send-media',
)

/** `GET /v1/whatsapp/templates`: the workspace's templates (bare JSON, cursor pages). */
export const listTemplatesRoute = {
  id: 'listTemplates',
  method: get,
  path: '/v1/whatsapp/templates',
  sends: false,
  proxied: false,
} as const satisfies BriqRoute

/** `GET /v1/whatsapp/templates/{template_id}`: one template (bare JSON). */
export const getTemplateRoute = {
  id: 'getTemplate',
  method: get,
  path: '/v1/whatsapp/templates/:template_id',
  sends: false,
  proxied: false,
} as const satisfies BriqRoute

/**
 * Every Briq WhatsApp route the kit knows, once, without the request schemas: `BRIQ_ROUTES` is
 * this table with them. Never validate a body against an entry of this one: `validateRequest`
 * takes a route without `request` as a body the kit does not model, and accepts anything.
 */
export const BRIQ_ROUTE_FACTS = [
  sendInteractiveFacts,
  listMessagesRoute,
  getMessageRoute,
  markMessageReadRoute,
  listSendersRoute,
  getSenderRoute,
  listConversationsRoute,
  getConversationRoute,
  markConversationReadRoute,
  sendMessageFacts,
  sendInteractiveLegacyFacts,
  sendTextFacts,
  sendTemplateFacts,
  sendImageRoute,
  sendDocumentRoute,
  sendVideoRoute,
  sendTextLegacyRoute,
  sendTemplateLegacyRoute,
  sendMediaLegacyRoute,
  listTemplatesRoute,
  getTemplateRoute,
] as const satisfies readonly BriqRoute[]

/** The id of one of `BRIQ_ROUTES`. */
export type BriqRouteId = (typeof BRIQ_ROUTE_FACTS)[number]['id']
