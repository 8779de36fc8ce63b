import { BRIQ_PHONE_PATTERN } from '@briq-interactive/core'
import { validationError } from '../http/api-error.ts'
import { quoted } from '../http/quoted.ts'
import type { MockRuntime } from '../runtime.ts'
import { type ConversationView, conversationView } from '../views/conversation-view.ts'
import { resolveSender } from './resolve-sender.ts'

/** Options of `openWindow`. */
export interface OpenWindowOptions {
  /** Which of your numbers they wrote to (number, phone_number_id or uuid; default sender otherwise). */
  sender?: string | undefined
  /** What they wrote (default "Hi"). */
  text?: string | undefined
  /** Their WhatsApp profile name. */
  profileName?: string | undefined
}

/**
 * The customer writes first: an inbound text message opens (or refreshes) the 24-hour window
 * on the thread between `phone` and the sender. Returns the conversation.
 */
export function openWindow(runtime: MockRuntime, phone: string, options: OpenWindowOptions = {}): ConversationView {
  if (typeof phone !== 'string' || !BRIQ_PHONE_PATTERN.test(phone)) {
    throw validationError('phone', `phone must be a number in E.164 digits like 255712345678, got ${quoted(phone)}`)
  }
  const now = runtime.now()
  const { store } = runtime
  const sender = resolveSender(
    store,
    options.sender === undefined ? undefined : { value: options.sender, field: 'sender' },
  )
  const conversation = store.conversationFor(sender.id, phone.replace(/^\+/, ''), now)
  if (options.profileName !== undefined) conversation.contact_profile_name = options.profileName
  store.addInbound(conversation, 'text', { body: options.text ?? 'Hi' }, now)
  return conversationView(store, conversation, runtime.windowOpen(conversation, false))
}
