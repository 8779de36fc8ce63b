import { type ApiError, apiError } from '../http/api-error.ts'
import type { MockStore } from './store.ts'

/**
 * The 404 for a message or conversation id the store does not hold. Once the store has evicted
 * messages to stay within its bounds, the id may be one of them (or of the conversations they
 * ended), so the message says so: an answer that changed with eviction is never a bare
 * "not found".
 */
export function notKept(store: MockStore, what: 'Message' | 'Conversation', id: string, field: string): ApiError {
  const { evicted, bounds } = store.messages
  const note =
    evicted === 0
      ? ''
      : `; this mock keeps the newest ${bounds.maxMessages} messages and ${bounds.maxBytes} bytes of them (maxMessages, maxStoreBytes) and has evicted ${evicted} older ones, with the conversations they ended`
  return apiError(404, 'NOT_FOUND', `${what} ${id} not found in this workspace${note}`, field)
}
