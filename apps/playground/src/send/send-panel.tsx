import { useId, useState } from 'react'
import { useTranslate } from '../i18n/translator.ts'
import type { MockControls } from '../mock/mock-controls.ts'
import { describeFailure } from './describe-failure.ts'
import type { SendSnapshot } from './send-session.ts'
import { StatusSteps } from './status-steps.tsx'

const KNOWN_STATUSES = ['pending', 'sent', 'delivered', 'read', 'failed'] as const

/** Props of `SendPanel`. */
export interface SendPanelProps {
  /** The session's state. */
  state: SendSnapshot
  /** Sends the current request. */
  onSend(): void
  /** Why sending is not possible now (problems, bad JSON, bad number), or undefined when it is. */
  blockedReason: string | undefined
  /** The normalised recipient, for "the customer writes first". */
  recipient: string | undefined
  /** The endpoint in use. */
  endpoint: string
  /** `mock` or `proxy`: names the button. */
  mode: 'mock' | 'proxy'
  /** The mock's control routes, when the mock is in use. */
  controls: MockControls | undefined
  /** Why recording the customer's reply failed, if it did. */
  replyError: string | undefined
}

/** The Send button (disabled while a send is out), then the message id, its status, the reply or the error. */
export function SendPanel(props: SendPanelProps) {
  const { state, onSend, blockedReason, recipient, endpoint, mode, controls, replyError } = props
  const t = useTranslate()
  const id = useId()
  const [windowNotice, setWindowNotice] = useState<{ ok: boolean; text: string } | undefined>(undefined)
  const sending = state.phase === 'sending'
  const statusLabel = (status: string | undefined) => {
    const known = KNOWN_STATUSES.find((candidate) => candidate === status)
    return known ? t(`status_${known}`) : (status ?? '')
  }
  const error = state.phase === 'failed' ? state.error : undefined

  const writeFirst = async () => {
    if (!controls || !recipient) return
    const text = t('customerWritesFirstText')
    try {
      await controls.customerWritesFirst(recipient, text)
      setWindowNotice({ ok: true, text: t('customerWrote', { text }) })
    } catch (failure) {
      setWindowNotice({ ok: false, text: failure instanceof Error ? failure.message : String(failure) })
    }
  }

  return (
    <section className="pg-panel" aria-labelledby={`${id}-heading`} data-state={state.phase}>
      <h2 id={`${id}-heading`}>{t('sendHeading')}</h2>
      <button
        type="button"
        className="pg-button pg-button-primary"
        onClick={() => {
          setWindowNotice(undefined)
          onSend()
        }}
        disabled={sending || blockedReason !== undefined}
        aria-describedby={blockedReason ? `${id}-blocked` : undefined}
      >
        {sending ? t('sending') : mode === 'mock' ? t('sendToMock') : t('sendToProxy')}
      </button>
      {blockedReason ? (
        <p id={`${id}-blocked`} className="pg-hint">
          {blockedReason}
        </p>
      ) : null}
      <div aria-live="polite" className="pg-send-result">
        {state.phase === 'sent' && state.messageId ? (
          <>
            <dl className="pg-facts">
              <dt>{t('messageId')}</dt>
              <dd>
                <code data-testid="message-id">{state.messageId}</code>
              </dd>
              <dt>{t('statusLabel')}</dt>
              <dd data-status={state.status}>{statusLabel(state.status)}</dd>
            </dl>
            <StatusSteps status={state.status} />
            {state.statusError ? (
              <p className="pg-error-text">{t('statusFailedReason', { reason: state.statusError })}</p>
            ) : null}
            {state.pollError ? <p className="pg-error-text">{t('pollFailed', { reason: state.pollError })}</p> : null}
            <h3>{t('replyHeading')}</h3>
            <p data-reply={state.reply ? '' : undefined}>
              {state.reply
                ? t('replyReceived', {
                    title:
                      state.reply.type === 'button_reply'
                        ? state.reply.button_reply.title
                        : state.reply.list_reply.title,
                    id: state.reply.type === 'button_reply' ? state.reply.button_reply.id : state.reply.list_reply.id,
                  })
                : t('replyWaiting')}
            </p>
            {replyError ? <p className="pg-error-text">{t('replyFailed', { reason: replyError })}</p> : null}
          </>
        ) : null}
      </div>
      {error ? (
        <div className="pg-alert" role="alert">
          <h3>{t('errorHeading', { code: error.code })}</h3>
          <p>{describeFailure(error, endpoint, t)}</p>
          <p className="pg-detail" lang="en">
            {error.message}
          </p>
          <p className="pg-detail">
            {error.status === undefined ? null : t('errorStatus', { status: error.status })}
            {error.status !== undefined && error.requestId ? ' · ' : null}
            {error.requestId ? t('errorRequestId', { id: error.requestId }) : null}
          </p>
          <p>{t('draftKept')}</p>
          {error.code === 'WINDOW_CLOSED' && controls && recipient ? (
            <button type="button" className="pg-button" onClick={() => void writeFirst()}>
              {t('customerWritesFirst')}
            </button>
          ) : null}
        </div>
      ) : null}
      <div role="status" aria-live="polite">
        {windowNotice ? <p className={windowNotice.ok ? 'pg-ok-text' : 'pg-error-text'}>{windowNotice.text}</p> : null}
      </div>
    </section>
  )
}
