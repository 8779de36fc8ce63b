import { type BriqError, describeSendFailure, sendFailureReason } from '@briq-interactive/core'
import { useCoreMessages, useTranslate } from '../i18n/translator.ts'
import { failureCode } from './describe-failure.ts'

/** Props of `SendFailureAlert`. */
export interface SendFailureAlertProps {
  /** Why the send failed (`useSendInteractive().error`). */
  error: BriqError
  /** The request may have reached Briq before the failure (`useSendInteractive().maybeSent`). */
  maybeSent: boolean
  /** On `WINDOW_CLOSED` with the mock: lets the customer write first. Absent: no such action. */
  onCustomerWritesFirst: (() => void) | undefined
  /** On `DUPLICATE_SEND`: sends the draft again on purpose (`allowDuplicate: true`). */
  onSendAnyway: () => void
  /** Disables "send it again anyway" (a send is out, or the draft has problems). */
  sendAnywayDisabled: boolean
}

/**
 * The failed send: its code, what it means (core's wording, in the page's language), Briq's own
 * words when core has none better (kept in English, as Briq wrote them), HTTP status and
 * request id, the maybe-sent warning, and the way out.
 */
export function SendFailureAlert(props: SendFailureAlertProps) {
  const { error, maybeSent, onCustomerWritesFirst, onSendAnyway, sendAnywayDisabled } = props
  const t = useTranslate()
  const core = useCoreMessages()
  const briqSaid =
    sendFailureReason(error).reason === 'other' ? error.errors.map((detail) => detail.message).filter(Boolean) : []
  return (
    <div className="pg-alert" role="alert" data-code={failureCode(error)}>
      <h3>{t('errorHeading', { code: failureCode(error) })}</h3>
      <p>{describeSendFailure(error, core)}</p>
      {maybeSent ? (
        <p className="pg-warning" data-testid="maybe-sent">
          {t('maybeSent')}
        </p>
      ) : null}
      {briqSaid.length > 0 ? (
        <p className="pg-detail">
          {t('errorBriq')} <span lang="en">{briqSaid.join(' · ')}</span>
        </p>
      ) : null}
      <p className="pg-detail">
        {error.status === undefined ? null : t('errorStatus', { status: error.status })}
        {error.status !== undefined && error.requestId ? ' · ' : null}
        {error.requestId ? t('errorRequestId', { id: error.requestId }) : null}
      </p>
      <p>{t('draftKept')}</p>
      {error.code === 'WINDOW_CLOSED' && onCustomerWritesFirst ? (
        <button type="button" className="pg-button" onClick={onCustomerWritesFirst}>
          {t('customerWritesFirst')}
        </button>
      ) : null}
      {error.code === 'DUPLICATE_SEND' ? (
        <button type="button" className="pg-button" onClick={onSendAnyway} disabled={sendAnywayDisabled}>
          {t('sendAnyway')}
        </button>
      ) : null}
    </div>
  )
}
