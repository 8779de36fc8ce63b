import type { ScenarioName } from '../faults/scenarios.ts'
import type { MockRuntime } from '../runtime.ts'
import type { SenderRecord, TemplateRecord } from '../store/records.ts'
import { type ConversationView, conversationView } from '../views/conversation-view.ts'
import { isoTime } from '../views/iso-time.ts'
import { type MessageDetailView, messageDetailView } from '../views/message-views.ts'

/** Which messages a snapshot holds, counted from the newest. */
export interface StateSnapshotOptions {
  /** How many messages (default: all the store keeps). */
  limit?: number | undefined
  /** How many of the newest to skip first (default 0). */
  offset?: number | undefined
}

/** A copy of the workspace at one instant; changing it changes nothing in the mock. */
export interface MockStateSnapshot {
  /** The mock's current time (ISO). */
  now: string
  /** The active scenario. */
  scenario: ScenarioName
  /** Senders, in fixture order. */
  senders: SenderRecord[]
  /** Conversations in creation order, as the API shows them. */
  conversations: ConversationView[]
  /** The messages asked for (all by default), oldest first, as `GET /messages/{id}` shows them. */
  messages: MessageDetailView[]
  /** How many messages the store keeps in all (`messages` may hold fewer). */
  totalMessages: number
  /**
   * How many messages the store has evicted, oldest first, to stay within `maxMessages` and
   * `maxStoreBytes` since it was created or reset (their conversations went with their last one).
   */
  evictedMessages: number
  /** Templates, in fixture order. */
  templates: TemplateRecord[]
}

/** Takes a snapshot, after applying every status move due by now. */
export function stateSnapshot(runtime: MockRuntime, options: StateSnapshotOptions = {}): MockStateSnapshot {
  const now = runtime.now()
  const { store } = runtime
  const all = store.messages.of()!
  const offset = options.offset ?? 0
  const limit = options.limit ?? all.size
  const messages: MessageDetailView[] = []
  for (let index = offset; index < offset + limit; index++) {
    const message = all.newest(index)
    if (!message) break
    messages.push(messageDetailView(store, message))
  }
  return {
    now: isoTime(now),
    scenario: runtime.scenario,
    senders: structuredClone(store.senders),
    conversations: [...store.conversations.values()]
      .sort((a, b) => a.seq - b.seq)
      .map((c) => conversationView(store, c, runtime.windowOpen(c, false), now)),
    messages: messages.reverse(),
    totalMessages: all.size,
    evictedMessages: store.messages.evicted,
    templates: structuredClone(store.templates),
  }
}
