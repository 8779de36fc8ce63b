import type { MessageStatus, MessageStatusSnapshot } from '@briq-interactive/core'
import type { SendKey, SendTranslate } from '../i18n/messages.ts'

/** Each status Briq documents, as the kit names it ("Queued", "Delivered"). */
export const STATUS_LABELS: Readonly<Record<MessageStatus, SendKey>> = {
  pending: 'send.status.pending',
  sent: 'send.status.sent',
  delivered: 'send.status.delivered',
  read: 'send.status.read',
  failed: 'send.status.failed',
}

/** A status in words, or "Checking status…" before one is known (or for one Briq never documented). */
export const statusLabel = (t: SendTranslate, status: string | undefined): string =>
  t(
    status !== undefined && Object.hasOwn(STATUS_LABELS, status)
      ? STATUS_LABELS[status as MessageStatus]
      : 'send.status.checking',
  )

/** Why WhatsApp refused a message Briq had accepted (Meta's own words), once its status is failed. */
export const deliveryRefusal = (delivery: MessageStatusSnapshot): string | undefined =>
  delivery.status === 'failed' ? (delivery.message?.error_message ?? undefined) : undefined
