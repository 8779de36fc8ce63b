import {
  briqWords,
  type CoreMessages,
  describeSendFailure,
  type MessageStatusSnapshot,
  sendFailureReason,
} from '@briq-interactive/core'
import type { ReactNode } from 'react'
import type { SendTranslate } from '../i18n/messages.ts'
import { asSentenceOf, withColon } from '../i18n/punctuation.ts'
import { wordedAround } from '../i18n/worded-around.tsx'
import type { CoreLangOf } from '../provider/use-core-messages.ts'
import type { UseSendInteractiveResult } from '../send/use-send-interactive.ts'
import { deliveryRefusal, statusLabel, statusWords } from './delivery-words.ts'
import { BriqSaid } from './send-failure.tsx'
import { replySentence } from './send-success.tsx'

/** What the dialog's polite live region says about the send. */
export interface LiveAnnouncementInput {
  t: SendTranslate
  core: CoreMessages
  /** The language each of `core`'s sentences is in. */
  coreLangOf: CoreLangOf
  /** The dialog's language: that of the note on an earlier send (`sentBefore`). */
  lang: string
  sending: UseSendInteractiveResult
  delivery: MessageStatusSnapshot
  /** Send was pressed and the form's own errors stopped it. */
  blocked: boolean
  /** Send was pressed while the senders were looked up for the sender chosen, and it waited. */
  waiting?: boolean | undefined
  /** The senders are looked up for the sender chosen, so Send waits (said as it starts, pressed or not). */
  sendersPending?: boolean | undefined
  /** While idle, the note that the request Send would post was sent (or maybe sent) before. */
  sentBefore?: string | undefined
}

/**
 * The live region's words: sending; accepted by Briq, then each status the message reaches (WhatsApp's
 * refusal in Meta's words) and the customer's reply, so a screen-reader user hears the message
 * move on without looking for it; or why a send did not go, with Briq's own words (kept English);
 * or, while the last press of Send was stopped by the form's errors, that it was; idle, that Send
 * waits for the numbers you send from, or that the message Send would post was sent before
 * (politely, as it comes: the number typed again, the "Send again" question dismissed).
 */
export function liveAnnouncement({
  t,
  core,
  sending,
  delivery,
  blocked,
  waiting = false,
  sendersPending = false,
  sentBefore,
  coreLangOf,
  lang,
}: LiveAnnouncementInput): { words: ReactNode; lang: string } {
  const said = (key: Parameters<SendTranslate>[0]) => ({ words: t(key), lang: t.langOf(key) })
  if (sending.isPending) return said('send.sending')
  // Before anything else this press could be taken for: nothing went.
  if (waiting) return said('sendDialog.sender.loading')
  // A press the form's errors stopped is answered first: after a sent message, its status would
  // tell a screen-reader user that this press went ("Status: Read"). Fixed, the status is back.
  if (blocked) return said('sendDialog.blocked')
  if (sending.status === 'success') {
    const words = deliveryAnnouncement(t, delivery)
    const lang = t.langOf(delivery.status === undefined ? 'send.accepted' : 'sendDialog.success.status')
    // Said once, with Briq's first answer; the note stays in sight after it.
    const first = delivery.status === undefined || delivery.status === 'pending'
    if (!sending.unremembered || !first) return { words, lang }
    return {
      words: (
        <>
          {words} {t('sendDialog.success.unremembered')}
        </>
      ),
      lang,
    }
  }
  if (sending.error) {
    // What the failure means is core's sentence: its own language where it is not the wording's around it.
    const reason = {
      text: describeSendFailure(sending.error, core),
      lang: coreLangOf('sendFailure', sendFailureReason(sending.error).reason),
    }
    const key = sending.maybeSent ? 'sendDialog.notConfirmed.live' : 'sendDialog.failed.live'
    const said = briqWords(sending.error, core)
    return {
      lang: t.langOf(key),
      words: (
        <>
          {wordedAround(t, key, {}, 'reason', reason).node}
          {sending.maybeSent && sending.unremembered ? ` ${t('sendDialog.notConfirmed.unremembered')}` : null}
          {said.length === 0 ? null : (
            <>
              {' '}
              <BriqSaid words={said} />
            </>
          )}
        </>
      ),
    }
  }
  // Idle: why Send waits, as its note says, before the note of an earlier send (said once it can go).
  if (sendersPending) return said('sendDialog.sender.waiting')
  return { words: sentBefore ?? '', lang }
}

function deliveryAnnouncement(t: SendTranslate, delivery: MessageStatusSnapshot): ReactNode {
  const replied = replySentence(delivery, t)
  if (replied !== undefined) return replied
  const { status, reached } = delivery
  if (status === undefined) return t('send.accepted')
  const said = `${withColon(t, 'sendDialog.success.status')}${statusLabel(t, status, reached)}`
  // Briq's first answer is "pending" (queued): that Briq took the message, then its status; the
  // later steps are WhatsApp's ("Status: Sent"), so the send itself is never called "Sent".
  if (status === 'pending') return `${asSentenceOf(t, 'send.accepted')} ${said}`
  const refused = deliveryRefusal(delivery)
  const words = statusWords(t, status)
  // Briq's own word for a status it never documented is marked English inside the sentence.
  if (typeof words !== 'string') {
    return (
      <>
        {withColon(t, 'sendDialog.success.status')}
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
