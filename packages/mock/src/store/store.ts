import { canAdvance } from '@briq-interactive/core'
import type { IdGenerator } from '../ids/id-generator.ts'
import { DueQueue } from './due-queue.ts'
import { MessageIndex, type StoreBounds } from './message-index.ts'
import type {
  ConversationRecord,
  MessageRecord,
  MessageType,
  OutboundStatus,
  PlannedFailure,
  SenderRecord,
  TemplateRecord,
} from './records.ts'
import type { StatusSchedule } from './status-schedule.ts'

/** The customer-care window: 24 hours from the customer's last message (or a template send). */
export const WINDOW_MS = 24 * 60 * 60 * 1000

/** What a new outbound message needs. */
export interface OutboundInput {
  /** The thread it goes to. */
  conversation: ConversationRecord
  /** `interactive`, `text` or `template`. */
  type: MessageType
  /** The payload as stored and shown. */
  content: Record<string, unknown>
  /** A WhatsApp-rule failure to apply instead of `sent`. */
  plannedFailure?: PlannedFailure | null
}

/** The in-memory workspace: senders, conversations, messages, templates and due status moves. */
export class MockStore {
  /** Senders in fixture order. */
  readonly senders: SenderRecord[] = []
  /** Templates in fixture order. */
  readonly templates: TemplateRecord[] = []
  /** Conversations by id. */
  readonly conversations = new Map<string, ConversationRecord>()
  /** Messages by id and in creation order, within the store's bounds (the oldest go first). */
  readonly messages: MessageIndex
  readonly #byThread = new Map<string, ConversationRecord>()
  readonly #due = new DueQueue()
  #seq = 0
  // The time the moves were last applied at, to notice a clock set back.
  #lastNow: number | undefined
  readonly #ids: IdGenerator
  readonly #schedule: StatusSchedule

  constructor(ids: IdGenerator, schedule: StatusSchedule, bounds: StoreBounds) {
    this.#ids = ids
    this.#schedule = schedule
    this.messages = new MessageIndex(bounds)
  }

  /** The next creation-order number. */
  nextSeq(): number {
    return ++this.#seq
  }

  /** A sender by uuid, number (with or without `+`) or phone_number_id. */
  findSender(ref: string): SenderRecord | undefined {
    const digits = ref.startsWith('+') ? ref.slice(1) : ref
    return this.senders.find((s) => s.id === ref || s.display_number === digits || s.phone_number_id === ref)
  }

  /** The `is_default` active sender, else the first active one. */
  defaultSender(): SenderRecord | undefined {
    return this.senders.find((s) => s.is_active && s.is_default) ?? this.senders.find((s) => s.is_active)
  }

  /** The thread between `senderId` and `phone`, if any. */
  findConversation(senderId: string, phone: string): ConversationRecord | undefined {
    return this.#byThread.get(`${senderId}:${phone}`)
  }

  /** The thread between `senderId` and `phone`, created (window never opened) when missing. */
  conversationFor(senderId: string, phone: string, now: number): ConversationRecord {
    const existing = this.findConversation(senderId, phone)
    if (existing) return existing
    const conversation: ConversationRecord = {
      id: this.#ids.uuid(),
      sender_id: senderId,
      recipient_phone: phone,
      contact_profile_name: null,
      window_expires_at: null,
      last_message_at: null,
      created_at: now,
      updated_at: now,
      seq: this.nextSeq(),
    }
    this.addConversation(conversation)
    return conversation
  }

  /** Registers a conversation (fixtures use this with fixed ids). */
  addConversation(conversation: ConversationRecord): void {
    this.conversations.set(conversation.id, conversation)
    this.#byThread.set(`${conversation.sender_id}:${conversation.recipient_phone}`, conversation)
  }

  /** Opens or refreshes the 24-hour window from `at`. */
  refreshWindow(conversation: ConversationRecord, at: number): void {
    const expires = at + WINDOW_MS
    if (conversation.window_expires_at === null || conversation.window_expires_at < expires) {
      conversation.window_expires_at = expires
    }
    conversation.updated_at = Math.max(conversation.updated_at, at)
  }

  /** Whether freeform messages may go to this thread at `now`. */
  isWindowOpen(conversation: ConversationRecord, now: number): boolean {
    return conversation.window_expires_at !== null && conversation.window_expires_at > now
  }

  /** Inbound messages not yet marked read. */
  unreadCount(conversationId: string): number {
    let count = 0
    for (const message of this.messages.of(conversationId)?.oldestFirst() ?? []) {
      if (!message.is_outbound && message.status === 'received') count++
    }
    return count
  }

  /** Called after every outbound status move (the mock's webhook deliveries). */
  onStatusMove: ((message: MessageRecord, at: number) => void) | undefined
  /** Called after status moves are scheduled (a real clock's webhook timer). */
  onScheduled: (() => void) | undefined

  /** When the next status move is due, if any is waiting. */
  nextDueAt(): number | undefined {
    return this.#due.nextAt()
  }

  /** Accepts an outbound message as `pending` and schedules its status moves. */
  addOutbound(input: OutboundInput, now: number): MessageRecord {
    const message = this.#addMessage(input.conversation, true, input.type, input.content, now)
    message.planned_failure = input.plannedFailure ?? null
    const schedule = this.#schedule
    this.#due.push({ at: now + schedule.sentAfterMs, seq: this.nextSeq(), messageId: message.id, step: 'sent' })
    if (!message.planned_failure) {
      this.#due.push({
        at: now + schedule.deliveredAfterMs,
        seq: this.nextSeq(),
        messageId: message.id,
        step: 'delivered',
      })
      this.#due.push({ at: now + schedule.readAfterMs, seq: this.nextSeq(), messageId: message.id, step: 'read' })
    }
    this.onScheduled?.()
    return message
  }

  /** Records a customer's message (fixtures pass a fixed `id`); it opens or refreshes the window. */
  addInbound(
    conversation: ConversationRecord,
    type: MessageType,
    content: Record<string, unknown>,
    now: number,
    id?: string,
  ): MessageRecord {
    const message = this.#addMessage(conversation, false, type, content, now, id)
    message.provider_message_id = this.#ids.wamid()
    this.refreshWindow(conversation, now)
    return message
  }

  #addMessage(
    conversation: ConversationRecord,
    isOutbound: boolean,
    type: MessageType,
    content: Record<string, unknown>,
    now: number,
    id?: string,
  ): MessageRecord {
    const message: MessageRecord = {
      id: id ?? this.#ids.uuid(),
      provider_message_id: null,
      conversation_id: conversation.id,
      sender_id: conversation.sender_id,
      is_outbound: isOutbound,
      message_type: type,
      content,
      status: isOutbound ? 'pending' : 'received',
      error_code: null,
      error_message: null,
      paired_message_id: null,
      created_at: now,
      updated_at: now,
      read_at: null,
      planned_failure: null,
      seq: this.nextSeq(),
    }
    conversation.last_message_at = now
    conversation.updated_at = now
    this.#evicted(this.messages.add(message))
    return message
  }

  // A conversation goes with its last message, so conversations are bounded too (a send to a
  // number with no thread left starts a new one, its window closed).
  #evicted(messages: readonly MessageRecord[]): void {
    if (messages.length === 0) return
    for (const message of messages) {
      if (this.messages.of(message.conversation_id) !== undefined) continue
      const conversation = this.conversations.get(message.conversation_id)
      if (!conversation) continue
      this.conversations.delete(conversation.id)
      this.#byThread.delete(`${conversation.sender_id}:${conversation.recipient_phone}`)
    }
    // Status moves of evicted messages would otherwise wait forever with a manual clock. A
    // message has at most three, so past twice that the queue is mostly dead: dropping the dead
    // then costs O(1) per eviction on average.
    if (this.#due.size > 6 * this.messages.size + 1024) this.#due.retain((due) => this.messages.has(due.messageId))
  }

  /**
   * Moves an outbound message forward, honouring the rank guard. Returns whether it moved.
   * `sent` gives it a provider id; a planned failure replaces `sent` with `failed`.
   */
  moveStatus(message: MessageRecord, next: OutboundStatus, at: number): boolean {
    if (!message.is_outbound || !canAdvance(message.status, next)) return false
    message.status = next
    message.updated_at = at
    if (next === 'failed') {
      message.error_code = message.planned_failure?.code ?? 131000
      message.error_message = message.planned_failure?.message ?? 'Something went wrong'
    } else if (message.provider_message_id === null) {
      message.provider_message_id = this.#ids.wamid()
    }
    this.onStatusMove?.(message, at)
    return true
  }

  /**
   * Applies every status move due at or before `now`, oldest first. A clock that reads earlier
   * than it last did was set back (the system clock stepped): the moves still waiting are set
   * back by as much, so each still comes its scheduled time after its send instead of waiting
   * for the clock to catch up.
   */
  applyDue(now: number): void {
    if (this.#lastNow !== undefined && now < this.#lastNow) this.#due.shift(now - this.#lastNow)
    this.#lastNow = now
    for (let due = this.#due.popDue(now); due; due = this.#due.popDue(now)) {
      const message = this.messages.get(due.messageId)
      if (!message) continue
      const next = due.step === 'sent' && message.planned_failure ? 'failed' : due.step
      this.moveStatus(message, next, due.at)
    }
  }
}
