import { briqWords, type CoreMessages, type MessageStatusSnapshot } from '@briq-interactive/core'
import type { ReactNode } from 'react'
import { type SendTranslate, type Worded, worded } from '../i18n/messages.ts'
import { joinSentences, withColon } from '../i18n/punctuation.ts'
import { wordedAround, wordedAroundRuns } from '../i18n/worded-around.tsx'
import { wordedNode } from '../i18n/worded-text.tsx'
import type { CoreLangOf } from '../provider/use-core-messages.ts'
import type { UseSendInteractiveResult } from '../send/use-send-interactive.ts'
import { deliveryRefusal, statusLabel, statusWords } from './delivery-words.ts'
import { BriqSaid } from './send-failure.tsx'
import { sendFailureWords } from './send-failure-words.ts'
import { replySentence } from './send-success.tsx'

/** What the dialog's polite live region says about the send. */
export interface LiveAnnouncementInput {
  t: SendTranslate
  core: CoreMessages
  /** The language each of `core`'s sentences is in. */
  coreLangOf: CoreLangOf
  /** The dialog's language: that of the live region when it says nothing. */
  lang: string
  /** The `lang` of the message's own words (a tapped title): the root's `messageLang`, else `''`. */
  messageLang?: string | undefined
  sending: UseSendInteractiveResult
  delivery: MessageStatusSnapshot
  /** Send was pressed and the form's own errors stopped it. */
  blocked: boolean
  /** Send was pressed while the senders were looked up for the sender chosen, and it waited. */
  waiting?: boolean | undefined
  /** The senders are looked up for the sender chosen, so Send waits (said as it starts, pressed or not). */
  sendersPending?: boolean | undefined
  /**
   * Why the senders could not be read, with no sender chosen and no conversation: Briq sends from
   * your default number (said as the look-up fails, and again after each failed "Load numbers again").
   */
  sendersFailed?: { text: string; lang: string } | undefined
  /**
   * While idle, the note that the request Send would post was sent (or maybe sent) before, with
   * the language it is worded in.
   */
  sentBefore?: { readonly words: string; readonly lang: string } | undefined
}

/**
 * The live region's words: sending; accepted by Briq, then each status the message reaches (WhatsApp's
 * refusal in Meta's words) and the customer's reply, so a screen-reader user hears the message
 * move on without looking for it; or why a send did not go, with Briq's own words (kept English);
 * or, while the last press of Send was stopped by the form's errors, that it was; idle, that Send
 * waits for the numbers you send from, that they could not be read and Briq sends from your
 * default number, or that the message Send would post was sent before (politely, as it comes:
 * the number typed again, the "Send again" question dismissed).
 */
export function liveAnnouncement({
  t,
  core,
  sending,
  delivery,
  blocked,
  waiting = false,
  sendersPending = false,
  sendersFailed,
  sentBefore,
  coreLangOf,
  lang,
  messageLang = '',
}: LiveAnnouncementInput): { words: ReactNode; lang: string } {
  const said = (key: Parameters<SendTranslate>[0]) => ({ words: t(key), lang: t.langOf(key) })
  if (sending.isPending) return said('send.sending')
  // Before anything else this press could be taken for: nothing went.
  if (waiting) return said('sendDialog.sender.loading')
  // A press the form's errors stopped is answered first: after a sent message, its status would
  // tell a screen-reader user that this press went ("Status: Read"). Fixed, the status is back.
  if (blocked) return said('sendDialog.blocked')
  if (sending.status === 'success') {
    const lang = t.langOf(delivery.status === undefined ? 'send.accepted' : 'sendDialog.success.status')
    // Said once, with Briq's first answer; the note stays in sight after it.
    const first = delivery.status === undefined || delivery.status === 'pending'
    const unremembered = sending.unremembered && first ? worded(t, 'sendDialog.success.unremembered') : undefined
    return { words: deliveryAnnouncement(t, delivery, lang, messageLang, unremembered), lang }
  }
  if (sending.error) {
    // What the failure means is core's sentence: its own language where it is not the wording's around it.
    const reason = sendFailureWords(sending.error, core, coreLangOf)
    const key = sending.maybeSent ? 'sendDialog.notConfirmed.live' : 'sendDialog.failed.live'
    const said = briqWords(sending.error, core)
    const sentences = [wordedAroundRuns(t, key, {}, 'reason', reason)]
    if (sending.maybeSent && sending.unremembered) sentences.push(worded(t, 'sendDialog.notConfirmed.unremembered'))
    // Briq's own words follow the sentences, ended and spaced as their languages write them.
    if (said.length > 0) sentences.push({ text: '', lang: t.langOf(key) })
    const note = joinSentences(t, sentences)
    return {
      lang: note.lang,
      words: (
        <>
          {wordedNode(note, note.lang)}
          {said.length === 0 ? null : (
            <BriqSaid words={said} t={t} lang={note.lang} fieldLang={coreLangOf('field', undefined)} />
          )}
        </>
      ),
    }
  }
  // Idle: why Send waits, as its note says, before the note of an earlier send (said once it can go).
  if (sendersPending) return said('sendDialog.sender.waiting')
  if (sendersFailed !== undefined) {
    const key = 'sendDialog.sender.failedDefault'
    return { words: wordedAround(t, key, {}, 'reason', sendersFailed).node, lang: t.langOf(key) }
  }
  return sentBefore === undefined ? { words: '', lang } : { words: sentBefore.words, lang: sentBefore.lang }
}

/**
 * What the live region says of a sent message in an element in `lang`: its reply, or its status
 * as Briq and WhatsApp move it on; `after` (that the browser kept no record of the send) said
 * after Briq's first answer.
 */
function deliveryAnnouncement(
  t: SendTranslate,
  delivery: MessageStatusSnapshot,
  lang: string,
  messageLang: string,
  after: Worded | undefined,
): ReactNode {
  const replied = replySentence(delivery, t, messageLang)
  if (replied !== undefined) {
    const replyLang = t.langOf('sendDialog.success.reply')
    return replyLang === lang ? replied : <span lang={replyLang}>{replied}</span>
  }
  const { status, reached } = delivery
  const sentences = (...said: Worded[]) => {
    const note = joinSentences(t, after === undefined ? said : [...said, after])
    return wordedNode(note, lang)
  }
  if (status === undefined) return sentences(worded(t, 'send.accepted'))
  const statusLang = t.langOf('sendDialog.success.status')
  const said = `${withColon(t, 'sendDialog.success.status')}${statusLabel(t, status, reached)}`
  // Briq's first answer is "pending" (queued): that Briq took the message, then its status; the
  // later steps are WhatsApp's ("Status: Sent"), so the send itself is never called "Sent".
  if (status === 'pending') return sentences(worded(t, 'send.accepted'), { text: said, lang: statusLang })
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
  // The status, then "WhatsApp refused it:" (each in its language) before WhatsApp's words.
  const note = joinSentences(t, [{ text: said, lang: statusLang }, worded(t, 'send.status.failedReason')])
  return (
    <>
      {wordedNode(note, lang)}{' '}
      <span className="bi-send-dialog-briq-words" lang="en">
        {refused}
      </span>
    </>
  )
}
