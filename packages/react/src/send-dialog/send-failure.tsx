import {
  type BriqError,
  type BriqWords,
  briqWords,
  type CoreMessages,
  refusalIssues,
  sendFailureReason,
} from '@briq-interactive/core'
import { Fragment, type ReactNode, useId } from 'react'
import type { SendTranslate } from '../i18n/messages.ts'
import { langIfOther, namedIn, ownLangIn } from '../i18n/own-lang.tsx'
import { markIn } from '../i18n/punctuation.ts'
import type { CoreLangOf } from '../provider/use-core-messages.ts'
import { GoToFieldButton } from './go-to-field.tsx'
import { IssueLine, issueKey } from './issue-summary.tsx'
import { SendFact } from './send-fact.tsx'
import { sendFailureWords } from './send-failure-words.ts'

/** Props of the dialog's failure panel. */
export interface SendFailureProps {
  /** Why the send failed. */
  error: BriqError
  /** The failure came after the request may have reached Briq. */
  maybeSent: boolean
  /** The browser's storage refused to keep this maybe-sent try's record (`useSendInteractive`'s `unremembered`). */
  unremembered?: boolean | undefined
  /** Sends the same request again on purpose (offered for `DUPLICATE_SEND` and `MAYBE_SENT`). */
  onSendAgain: () => void
  /** The dialog's translator. */
  t: SendTranslate
  /** Core's wording in the dialog's language: what the failure means, and the request's issues. */
  core: CoreMessages
  /**
   * The dialog's language and that of each of `core`'s sentences: what the failure means, and each
   * of the request's issues, is marked with its own where they differ (a host's French sentence in
   * an English dialog, core's English in a host's or in Swahili).
   */
  languages: { lang: string; coreLangOf: CoreLangOf }
}

/**
 * Whether a failure is the controller holding an identical request back (already sent, or maybe
 * sent after a lost answer): the dialog asks "Send again", and Escape answers it with no.
 */
export const asksToSendAgain = (error: BriqError | undefined): boolean => {
  const reason = error === undefined ? undefined : sendFailureReason(error).reason
  return reason === 'duplicate' || reason === 'maybe_sent'
}

/** Props of {@link BriqSaid}. */
interface BriqSaidProps {
  words: readonly BriqWords[]
  /** The translator of the element around, for the colon after a field's name. */
  t: SendTranslate
  /** The language of the element around. */
  lang: string
  /** The language core names fields in (`coreLangOf('field', undefined)`). */
  fieldLang: string
  /** Offers the button to the field each error names, where the root's `goToField` has it (not in a live region). */
  goTo?: boolean | undefined
}

/**
 * Briq's own words for a failure core has no better ones for (core's `briqWords`): each kept in
 * English, as Briq wrote them, after the field it is about, named by core and followed by the
 * colon of the language core names it in (": ", a host's French " : "), marked with it where it
 * is not the element's around; one message from the next by the separator of the element's
 * language (" · ", a host's own where its catalogue is in that language). With `goTo`, each
 * named field inside the message has its "Go to …" button (see `SendDialogOptions.goToField`).
 */
export function BriqSaid({ words, t, lang, fieldLang, goTo = false }: BriqSaidProps): ReactNode {
  const named = (field: string) => `${field}${markIn(t, fieldLang, 'punctuation.colon')}`
  const separator = markIn(t, lang, 'punctuation.separator')
  return words.map(({ field, message, path }, index) => (
    // Briq's list is fixed for the error shown: its order is its identity.
    // biome-ignore lint/suspicious/noArrayIndexKey: see above
    <Fragment key={index}>
      {index > 0 ? separator : null}
      {field === undefined ? null : fieldLang === lang ? named(field) : <span lang={fieldLang}>{named(field)}</span>}
      <span className="bi-send-dialog-briq-words" lang="en">
        {message}
      </span>
      {goTo ? <GoToFieldButton path={path} within={lang} /> : null}
    </Fragment>
  ))
}

/**
 * The failure's title: "Not sent", or "Not confirmed" when the request may have reached Briq
 * (a lost answer, a timeout, an answer that could not be read), where "Not sent" could be untrue.
 */
export const failureTitle = (t: SendTranslate, maybeSent: boolean): string => t(failureTitleKey(maybeSent))

const failureTitleKey = (maybeSent: boolean) =>
  maybeSent ? 'sendDialog.notConfirmed.title' : 'sendDialog.failed.title'

/**
 * Shows a failed send: what it means and what to do next (core's wording, in the dialog's
 * language), the request's issues when it broke a rule (found by the client, or by the kit's
 * proxy or mock, whose 422 says which), Briq's own words when core has no
 * better ones (kept in English, as Briq wrote them), its code and request id (to quote to
 * support), the maybe-sent warning (with, when the browser would not keep the try's record, that a
 * reload would not ask), and "Send again" for a refused duplicate or a held maybe-sent retry.
 */
export function SendFailure({
  error,
  maybeSent,
  unremembered,
  onSendAgain,
  t,
  core,
  languages,
}: SendFailureProps): ReactNode {
  const held = asksToSendAgain(error)
  // The validator's issues, or those the kit's proxy or mock refused the request for: worded
  // alike, in the dialog's language.
  const issues = refusalIssues(error)
  const said = briqWords(error, core)
  const titleKey = failureTitleKey(maybeSent)
  const title = t(titleKey)
  const meaning = sendFailureWords(error, core, languages.coreLangOf)
  // A sentence's own language, where it is not the dialog's.
  const own = (lang: string) => langIfOther(lang, languages.lang)
  // The kit's words (its labels, notes and button) a host's partial catalogue left in English, marked so.
  const kit = ownLangIn(t, languages.lang)
  const named = namedIn(title, t.langOf(titleKey), languages.lang, useId())
  return (
    <section className="bi-send-dialog-failure" {...named.props} data-code={error.code ?? error.kind}>
      {named.words}
      <p className="bi-send-dialog-failure-title" lang={kit(titleKey)}>
        {title}
      </p>
      <p className="bi-send-dialog-explanation" lang={own(meaning.lang)}>
        {meaning.text}
      </p>
      {issues.length > 0 ? (
        <ul className="bi-send-dialog-message bi-send-dialog-issues-list">
          {issues.map((issue) => (
            <IssueLine key={issueKey(issue)} issue={issue} core={core} languages={languages} />
          ))}
        </ul>
      ) : null}
      {maybeSent ? (
        <p className="bi-send-dialog-warning" data-maybe-sent="" lang={kit('send.maybeSent')}>
          {t('send.maybeSent')}
        </p>
      ) : null}
      {maybeSent && unremembered ? (
        <p className="bi-send-dialog-note" data-unremembered="" lang={kit('sendDialog.notConfirmed.unremembered')}>
          {t('sendDialog.notConfirmed.unremembered')}
        </p>
      ) : null}
      {said.length > 0 || error.code !== undefined || error.requestId !== undefined ? (
        <dl className="bi-send-dialog-facts">
          {said.length > 0 ? (
            <SendFact
              term={t('sendDialog.error.briq')}
              termLang={kit('sendDialog.error.briq')}
              className="bi-send-dialog-message"
            >
              <BriqSaid
                words={said}
                t={t}
                lang={languages?.lang ?? t.langOf('sendDialog.error.briq')}
                fieldLang={languages?.coreLangOf('field', undefined) ?? t.langOf('sendDialog.error.briq')}
                goTo
              />
            </SendFact>
          ) : null}
          {error.code === undefined ? null : (
            <SendFact term={t('sendDialog.error.code')} termLang={kit('sendDialog.error.code')} code={error.code} />
          )}
          {error.requestId === undefined ? null : (
            <SendFact
              term={t('sendDialog.error.requestId')}
              termLang={kit('sendDialog.error.requestId')}
              code={error.requestId}
            />
          )}
        </dl>
      ) : null}
      {held ? (
        <button
          type="button"
          className="bi-send-dialog-button"
          data-variant="secondary"
          // A double click is one press, as on Send: its second click (click count 2) would send
          // the same message once more, on purpose this time for the controller.
          onClick={(event) => {
            if (event.detail <= 1) onSendAgain()
          }}
          lang={kit('sendDialog.sendAgain')}
        >
          {t('sendDialog.sendAgain')}
        </button>
      ) : null}
    </section>
  )
}
