import { MESSAGE_STATUS_ORDER, type MessageStatusValue } from '@briq-interactive/core'
import type { ReactNode } from 'react'
import type { SendTranslate } from '../i18n/messages.ts'
import { STATUS_LABELS } from './delivery-words.ts'

/**
 * The steps a sent message moves through (queued → sent → delivered → read, core's
 * `MESSAGE_STATUS_ORDER`), those reached marked done and the current one `aria-current`; a
 * failed message marks the list failed.
 */
export function DeliveryProgress({
  status,
  t,
}: {
  status: MessageStatusValue | undefined
  t: SendTranslate
}): ReactNode {
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
          className="bi-send-dialog-step"
          data-state={index < reached ? 'done' : index === reached ? 'current' : 'todo'}
          aria-current={index === reached ? 'step' : undefined}
        >
          {t(STATUS_LABELS[step])}
        </li>
      ))}
    </ol>
  )
}
