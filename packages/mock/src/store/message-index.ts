import { OrderedMessages } from './ordered-messages.ts'
import type { MessageRecord } from './records.ts'

/** How much the store keeps before it evicts the oldest messages. */
export interface StoreBounds {
  /** Most messages kept. */
  maxMessages: number
  /** Most bytes of messages kept (each counted as its content's JSON plus `MESSAGE_OVERHEAD_BYTES`). */
  maxBytes: number
}

/** What one message costs besides its content: ids, times, statuses (about 1 KB measured on the heap). */
export const MESSAGE_OVERHEAD_BYTES = 1024

/** The bytes a message is counted as, for `StoreBounds.maxBytes`. */
export const messageBytes = (message: MessageRecord): number =>
  MESSAGE_OVERHEAD_BYTES + JSON.stringify(message.content).length

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
  readonly #bounds: StoreBounds

  constructor(bounds: StoreBounds) {
    this.#bounds = bounds
  }

  /** How many messages are kept. */
  get size(): number {
    return this.#ordered.size
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
