import { describeSendFailure, type SendInteractiveRequest } from '@briq-interactive/core'
import { useState } from 'react'
import { getCoreMessages, getTranslator, type Locale } from '../../i18n/messages.ts'
import { replyWords } from '../../preview/reply-words.ts'
import { statusLabel } from '../../send-dialog/delivery-words.ts'
import { useMessageStatus } from '../use-message-status.ts'
import { useSendInteractive } from '../use-send-interactive.ts'

/** Props of the test composer. */
export interface SendDemoProps {
  /** The starting recipient. */
  defaultTo: string
  /** Poll gap for the status (tests use a short one). */
  pollIntervalMs?: number
  /** UI language. */
  locale?: Locale
  /** Called with every accepted message id. */
  onSent?: (messageId: string) => void
}

/**
 * The smallest real composer: a draft held in component state, a send button, the error, the
 * maybe-sent warning, the delivery status and the reply. Used by the jsdom, React 18 and
 * Chromium tests of the hooks.
 */
export function SendDemo({ defaultTo, pollIntervalMs = 20, locale = 'en', onSent }: SendDemoProps) {
  const t = getTranslator(locale)
  const [to, setTo] = useState(defaultTo)
  const [text, setText] = useState('Did this resolve your issue?')
  const sending = useSendInteractive({ onSuccess: (data) => onSent?.(data.message_id) })
  const delivery = useMessageStatus(sending.data?.message_id, {
    intervalMs: pollIntervalMs,
    initialStatus: sending.data?.status,
  })
  const request: SendInteractiveRequest = {
    to,
    interactive: {
      type: 'button',
      body: { text },
      action: {
        buttons: [
          { type: 'reply', reply: { id: 'yes', title: 'Yes' } },
          { type: 'reply', reply: { id: 'no', title: 'No' } },
        ],
      },
    },
  }
  const reply = delivery.reply
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        void sending.send(request)
      }}
    >
      <input aria-label="To" value={to} onChange={(event) => setTo(event.target.value)} />
      <textarea aria-label="Message" value={text} onChange={(event) => setText(event.target.value)} />
      <button type="submit">Send</button>
      <output data-testid="send-status">{sending.isPending ? t('send.sending') : sending.status}</output>
      {sending.error && (
        <p role="alert" data-code={sending.error.code ?? sending.error.kind}>
          {describeSendFailure(sending.error, getCoreMessages(locale))}
        </p>
      )}
      {sending.maybeSent && <p data-testid="maybe-sent">{t('send.maybeSent')}</p>}
      <output data-testid="delivery" data-polling={String(delivery.polling)}>
        {delivery.status === undefined ? '' : statusLabel(t, delivery.status)}
      </output>
      {reply && <p data-testid="reply">{replyWords(reply, t).text}</p>}
    </form>
  )
}
