import type { IncomingMessage } from 'node:http'
import {
  createBriqClient,
  createDraft,
  createDraftHistory,
  createDraftPersistence,
  normalizePhone,
  toCurl,
  toFetchSnippet,
  validateInteractive,
} from '@briq-interactive/core'
import { toWebRequest } from '@briq-interactive/core/node'
import { matchRoute } from '@briq-interactive/core/server'

// An app passes its own configuration's optional values as they are (`undefined` when unset),
// with exactOptionalPropertyTypes on (this folder's tsconfig): every client option takes them.
declare const config: { endpoint: string; timeoutMs?: number; retries?: number; headers?: Record<string, string> }

createBriqClient({
  endpoint: config.endpoint,
  timeoutMs: config.timeoutMs,
  headers: config.headers,
  retry: { attempts: config.retries, baseDelayMs: undefined, maxDelayMs: undefined },
  fetch: undefined,
  validation: undefined,
})

// The validation switches and the phone's country code come from configuration too.
declare const flags: { extendedListBody?: boolean; carouselQuickReplyMax?: 2 | 3; countryCode?: string }

validateInteractive(
  {},
  { extendedListBody: flags.extendedListBody, carouselQuickReplyMax: flags.carouselQuickReplyMax },
)
normalizePhone('0712 345 678', { defaultCountryCode: flags.countryCode })

// The smaller option objects take them the same way: starter words, snippets, history,
// persistence, reads and the server helpers.
declare const settings: {
  starter?: { 'button.body': string }
  origin?: string
  publicKey?: string
  headers?: Record<string, string>
  depth?: number
  session?: string
  upTo?: string
  trust?: boolean
  host?: string
}

createDraft('button', { text: settings.starter, extendedListBody: flags.extendedListBody })
toCurl(
  {},
  {
    target: undefined,
    endpoint: '/api/briq',
    origin: settings.origin,
    headers: settings.headers,
    publicApiKey: settings.publicKey,
  },
)
toFetchSnippet({}, { target: 'briq', endpoint: undefined, origin: settings.origin, headers: settings.headers })
createDraftHistory('', { maxDepth: settings.depth, pauseMs: undefined })
createDraftPersistence({ key: 'k', storage: undefined, read: undefined, now: undefined, session: settings.session })
createBriqClient({ endpoint: '/api/briq' }).markConversationRead('c1', { upTo: settings.upTo })
matchRoute([], 'GET', '/', { param: undefined })
declare const req: IncomingMessage
toWebRequest(req, new AbortController(), { trustProxy: settings.trust, fallbackHost: settings.host })

// The list filters come from the app's own optional settings too (every exported options and
// query type is checked key by key in packages/react/examples, which compiles the same way).
declare const filters: { conversation?: string; since?: Date; limit?: number; active?: boolean }
const reader = createBriqClient({ endpoint: '/api/briq' })
reader.listMessages({
  conversation_id: filters.conversation,
  since: filters.since,
  limit: filters.limit,
  offset: undefined,
})
reader.listConversations({ search: undefined, limit: filters.limit, status: undefined })
reader.listSenders({ is_active: filters.active, is_default: undefined })
