import { createSendInteractiveLegacyRequestSchema } from '../schemas/send-interactive-legacy-request.ts'
import { createSendMessageRequestSchema } from '../schemas/send-message-request.ts'
import { createSendInteractiveRequestSchema } from '../schemas/send-request-schema.ts'
import { sendTemplateRequestSchema, sendTextRequestSchema } from '../schemas/send-text-template-requests.ts'
import type { BriqRoute } from './briq-route.ts'
import {
  BRIQ_ROUTE_FACTS,
  sendInteractiveFacts,
  sendInteractiveLegacyFacts,
  sendMessageFacts,
  sendTemplateFacts,
  sendTextFacts,
} from './briq-route-facts.ts'

// The route table with its request schemas. Every fact of a route (id, method, path, whether it
// sends and is proxied, its answer) is written once, in `briq-route-facts.ts`; this file adds
// the five request schemas, so only what reads a schema (the mock, `validateRequest`) carries
// the schemas and zod.

// The routes without a request schema are their facts. The client imports its calls from here,
// as before the facts had their own file: tree-shaking leaves the schemas out either way, and its
// bundle keeps the module order its gzip figure (README, "Bundle size") was measured in
// (importing the facts file directly reorders the modules: 0.09 KB more gzip for the same code).
export {
  type BriqRouteId,
  getConversationCall,
  getConversationRoute,
  getMessageCall,
  getMessageRoute,
  getSenderRoute,
  getTemplateRoute,
  listConversationsCall,
  listConversationsRoute,
  listMessagesCall,
  listMessagesRoute,
  listSendersCall,
  listSendersRoute,
  listTemplatesRoute,
  markConversationReadCall,
  markConversationReadRoute,
  markMessageReadCall,
  markMessageReadRoute,
  sendDocumentRoute,
  sendImageRoute,
  sendInteractiveCall,
  sendMediaLegacyRoute,
  sendTemplateLegacyRoute,
  sendTextLegacyRoute,
  sendVideoRoute,
} from './briq-route-facts.ts'

type RequestSchema = NonNullable<BriqRoute['request']>

/** A route's facts with the schema of its JSON body. */
const withRequest = <const Facts extends BriqRoute, Request extends RequestSchema>(facts: Facts, request: Request) =>
  ({ ...facts, request }) as Facts & { readonly request: Request }

/** `POST /v1/whatsapp/messages/interactive`: send an interactive message (202 pending). */
export const sendInteractiveRoute = /* @__PURE__ */ withRequest(
  sendInteractiveFacts,
  createSendInteractiveRequestSchema,
)

/** `POST /v1/whatsapp/messages`: the unified send, by `type`. */
export const sendMessageRoute = /* @__PURE__ */ withRequest(sendMessageFacts, createSendMessageRequestSchema)

/** `POST /v1/whatsapp/messages/send-interactive`: the older interactive send, with `recipient`. */
export const sendInteractiveLegacyRoute = /* @__PURE__ */ withRequest(
  sendInteractiveLegacyFacts,
  createSendInteractiveLegacyRequestSchema,
)

/** `POST /v1/whatsapp/messages/text`: a text message (needs the 24-hour window). */
export const sendTextRoute = /* @__PURE__ */ withRequest(sendTextFacts, () => sendTextRequestSchema)

/** `POST /v1/whatsapp/messages/template`: an approved template (opens the window). */
export const sendTemplateRoute = /* @__PURE__ */ withRequest(sendTemplateFacts, () => sendTemplateRequestSchema)

// By id, the routes whose body the kit models; every other route of the table is its facts.
const modelled = {
  sendInteractive: sendInteractiveRoute,
  sendMessage: sendMessageRoute,
  sendInteractiveLegacy: sendInteractiveLegacyRoute,
  sendText: sendTextRoute,
  sendTemplate: sendTemplateRoute,
} as const satisfies { readonly [Id in string]: BriqRoute<Id> }

type Modelled = typeof modelled

/** `table`, each route with a request schema in `modelled` taken from there: the same order and the same objects. */
const withRequests = <const Table extends readonly BriqRoute[]>(table: Table) =>
  table.map((facts) =>
    Object.hasOwn(modelled, facts.id) ? modelled[facts.id as keyof Modelled] : facts,
  ) as unknown as {
    readonly [K in keyof Table]: Table[K] extends { readonly id: keyof Modelled } ? Modelled[Table[K]['id']] : Table[K]
  }

/**
 * Every Briq WhatsApp route the kit knows, once: the client builds its paths from these, the
 * proxy forwards the `proxied` ones, and the mock registers one handler per `id`.
 */
export const BRIQ_ROUTES = /* @__PURE__ */ withRequests(BRIQ_ROUTE_FACTS)
