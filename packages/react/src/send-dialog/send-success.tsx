import {
  type CoreMessages,
  MESSAGE_STATUS_ORDER,
  type MessageStatusSnapshot,
  type SendResult,
} from '@briq-interactive/core'
import { type ReactNode, useId } from 'react'
import type { SendTranslate } from '../i18n/messages.ts'
import { namedIn, ownLangIn } from '../i18n/own-lang.tsx'
import { wordedAround } from '../i18n/worded-around.tsx'
import { type TickState, Ticks } from '../preview/icons.tsx'
import { type ReplyWords, replyOpensWithOwnWords, replyWords, replyWordsLang } from '../preview/reply-words.ts'
import type { CoreLangOf } from '../provider/use-core-messages.ts'
import { deliveryRefusal, statusKey, statusWords } from './delivery-words.ts'
import { requestFailureWords } from './request-failure-words.ts'
import { SendFact } from './send-fact.tsx'

/** Props of the dialog's success panel. */
export interface SendSuccessProps {
  /** Briq's answer to the send. */
  data: SendResult
  /** The live status from `useMessageStatus`. */
  delivery: MessageStatusSnapshot
  /** The dialog's translator. */
  t: SendTranslate
  /** The dialog's language, around it. */
  lang: string
  /** Core's wording in the dialog's language, for why the status could not be refreshed. */
  core: CoreMessages
  /** The id of the status in words, which the delivery progress of a failed message points to. */
  statusId?: string | undefined
  /** The browser's storage refused to keep this send's record (`useSendInteractive`'s `unremembered`). */
  unremembered?: boolean | undefined
  /**
   * The language each of `core`'s sentences is in (the dialog's `coreLangOf`), so why the status
   * could not be refreshed keeps its own `lang` inside a sentence of another. Left out, the
   * dialog's.
   */
  coreLangOf?: CoreLangOf | undefined
  /**
   * The `lang` of the message's own words, which a tapped title in the reply is: the dialog's
   * `messageLang` as BCP 47 writes it. Left out, `''` (unknown).
   */
  messageLang?: string | undefined
  /**
   * The form no longer holds this message (its draft, number, sender or conversation changed):
   * titled "Previous message sent", so an outcome of a later press beside it is not read as its.
   */
  previous?: boolean | undefined
}

// Ticks from `sent` on: core's status order after `pending`.
const TICK_STATES: readonly string[] = MESSAGE_STATUS_ORDER.filter((step) => step !== 'pending')
const tickState = (status: string | undefined): TickState | undefined =>
  status !== undefined && TICK_STATES.includes(status) ? (status as TickState) : undefined

/** The customer's reply in words (with its id, for a tap), if they have replied. */
export const repliedAnswer = (delivery: MessageStatusSnapshot, t: SendTranslate): ReplyWords | undefined =>
  delivery.reply ? replyWords(delivery.reply, t) : undefined

/**
 * The sentence about the customer's reply, once Briq pairs one with the message: their answer
 * in words, or, for a reply that is no answer of the message (typed text, a photo: the status
 * watcher ends on it too), that they wrote back. A tapped title is the message's own words:
 * marked `messageLang` inside the sentence (`''`, unknown, when the host did not say), not
 * claimed as the sentence's.
 */
export function replySentence(delivery: MessageStatusSnapshot, t: SendTranslate, messageLang = ''): ReactNode {
  const answer = repliedAnswer(delivery, t)
  if (answer !== undefined && delivery.reply) {
    const kit = replyWordsLang(delivery.reply, t)
    const reply = { text: answer.text, lang: kit ?? messageLang, own: replyOpensWithOwnWords(delivery.reply, t) }
    return wordedAround(t, 'sendDialog.success.reply', {}, 'reply', reply).node
  }
  return delivery.message?.reply ? t('sendDialog.success.replyOwn') : undefined
}

/**
 * The sent message: its id, its delivery status with WhatsApp's ticks, why WhatsApp refused it
 * (Meta's own words), why the status could not be refreshed, that the browser would not keep its
 * record (a reload would not ask before sending it again), and the customer's reply (with its id, for a tap).
 */
export function SendSuccess({
  data,
  delivery,
  t,
  lang,
  core,
  statusId,
  unremembered,
  coreLangOf,
  messageLang,
  previous,
}: SendSuccessProps): ReactNode {
  const own = ownLangIn(t, lang)
  const nameId = useId()
  const titleKey = previous ? 'sendDialog.success.previousTitle' : 'sendDialog.success.title'
  const named = namedIn(t(titleKey), t.langOf(titleKey), lang, nameId)
  const status = delivery.status
  const label = statusWords(t, status, delivery.reached)
  const ticks = tickState(status)
  const answer = repliedAnswer(delivery, t)
  const replied = replySentence(delivery, t, messageLang)
  const refused = deliveryRefusal(delivery)
  return (
    <section className="bi-send-dialog-success" {...named.props}>
      {named.words}
      <p className="bi-send-dialog-success-title" lang={own(titleKey)}>
        {t(titleKey)}
      </p>
      <dl className="bi-send-dialog-facts">
        <SendFact
          term={t('sendDialog.success.messageId')}
          termLang={own('sendDialog.success.messageId')}
          code={data.message_id}
        />
        <SendFact
          term={t('sendDialog.success.status')}
          termLang={own('sendDialog.success.status')}
          className="bi-send-dialog-delivery"
          data-status={status}
          data-polling={String(delivery.polling)}
        >
          {ticks ? <Ticks state={ticks} /> : null}
          <span className="bi-send-dialog-delivery-label" id={statusId} lang={own(statusKey(status, delivery.reached))}>
            {label}
          </span>
        </SendFact>
        {answer?.id === undefined ? null : (
          <SendFact
            term={t('sendDialog.success.replyId')}
            termLang={own('sendDialog.success.replyId')}
            code={answer.id}
          />
        )}
      </dl>
      {refused ? (
        <p className="bi-send-dialog-warning" data-failed-reason="" lang={own('send.status.failedReason')}>
          {t('send.status.failedReason')}
          <span className="bi-send-dialog-briq-words" lang="en">
            {refused}
          </span>
        </p>
      ) : null}
      {delivery.error ? (
        <p className="bi-send-dialog-note" data-poll-failed="" lang={own('send.status.pollFailed')}>
          {
            wordedAround(
              t,
              'send.status.pollFailed',
              {},
              'reason',
              requestFailureWords(delivery.error, core, coreLangOf ?? (() => t.langOf('send.status.pollFailed'))),
            ).node
          }
        </p>
      ) : null}
      {unremembered ? (
        <p className="bi-send-dialog-note" data-unremembered="" lang={own('sendDialog.success.unremembered')}>
          {t('sendDialog.success.unremembered')}
        </p>
      ) : null}
      {replied === undefined ? null : (
        <p className="bi-send-dialog-reply" lang={t.langOf('sendDialog.success.reply')}>
          {replied}
        </p>
      )}
    </section>
  )
}
