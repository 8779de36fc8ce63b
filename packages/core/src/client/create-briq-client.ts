import * as z from 'zod/mini'
import type { Issue } from '../issue.ts'
import { validateSendRequest } from '../validation/validate-send-request.ts'
import type { BriqClient } from './briq-client.ts'
import { BriqError } from './briq-error.ts'
import type { BriqClientOptions } from './client-options.ts'
import { isoDate } from './iso-date.ts'
import {
  conversationPageSchema,
  conversationReadResultSchema,
  conversationSchema,
  messageDetailSchema,
  messagePageSchema,
  messageReadReceiptSchema,
  senderSchema,
  sendResultSchema,
} from './responses.ts'
import { resolveRetry } from './retry-delay.ts'
import { type ClientConfig, sendBriqRequest } from './send-briq-request.ts'

const MESSAGES = '/v1/whatsapp/messages'
const CONVERSATIONS = '/v1/whatsapp/conversations'

// Senders are documented bare; tolerate an envelope (unwrapped upstream) or a `{items}` page too.
const sendersSchema = z.union([z.array(senderSchema), z.looseObject({ items: z.array(senderSchema) })])

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
      const path = `${MESSAGES}/interactive`
      return sendBriqRequest(
        config,
        { method: 'POST', path, body: result.value, schema: sendResultSchema },
        callOptions,
      )
    },
    async getMessage(messageId, callOptions) {
      const path = `${MESSAGES}/${encodeId(messageId, 'messageId')}`
      return sendBriqRequest(config, { method: 'GET', path, schema: messageDetailSchema }, callOptions)
    },
    async listMessages(query, callOptions) {
      const request = { method: 'GET', path: MESSAGES, query: { ...query }, schema: messagePageSchema } as const
      return sendBriqRequest(config, request, callOptions)
    },
    async listConversations(query, callOptions) {
      const request = {
        method: 'GET',
        path: CONVERSATIONS,
        query: { ...query },
        schema: conversationPageSchema,
      } as const
      return sendBriqRequest(config, request, callOptions)
    },
    async getConversation(conversationId, callOptions) {
      const path = `${CONVERSATIONS}/${encodeId(conversationId, 'conversationId')}`
      return sendBriqRequest(config, { method: 'GET', path, schema: conversationSchema }, callOptions)
    },
    async listSenders(query, callOptions) {
      const request = {
        method: 'GET',
        path: '/v1/whatsapp/senders',
        query: { ...query },
        schema: sendersSchema,
      } as const
      const senders = await sendBriqRequest(config, request, callOptions)
      return Array.isArray(senders) ? senders : senders.items
    },
    async markRead(messageId, callOptions) {
      const path = `${MESSAGES}/${encodeId(messageId, 'messageId')}/read`
      const schema = z.nullable(messageReadReceiptSchema)
      return sendBriqRequest(config, { method: 'POST', path, schema }, callOptions)
    },
    async markConversationRead(conversationId, read, callOptions) {
      const path = `${CONVERSATIONS}/${encodeId(conversationId, 'conversationId')}/read`
      const upTo = read?.upTo instanceof Date ? isoDate(read.upTo, 'upTo') : (read?.upTo ?? null)
      const request = { method: 'POST', path, body: { up_to: upTo }, schema: conversationReadResultSchema } as const
      return sendBriqRequest(config, request, callOptions)
    },
  }
}

// An empty id would silently turn "get one" into "list all"; refuse it before any request.
function encodeId(id: unknown, name: string): string {
  if (typeof id === 'string' && id !== '') return encodeURIComponent(id)
  const message = `${name} must be a non-empty string`
  throw new BriqError({ kind: 'validation', message, errors: [{ code: 'required', message, field: name }] })
}

function validationError(issues: Issue[]): BriqError {
  const errors = issues.map((issue) =>
    issue.path.length === 0
      ? { code: issue.code, message: issue.message }
      : { code: issue.code, message: issue.message, field: issue.path.join('.') },
  )
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''
  const message = `The send request is invalid: ${issues[0]?.message ?? 'it was rejected'}${more}`
  return new BriqError({ kind: 'validation', message, code: issues[0]?.code, errors, issues })
}
