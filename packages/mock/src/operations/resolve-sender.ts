import { quoted } from '@briq-interactive/core/server'
import { validationError } from '../http/api-error.ts'
import type { SenderRecord } from '../store/records.ts'
import type { MockStore } from '../store/store.ts'

/** A sender named in a request, and the field it came from (for the error). */
export interface SenderReference {
  /** The number, phone_number_id or uuid as sent. */
  value: string
  /** `sender` (G3) or `sender_id` (deprecated / G1 / G2). */
  field: 'sender' | 'sender_id'
}

/**
 * The sender a send goes from: the one named (by number, phone_number_id or uuid), else the
 * default. Unknown or inactive → 422 naming the field, with the known numbers in the message.
 */
export function resolveSender(store: MockStore, reference: SenderReference | undefined): SenderRecord {
  if (reference === undefined) {
    const fallback = store.defaultSender()
    if (!fallback) throw validationError('sender', 'The workspace has no active sender to send from')
    return fallback
  }
  const sender = store.findSender(reference.value)
  const known = store.senders.filter((s) => s.is_active).map((s) => `${s.display_number} (${s.label})`)
  if (!sender) {
    throw validationError(
      reference.field,
      `Unknown sender ${quoted(reference.value)}: use one of this workspace's numbers: ${known.join(', ')}`,
    )
  }
  if (!sender.is_active) throw validationError(reference.field, `Sender ${sender.display_number} is not active`)
  return sender
}
