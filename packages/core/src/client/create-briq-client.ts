import { unknownKeySentence } from '../config-problem.ts'
import { routePath } from '../contract/briq-route.ts'
import {
  getConversationCall,
  getMessageCall,
  listConversationsCall,
  listMessagesCall,
  listSendersCall,
  markConversationReadCall,
  markMessageReadCall,
  sendInteractiveCall,
} from '../contract/briq-routes.ts'
import type { Shape } from '../contract/shape.ts'
import { issueField } from '../contract/to-briq-errors.ts'
import type { Issue } from '../issue.ts'
import { quoted } from '../quoted.ts'
import { isTimeoutMs, TIMEOUT_MS_WORDS } from '../timer-limit.ts'
import { validateSendRequest } from '../validation/validate-send-request.ts'
import type { BriqClient } from './briq-client.ts'
import { BriqError } from './briq-error.ts'
import type { BriqClientOptions, RequestOptions } from './client-options.ts'
import { fetchOptionProblem } from './fetch-option-problem.ts'
import { isoDate } from './iso-date.ts'
import { resolveRetry } from './retry-delay.ts'
import { rememberClientOptions } from './same-briq-client.ts'
import { type BriqRequest, type ClientConfig, sendBriqRequest } from './send-briq-request.ts'

/** How long a client's call may take in all when its `timeoutMs` is not given: 30 s. */
export const DEFAULT_CLIENT_TIMEOUT_MS = 30_000

// Every option the client, a call and `retry` read. A plain-JavaScript typo (`baseUrl`,
// `timeoutMS`) left its default in force without a word. Refused in configObjectProblem's
// sentence, without its "did you mean" (nearestName would cost the browser bundle 0.2 KB gzip);
// these checks, the endpoint's with them, 0.1.
const OPTION_NAMES = ['endpoint', 'fetch', 'headers', 'timeoutMs', 'retry', 'validation']
const CALL_OPTION_NAMES = ['signal', 'headers']
const RETRY_OPTION_NAMES = ['attempts', 'baseDelayMs', 'maxDelayMs']

// Throws a TypeError naming the first key of `given` that is not one of `names`, in the words
// the proxy's and the mock's options are refused in, the key quoted as theirs are.
function refuseUnknown(given: unknown, names: readonly string[], what: string, noun = 'option'): void {
  const unknown = Object.keys(Object(given)).find((name) => !names.includes(name))
  if (unknown !== undefined) throw new TypeError(`${what}: ${unknownKeySentence(noun, quoted(unknown), names)}`)
}

const kindOf = (value: unknown) => (value === null ? 'null' : typeof value)

/**
 * Creates a client for Briq's WhatsApp API as served under `endpoint` (normally your proxy,
 * which adds the API key). See {@link BriqClient} for the methods and {@link BriqError} for failures.
 * Throws a `TypeError` naming an option it does not take (a typo; `retry`'s too), for an
 * endpoint that is not a string, a `fetch` that is not a function, `headers` that are neither
 * headers nor a function, or a `timeoutMs` that is not 0 or whole milliseconds a timer can hold,
 * before any call; a call given an option it does not take
 * rejects with one, before any request.
 *
 * @example
 * const briq = createBriqClient({ endpoint: '/api/briq' })
 * const { message_id } = await briq.sendInteractive({ to: '255712345678', interactive })
 */
export function createBriqClient(options: BriqClientOptions): BriqClient {
  refuseUnknown(options, OPTION_NAMES, 'createBriqClient')
  refuseUnknown(options?.retry, RETRY_OPTION_NAMES, 'createBriqClient', 'retry option')
  if (typeof options?.endpoint !== 'string') {
    throw new TypeError('createBriqClient: endpoint must be a URL such as /api/briq')
  }
  // Either of the wrong kind failed only at the first call, as a `network` error (the fetch's
  // saying there was no fetch at all).
  const { fetch, headers } = options
  const fetchProblem = fetchOptionProblem(fetch, 'createBriqClient: fetch')
  if (fetchProblem !== undefined) throw new TypeError(fetchProblem)
  if (headers !== undefined && typeof headers !== 'function' && (typeof headers !== 'object' || headers === null)) {
    throw new TypeError(
      `createBriqClient: headers must be an object, a Headers, [name, value] pairs or a function giving one; got ${kindOf(headers)}`,
    )
  }
  // NaN (`Number(process.env.UNSET)`) or a negative number would give no deadline at all, and
  // one past a timer's range too: calls that can hang for good, said nowhere.
  const { timeoutMs } = options
  if (timeoutMs !== undefined && timeoutMs !== 0 && !isTimeoutMs(timeoutMs)) {
    throw new TypeError(
      `createBriqClient: timeoutMs must be 0 (no limit) or ${TIMEOUT_MS_WORDS}; got ${String(timeoutMs)}`,
    )
  }
  const config: ClientConfig = {
    endpoint: options.endpoint,
    fetch,
    headers,
    timeoutMs: timeoutMs ?? DEFAULT_CLIENT_TIMEOUT_MS,
    retry: resolveRetry(options.retry),
  }
  // One call of a route: its method, path and answer shape, with ids filled into the path and a
  // query or a body.
  const call = <S extends Shape>(
    route: { readonly method: 'GET' | 'POST'; readonly path: string; readonly response: S; readonly sends?: boolean },
    callOptions: RequestOptions | undefined,
    request: Partial<Pick<BriqRequest<S>, 'path' | 'query' | 'body'>> = {},
  ) => {
    refuseUnknown(callOptions, CALL_OPTION_NAMES, 'Briq client call')
    return sendBriqRequest(
      config,
      { method: route.method, path: route.path, shape: route.response, sends: route.sends === true, ...request },
      callOptions,
    )
  }
  const client: BriqClient = {
    async sendInteractive(request, callOptions) {
      const result = validateSendRequest(request, options.validation)
      if (!result.ok) throw validationError(result.issues)
      return call(sendInteractiveCall, callOptions, { body: result.value })
    },
    async getMessage(messageId, callOptions) {
      const path = routePath(getMessageCall, { message_id: checkId(messageId, 'messageId') })
      return call(getMessageCall, callOptions, { path })
    },
    async listMessages(query, callOptions) {
      return call(listMessagesCall, callOptions, { query: { ...query } })
    },
    async listConversations(query, callOptions) {
      return call(listConversationsCall, callOptions, { query: { ...query } })
    },
    async getConversation(conversationId, callOptions) {
      const path = routePath(getConversationCall, { conversation_id: checkId(conversationId, 'conversationId') })
      return call(getConversationCall, callOptions, { path })
    },
    async listSenders(query, callOptions) {
      const senders = await call(listSendersCall, callOptions, { query: { ...query } })
      return Array.isArray(senders) ? senders : senders.items
    },
    async markRead(messageId, callOptions) {
      const path = routePath(markMessageReadCall, { message_id: checkId(messageId, 'messageId') })
      return call(markMessageReadCall, callOptions, { path })
    },
    async markConversationRead(conversationId, read, callOptions) {
      const id = checkId(conversationId, 'conversationId')
      const upTo = read?.upTo instanceof Date ? isoDate(read.upTo, 'upTo') : (read?.upTo ?? null)
      const path = routePath(markConversationReadCall, { conversation_id: id })
      return call(markConversationReadCall, callOptions, { path, body: { up_to: upTo } })
    },
  }
  rememberClientOptions(client, options)
  return client
}

// An empty id would silently turn "get one" into "list all"; refuse it before any request. So
// would `.`, and `..` another route: fetch resolves them as path steps, percent-encoded or not
// (WHATWG URL, "single-dot path segment").
function checkId(id: unknown, name: string): string {
  if (id === '.' || id === '..') {
    const message = `${name} cannot be "${id}": fetch would read it as a step in the path`
    throw new BriqError({ kind: 'validation', message, errors: [{ code: 'invalid_value', message, field: name }] })
  }
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
