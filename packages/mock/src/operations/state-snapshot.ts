import type { ScenarioName } from '../faults/scenarios.ts'
import type { MockRuntime } from '../runtime.ts'
import type { SenderRecord, TemplateRecord } from '../store/records.ts'
import { type ConversationView, conversationView } from '../views/conversation-view.ts'
import { isoTime } from '../views/iso-time.ts'
import { type MessageDetailView, messageDetailView } from '../views/message-views.ts'

/** A copy of the whole workspace at one instant; changing it changes nothing in the mock. */
export interface MockStateSnapshot {
  /** The mock's current time (ISO). */
  now: string
  /** The active scenario. */
  scenario: ScenarioName
  /** Senders, in fixture order. */
  senders: SenderRecord[]
  /** Conversations in creation order, as the API shows them. */
  conversations: ConversationView[]
  /** Every message, oldest first, as `GET /messages/{id}` shows it. */
  messages: MessageDetailView[]
  /** Templates, in fixture order. */
  templates: TemplateRecord[]
}

/** Takes a snapshot, after applying every status move due by now. */
export function stateSnapshot(runtime: MockRuntime): MockStateSnapshot {
  const now = runtime.now()
  const { store } = runtime
  return {
    now: isoTime(now),
    scenario: runtime.scenario,
    senders: structuredClone(store.senders),
    conversations: [...store.conversations.values()]
      .sort((a, b) => a.seq - b.seq)
      .map((c) => conversationView(store, c, runtime.windowOpen(c, false))),
    messages: [...store.messages.values()].map((m) => messageDetailView(store, m)),
    templates: structuredClone(store.templates),
  }
}
