import { BRIQ_PHONE_PATTERN, countCharacters } from '@briq-interactive/core'
import { quoted } from '@briq-interactive/core/server'
import { validationError } from '../http/api-error.ts'
import type { MockRuntime } from '../runtime.ts'
import { type ConversationView, conversationView } from '../views/conversation-view.ts'
import { resolveSender } from './resolve-sender.ts'

/**
 * The longest profile name the mock keeps (code points), its own bound: a name stays with its
 * conversation, outside the messages the store bound counts, so without one a caller could grow
 * the mock without limit (a thousand 1 MB names ran it out of memory).
 */
export const MAX_PROFILE_NAME = 256

/** Options of `openWindow`. */
export interface OpenWindowOptions {
  /** Which of your numbers they wrote to (number, phone_number_id or uuid; default sender otherwise). */
  sender?: string | undefined
  /** What they wrote (default "Hi"). */
  text?: string | undefined
  /** Their WhatsApp profile name (at most `MAX_PROFILE_NAME` characters). */
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
  const { profileName } = options
  const nameLength = profileName === undefined ? 0 : countCharacters(profileName)
  if (nameLength > MAX_PROFILE_NAME) {
    throw validationError(
      'profile_name',
      `profile_name is ${nameLength} characters; the mock keeps at most ${MAX_PROFILE_NAME}`,
    )
  }
  const now = runtime.now()
  const { store } = runtime
  const sender = resolveSender(
    store,
    options.sender === undefined ? undefined : { value: options.sender, field: 'sender' },
  )
  const conversation = store.conversationFor(sender.id, phone.replace(/^\+/, ''), now)
  if (profileName !== undefined) conversation.contact_profile_name = profileName
  store.addInbound(conversation, 'text', { body: options.text ?? 'Hi' }, now)
  return conversationView(store, conversation, runtime.windowOpen(conversation, false), now)
}
