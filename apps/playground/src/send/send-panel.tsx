import type { MessageStatusSnapshot } from '@briq-interactive/core'
import type { UseSendInteractiveResult } from '@briq-interactive/react'
import { useId, useState } from 'react'
import { useTranslate } from '../i18n/translator.ts'
import { describeControlError } from '../mock/describe-control-error.ts'
import type { MockControls } from '../mock/mock-controls.ts'
import { DeliveryResult } from './delivery-result.tsx'
import { SendFailureAlert } from './send-failure-alert.tsx'

/** Props of `SendPanel`. */
export interface SendPanelProps {
  /** `useSendInteractive()`'s state. */
  sending: UseSendInteractiveResult
  /** `useMessageStatus()` of the accepted message. */
  delivery: MessageStatusSnapshot
  /** Sends the current request. */
  onSend(): void
  /** Sends the current request even though it repeats the last accepted one. */
  onSendAnyway(): void
  /** Why sending is not possible now (problems, bad JSON, bad number), or undefined when it is. */
  blockedReason: string | undefined
  /** The normalised recipient, for "the customer writes first". */
  recipient: string | undefined
  /** `mock` or `proxy`: names the button. */
  mode: 'mock' | 'proxy'
  /** The mock's control routes, when the mock is in use. */
  controls: MockControls | undefined
  /** Why recording the customer's reply failed, if it did. */
  replyError: string | undefined
}

/** The Send button (disabled while a send is out), then the message id, its status, the reply or the error. */
export function SendPanel(props: SendPanelProps) {
  const { sending, delivery, onSend, onSendAnyway, blockedReason, recipient, mode, controls } = props
  const t = useTranslate()
  const id = useId()
  const [windowNotice, setWindowNotice] = useState<{ ok: boolean; text: string } | undefined>(undefined)
  // A DUPLICATE_SEND refusal keeps the earlier send's data, so its status stays on screen.
  const messageId = sending.data?.message_id

  const writeFirst = async () => {
    if (!controls || !recipient) return
    const text = t('customerWritesFirstText')
    try {
      await controls.customerWritesFirst(recipient, text)
      setWindowNotice({ ok: true, text: t('customerWrote', { text }) })
    } catch (failure) {
      setWindowNotice({ ok: false, text: t('customerWriteFailed', { reason: describeControlError(failure, t) }) })
    }
  }
  const sendWith = (action: () => void) => () => {
    setWindowNotice(undefined)
    action()
  }

  return (
    <section className="pg-panel" aria-labelledby={`${id}-heading`} data-state={sending.status}>
      <h2 id={`${id}-heading`}>{t('sendHeading')}</h2>
      <button
        type="button"
        className="pg-button pg-button-primary"
        onClick={sendWith(onSend)}
        disabled={sending.isPending || blockedReason !== undefined}
        aria-describedby={blockedReason ? `${id}-blocked` : undefined}
      >
        {sending.isPending ? t('sending') : mode === 'mock' ? t('sendToMock') : t('sendToProxy')}
      </button>
      {blockedReason ? (
        <p id={`${id}-blocked`} className="pg-hint">
          {blockedReason}
        </p>
      ) : null}
      <div aria-live="polite" className="pg-send-result">
        {messageId ? (
          <DeliveryResult
            messageId={messageId}
            delivery={delivery}
            replyError={props.replyError}
            canActAsCustomer={controls !== undefined}
          />
        ) : null}
      </div>
      {sending.error ? (
        <SendFailureAlert
          error={sending.error}
          maybeSent={sending.maybeSent}
          onCustomerWritesFirst={controls && recipient ? () => void writeFirst() : undefined}
          onSendAnyway={sendWith(onSendAnyway)}
          sendAnywayDisabled={sending.isPending || blockedReason !== undefined}
        />
      ) : null}
      <div role="status" aria-live="polite">
        {windowNotice ? <p className={windowNotice.ok ? 'pg-ok-text' : 'pg-error-text'}>{windowNotice.text}</p> : null}
      </div>
    </section>
  )
}
