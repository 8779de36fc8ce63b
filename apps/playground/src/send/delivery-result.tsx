import { describeRequestFailure, type MessageStatusSnapshot } from '@briq-interactive/core'
import { useCoreMessages, useTranslate } from '../i18n/translator.ts'
import { StatusSteps } from './status-steps.tsx'

const KNOWN_STATUSES = ['pending', 'sent', 'delivered', 'read', 'failed'] as const

/** Props of `DeliveryResult`. */
export interface DeliveryResultProps {
  /** The accepted message's id. */
  messageId: string
  /** `useMessageStatus` for that id. */
  delivery: MessageStatusSnapshot
  /** Why recording the customer's reply failed, if it did. */
  replyError: string | undefined
  /** Whether a tap in the preview answers as the customer (only the in-page mock can). */
  canActAsCustomer: boolean
}

/** The accepted message: its id, its status steps, and the customer's reply (or how to give one). */
export function DeliveryResult({ messageId, delivery, replyError, canActAsCustomer }: DeliveryResultProps) {
  const t = useTranslate()
  const core = useCoreMessages()
  const { status, reply } = delivery
  const known = KNOWN_STATUSES.find((candidate) => candidate === status)
  const failedReason =
    status === 'failed' ? (delivery.message?.error_message ?? String(delivery.message?.error_code ?? '')) : undefined
  const choice = reply ? (reply.type === 'button_reply' ? reply.button_reply : reply.list_reply) : undefined

  return (
    <>
      <dl className="pg-facts">
        <dt>{t('messageId')}</dt>
        <dd>
          <code data-testid="message-id">{messageId}</code>
        </dd>
        <dt>{t('statusLabel')}</dt>
        <dd data-status={status}>{known ? t(`status_${known}`) : (status ?? '')}</dd>
      </dl>
      <StatusSteps status={status} />
      {failedReason ? (
        <p className="pg-error-text">
          {t('statusFailedReason')} <span lang="en">{failedReason}</span>
        </p>
      ) : null}
      {delivery.error ? (
        <p className="pg-error-text">{t('pollFailed', { reason: describeRequestFailure(delivery.error, core) })}</p>
      ) : null}
      <h3>{t('replyHeading')}</h3>
      <p data-reply={choice ? '' : undefined}>
        {choice
          ? t('replyReceived', { title: choice.title, id: choice.id })
          : t(canActAsCustomer ? 'replyWaiting' : 'replyWaitingProxy')}
      </p>
      {replyError ? <p className="pg-error-text">{t('replyFailed', { reason: replyError })}</p> : null}
    </>
  )
}
