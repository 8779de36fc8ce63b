import { routePath } from '../contract/briq-route.ts'
import {
  getConversationRoute,
  getMessageRoute,
  listConversationsRoute,
  listMessagesRoute,
  listSendersRoute,
  markConversationReadRoute,
  markMessageReadRoute,
  sendInteractiveRoute,
} from '../contract/briq-routes.ts'
import { issueField } from '../contract/to-briq-errors.ts'
import type { Issue } from '../issue.ts'
import { validateSendRequest } from '../validation/validate-send-request.ts'
import type { BriqClient } from './briq-client.ts'
import { BriqError } from './briq-error.ts'
import type { BriqClientOptions } from './client-options.ts'
import { isoDate } from './iso-date.ts'
import { resolveRetry } from './retry-delay.ts'
import { type ClientConfig, sendBriqRequest } from './send-briq-request.ts'

/**
 * Creates a client for Briq's WhatsApp API as served under `endpoint` (normally your proxy,
 * which adds the API key). See {@link BriqClient} for the methods and {@link BriqError} for failures.
 *
 * @example
 * const briq = createBriqClient({ endpoint: '/api/briq' })
 * const { message_id } = await briq.sendInteractive({ to: '255712345678', interactive })
 */
export function createBriqClient(options: BriqClientOptions): BriqClient {
  const config: ClientConfig = {
    endpoint: options.endpoint,
    fetch: options.fetch,
    headers: options.headers,
    timeoutMs: options.timeoutMs ?? 30_000,
    retry: resolveRetry(options.retry),
  }
  return {
    async sendInteractive(request, callOptions) {
      const result = validateSendRequest(request, options.validation)
      if (!result.ok) throw validationError(result.issues)
      const { method, path, response: shape } = sendInteractiveRoute
      return sendBriqRequest(config, { method, path, body: result.value, shape }, callOptions)
    },
    async getMessage(messageId, callOptions) {
      const { method, response: shape } = getMessageRoute
      const path = routePath(getMessageRoute, { message_id: checkId(messageId, 'messageId') })
      return sendBriqRequest(config, { method, path, shape }, callOptions)
    },
    async listMessages(query, callOptions) {
      const { method, path, response: shape } = listMessagesRoute
      return sendBriqRequest(config, { method, path, query: { ...query }, shape }, callOptions)
    },
    async listConversations(query, callOptions) {
      const { method, path, response: shape } = listConversationsRoute
      return sendBriqRequest(config, { method, path, query: { ...query }, shape }, callOptions)
    },
    async getConversation(conversationId, callOptions) {
      const { method, response: shape } = getConversationRoute
      const path = routePath(getConversationRoute, { conversation_id: checkId(conversationId, 'conversationId') })
      return sendBriqRequest(config, { method, path, shape }, callOptions)
    },
    async listSenders(query, callOptions) {
      const { method, path, response: shape } = listSendersRoute
      const senders = await sendBriqRequest(config, { method, path, query: { ...query }, shape }, callOptions)
      return Array.isArray(senders) ? senders : senders.items
    },
    async markRead(messageId, callOptions) {
      const { method, response: shape } = markMessageReadRoute
      const path = routePath(markMessageReadRoute, { message_id: checkId(messageId, 'messageId') })
      return sendBriqRequest(config, { method, path, shape }, callOptions)
    },
    async markConversationRead(conversationId, read, callOptions) {
      const { method, response: shape } = markConversationReadRoute
      const id = checkId(conversationId, 'conversationId')
      const upTo = read?.upTo instanceof Date ? isoDate(read.upTo, 'upTo') : (read?.upTo ?? null)
      const path = routePath(markConversationReadRoute, { conversation_id: id })
      return sendBriqRequest(config, { method, path, body: { up_to: upTo }, shape }, callOptions)
    },
  }
}

// An empty id would silently turn "get one" into "list all"; refuse it before any request.
function checkId(id: unknown, name: string): string {
  if (typeof id === 'string' && id !== '') return id
  const message = `${name} must be a non-empty string`
  throw new BriqError({ kind: 'validation', message, errors: [{ code: 'required', message, field: name }] })
}

function validationError(issues: Issue[]): BriqError {
  const errors = issues.map((issue) => {
    const field = issueField(issue.path)
    return field === null
      ? { code: issue.code, message: issue.message }
      : { code: issue.code, message: issue.message, field }
  })
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''
  const message = `The send request is invalid: ${issues[0]?.message ?? 'it was rejected'}${more}`
  return new BriqError({ kind: 'validation', message, code: issues[0]?.code, errors, issues })
}
