import { type ApiError, apiError } from '../http/api-error.ts'
import type { MockStore } from './store.ts'

/**
 * What an answer adds once the store has evicted messages to stay within its bounds, else "":
 * an id it does not hold may be one of them, and a number with no thread may have had one
 * (its window went with it). An answer that changed with eviction then says so.
 */
export function evictionNote(store: MockStore): string {
  const { evicted, bounds } = store.messages
  if (evicted === 0) return ''
  return `; this mock keeps the newest ${bounds.maxMessages} messages and ${bounds.maxBytes} bytes of them (maxMessages, maxStoreBytes) and has evicted ${evicted} older ones, with the conversations (and windows) they ended`
}

/** The 404 for a message or conversation id the store does not hold, with its `evictionNote`. */
export function notKept(store: MockStore, what: 'Message' | 'Conversation', id: string, field: string): ApiError {
  return apiError(404, 'NOT_FOUND', `${what} ${id} not found in this workspace${evictionNote(store)}`, field)
}
