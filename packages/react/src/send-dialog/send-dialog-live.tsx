import { briqWords, type CoreMessages, describeSendFailure, type MessageStatusSnapshot } from '@briq-interactive/core'
import type { ReactNode } from 'react'
import type { SendTranslate } from '../i18n/messages.ts'
import type { UseSendInteractiveResult } from '../send/use-send-interactive.ts'
import { deliveryRefusal, statusLabel, statusWords } from './delivery-words.ts'
import { BriqSaid } from './send-failure.tsx'
import { replySentence } from './send-success.tsx'

/** What the dialog's polite live region says about the send. */
export interface LiveAnnouncementInput {
  t: SendTranslate
  core: CoreMessages
  sending: UseSendInteractiveResult
  delivery: MessageStatusSnapshot
  /** Send was pressed and the form's own errors stopped it. */
  blocked: boolean
  /** Send was pressed while the senders were looked up for the sender chosen, and it waited. */
  waiting?: boolean | undefined
  /** While idle, the note that the request Send would post was sent (or maybe sent) before. */
  sentBefore?: string | undefined
}

/**
 * The live region's words: sending; accepted by Briq, then each status the message reaches (WhatsApp's
 * refusal in Meta's words) and the customer's reply, so a screen-reader user hears the message
 * move on without looking for it; or why a send did not go, with Briq's own words (kept English);
 * or, while the last press of Send was stopped by the form's errors, that it was; idle, that the
 * message Send would post was sent before (politely, as it comes: the number typed again, the
 * "Send again" question dismissed).
 */
export function liveAnnouncement({
  t,
  core,
  sending,
  delivery,
  blocked,
  waiting = false,
  sentBefore,
}: LiveAnnouncementInput): ReactNode {
  if (sending.isPending) return t('send.sending')
  // Before anything else this press could be taken for: nothing went.
  if (waiting) return t('sendDialog.sender.loading')
  // A press the form's errors stopped is answered first: after a sent message, its status would
  // tell a screen-reader user that this press went ("Status: Read"). Fixed, the status is back.
  if (blocked) return t('sendDialog.blocked')
  if (sending.status === 'success') {
    const said = deliveryAnnouncement(t, delivery)
    // Said once, with Briq's first answer; the note stays in sight after it.
    const first = delivery.status === undefined || delivery.status === 'pending'
    if (!sending.unremembered || !first) return said
    return (
      <>
        {said} {t('sendDialog.success.unremembered')}
      </>
    )
  }
  if (sending.error) {
    const reason = describeSendFailure(sending.error, core)
    const said = briqWords(sending.error, core)
    return (
      <>
        {t(sending.maybeSent ? 'sendDialog.notConfirmed.live' : 'sendDialog.failed.live', { reason })}
        {sending.maybeSent && sending.unremembered ? ` ${t('sendDialog.notConfirmed.unremembered')}` : null}
        {said.length === 0 ? null : (
          <>
            {' '}
            <BriqSaid words={said} />
          </>
        )}
      </>
    )
  }
  return sentBefore ?? ''
}

function deliveryAnnouncement(t: SendTranslate, delivery: MessageStatusSnapshot): ReactNode {
  const replied = replySentence(delivery, t)
  if (replied !== undefined) return replied
  const { status, reached } = delivery
  if (status === undefined) return t('send.accepted')
  const said = `${t('sendDialog.success.status')}: ${statusLabel(t, status, reached)}`
  // Briq's first answer is "pending" (queued): that Briq took the message, then its status; the
  // later steps are WhatsApp's ("Status: Sent"), so the send itself is never called "Sent".
  if (status === 'pending') return `${t('send.accepted')}. ${said}`
  const refused = deliveryRefusal(delivery)
  const words = statusWords(t, status)
  // Briq's own word for a status it never documented is marked English inside the sentence.
  if (typeof words !== 'string') {
    return (
      <>
        {`${t('sendDialog.success.status')}: `}
        {words}
      </>
    )
  }
  if (!refused) return said
  return (
    <>
      {`${said}. ${t('send.status.failedReason')} `}
      <span className="bi-send-dialog-briq-words" lang="en">
        {refused}
      </span>
    </>
  )
}
