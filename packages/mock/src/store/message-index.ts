import { OrderedMessages } from './ordered-messages.ts'
import type { MessageRecord } from './records.ts'

/** How much the store keeps before it evicts the oldest messages. */
export interface StoreBounds {
  /** Most messages kept. */
  maxMessages: number
  /** Most bytes of messages kept (each counted as `contentBytes` of its content plus `MESSAGE_OVERHEAD_BYTES`). */
  maxBytes: number
}

/** What one message costs besides its content: ids, times, statuses (about 1 KB measured on the heap). */
export const MESSAGE_OVERHEAD_BYTES = 1024

// What the heap holds for content parsed from JSON besides its text, measured in V8: about 65
// bytes per object and 58 per array, 57 per key (200 for an object whose keys give it a shape
// of its own), 9 per value. Counted by text length alone, a body of `[{},{},…]` held 21 times
// what it was counted as, and the byte bound let the heap grow to gigabytes.
const CONTAINER_BYTES = 64
const KEY_BYTES = 96
const VALUE_BYTES = 8

/**
 * The bytes content written as `json` is counted as: its text plus what the heap holds per
 * object, array, key and value, read from the text in one pass outside strings.
 */
export function contentBytes(json: string): number {
  let bytes = json.length
  let inString = false
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i)
    if (inString) {
      if (code === 0x5c)
        i++ // a backslash escapes the next character
      else if (code === 0x22) inString = false
    } else if (code === 0x22) inString = true
    else if (code === 0x7b || code === 0x5b)
      bytes += CONTAINER_BYTES + VALUE_BYTES // { or [
    else if (code === 0x3a)
      bytes += KEY_BYTES // :
    else if (code === 0x2c) bytes += VALUE_BYTES // ,
  }
  return bytes
}

/** The bytes a message is counted as, for `StoreBounds.maxBytes`. */
export const messageBytes = (message: MessageRecord): number =>
  MESSAGE_OVERHEAD_BYTES + contentBytes(JSON.stringify(message.content))

/**
 * Every message by id, in creation order overall and per conversation, within `StoreBounds`:
 * adding past a bound evicts the oldest messages (never the last one left), so memory stays
 * flat however long the mock runs, and listings read newest first without sorting.
 */
export class MessageIndex {
  readonly #byId = new Map<string, MessageRecord>()
  readonly #ordered = new OrderedMessages()
  readonly #byConversation = new Map<string, OrderedMessages>()
  readonly #bytes = new Map<string, number>()
  #totalBytes = 0
  #evicted = 0
  readonly #bounds: StoreBounds

  constructor(bounds: StoreBounds) {
    this.#bounds = bounds
  }

  /** How many messages are kept. */
  get size(): number {
    return this.#ordered.size
  }

  /** How many messages have been evicted to stay within the bounds. */
  get evicted(): number {
    return this.#evicted
  }

  /** The bounds it keeps to. */
  get bounds(): StoreBounds {
    return this.#bounds
  }

  /** The bytes the kept messages are counted as. */
  get bytes(): number {
    return this.#totalBytes
  }

  /** A message by id. */
  get(id: string): MessageRecord | undefined {
    return this.#byId.get(id)
  }

  /** Whether a message is kept. */
  has(id: string): boolean {
    return this.#byId.has(id)
  }

  /** Every message, oldest first overall (`conversationId` absent) or in one conversation. */
  of(conversationId?: string): OrderedMessages | undefined {
    return conversationId === undefined ? this.#ordered : this.#byConversation.get(conversationId)
  }

  /** Adds a message, then evicts the oldest ones past the bounds; returns the evicted. */
  add(message: MessageRecord): MessageRecord[] {
    const bytes = messageBytes(message)
    this.#byId.set(message.id, message)
    this.#bytes.set(message.id, bytes)
    this.#totalBytes += bytes
    this.#ordered.insert(message)
    let thread = this.#byConversation.get(message.conversation_id)
    if (!thread) {
      thread = new OrderedMessages()
      this.#byConversation.set(message.conversation_id, thread)
    }
    thread.insert(message)
    const evicted: MessageRecord[] = []
    const { maxMessages, maxBytes } = this.#bounds
    while (this.size > 1 && (this.size > maxMessages || this.#totalBytes > maxBytes)) {
      const oldest = this.#ordered.oldest()!
      this.#remove(oldest)
      evicted.push(oldest)
      this.#evicted++
    }
    return evicted
  }

  #remove(message: MessageRecord): void {
    this.#ordered.remove(message)
    const thread = this.#byConversation.get(message.conversation_id)
    thread?.remove(message)
    if (thread?.size === 0) this.#byConversation.delete(message.conversation_id)
    this.#totalBytes -= this.#bytes.get(message.id) ?? 0
    this.#bytes.delete(message.id)
    this.#byId.delete(message.id)
  }
}
