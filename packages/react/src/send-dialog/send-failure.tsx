import type { BriqError } from '@briq-interactive/core'
import type { ReactNode } from 'react'
import type { Translate } from '../i18n/messages.ts'
import { explainSendError } from './explain-send-error.ts'

/** Props of the dialog's failure panel. */
export interface SendFailureProps {
  /** Why the send failed. */
  error: BriqError
  /** The failure came after the request may have reached Briq. */
  maybeSent: boolean
  /** Sends the same request again on purpose (offered for `DUPLICATE_SEND`). */
  onSendAgain: () => void
  /** The dialog's translator. */
  t: Translate
}

/**
 * Shows a failed send: what to do next, Briq's message, its code and request id (to quote to
 * support), the maybe-sent warning, and "Send again" for a refused duplicate.
 */
export function SendFailure({ error, maybeSent, onSendAgain, t }: SendFailureProps): ReactNode {
  const explanation = explainSendError(error, t)
  const duplicate = error.code === 'DUPLICATE_SEND'
  return (
    <section
      className="bi-send-dialog-failure"
      aria-label={t('sendDialog.failed.title')}
      data-code={error.code ?? error.kind}
    >
      <p className="bi-send-dialog-failure-title">{t('sendDialog.failed.title')}</p>
      {explanation === undefined ? null : <p className="bi-send-dialog-explanation">{explanation}</p>}
      {duplicate ? null : <p className="bi-send-dialog-message">{error.message}</p>}
      {maybeSent ? (
        <p className="bi-send-dialog-warning" data-maybe-sent="">
          {t('send.maybeSent')}
        </p>
      ) : null}
      {error.code !== undefined || error.requestId !== undefined ? (
        <dl className="bi-send-dialog-facts">
          {error.code === undefined ? null : (
            <div>
              <dt>{t('sendDialog.error.code')}</dt>
              <dd>
                <code>{error.code}</code>
              </dd>
            </div>
          )}
          {error.requestId === undefined ? null : (
            <div>
              <dt>{t('sendDialog.error.requestId')}</dt>
              <dd>
                <code>{error.requestId}</code>
              </dd>
            </div>
          )}
        </dl>
      ) : null}
      {duplicate ? (
        <button type="button" className="bi-send-dialog-button" data-variant="secondary" onClick={onSendAgain}>
          {t('sendDialog.sendAgain')}
        </button>
      ) : null}
    </section>
  )
}
