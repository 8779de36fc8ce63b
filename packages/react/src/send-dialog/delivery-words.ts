import {
  type FailedAfterStep,
  failedAfter,
  type MessageStatus,
  type MessageStatusSnapshot,
  type MessageStatusStep,
} from '@briq-interactive/core'
import { createElement, type ReactNode } from 'react'
import type { SendKey, SendTranslate } from '../i18n/messages.ts'

/** Each status Briq documents, as the kit names it ("Queued", "Delivered"). */
export const STATUS_LABELS: Readonly<Record<MessageStatus, SendKey>> = {
  pending: 'send.status.pending',
  sent: 'send.status.sent',
  delivered: 'send.status.delivered',
  read: 'send.status.read',
  failed: 'send.status.failed',
}

/** "Not delivered" with how far the message got before it failed (core's `failedAfter`). */
const FAILED_AFTER: Readonly<Record<FailedAfterStep, SendKey>> = {
  pending: 'send.status.failedAfter.pending',
  sent: 'send.status.failedAfter.sent',
}

/**
 * A status in words, "Checking status…" before one is known, or Briq's own word for one it never
 * documented (core's watcher reads a documented one in any case as itself): polling goes on, and
 * "Checking status…" would say nothing came. A failed message says how far it got (`reached`, the
 * snapshot's), so a screen reader hears what the progress list draws.
 */
export const statusLabel = (
  t: SendTranslate,
  status: string | undefined,
  reached?: MessageStatusStep | undefined,
): string => {
  const key = statusKey(status, reached)
  return key === 'send.status.other' ? t(key, { status: status?.trim() ?? '' }) : t(key)
}

/** The key that words {@link statusLabel}, for the language it is in. */
export const statusKey = (status: string | undefined, reached?: MessageStatusStep | undefined): SendKey => {
  if (status === undefined || status.trim() === '') return 'send.status.checking'
  const failedAt = failedAfter(status, reached)
  if (failedAt !== undefined) return FAILED_AFTER[failedAt]
  if (Object.hasOwn(STATUS_LABELS, status)) return STATUS_LABELS[status as MessageStatus]
  return 'send.status.other'
}

// A private-use character, in no wording: where Briq's word goes in the translated sentence.
const WORD_MARK = '\u{E000}'

/**
 * {@link statusLabel} as the dialog shows and says it: Briq's own word for a status it never
 * documented marked English (`lang="en"`, as its other words), so a Swahili sentence around it
 * does not have a screen reader read it as Swahili.
 */
export function statusWords(
  t: SendTranslate,
  status: string | undefined,
  reached?: MessageStatusStep | undefined,
): ReactNode {
  const word = status?.trim()
  if (status === undefined || !word || Object.hasOwn(STATUS_LABELS, status)) return statusLabel(t, status, reached)
  return t('send.status.other', { status: WORD_MARK })
    .split(WORD_MARK)
    .flatMap((part, index) => [
      index === 0
        ? null
        : createElement('span', { key: index, className: 'bi-send-dialog-briq-words', lang: 'en' }, word),
      part,
    ])
}

/** Why WhatsApp refused a message Briq had accepted (Meta's own words), once its status is failed. */
export const deliveryRefusal = (delivery: MessageStatusSnapshot): string | undefined =>
  delivery.status === 'failed' ? (delivery.message?.error_message ?? undefined) : undefined
