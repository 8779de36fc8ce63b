import { MESSAGE_STATUS_ORDER, type MessageStatusValue } from '@briq-interactive/core'
import type { ReactNode } from 'react'
import type { MessageKey, Translate } from '../i18n/messages.ts'

const STEP_LABELS: Record<(typeof MESSAGE_STATUS_ORDER)[number], MessageKey> = {
  pending: 'send.status.pending',
  sent: 'send.status.sent',
  delivered: 'send.status.delivered',
  read: 'send.status.read',
}

/**
 * The steps a sent message moves through (queued → sent → delivered → read, core's
 * `MESSAGE_STATUS_ORDER`), those reached marked done and the current one `aria-current`; a
 * failed message marks the list failed.
 */
export function DeliveryProgress({ status, t }: { status: MessageStatusValue | undefined; t: Translate }): ReactNode {
  const reached = (MESSAGE_STATUS_ORDER as readonly string[]).indexOf(status ?? '')
  return (
    <ol
      className="bi-send-dialog-progress"
      aria-label={t('sendDialog.progress.label')}
      data-failed={status === 'failed' ? '' : undefined}
    >
      {MESSAGE_STATUS_ORDER.map((step, index) => (
        <li
          key={step}
          data-state={index < reached ? 'done' : index === reached ? 'current' : 'todo'}
          aria-current={index === reached ? 'step' : undefined}
        >
          {t(STEP_LABELS[step])}
        </li>
      ))}
    </ol>
  )
}
