import { MESSAGE_STATUS_ORDER, type MessageStatusStep, type MessageStatusValue } from '@briq-interactive/core'
import { type ReactNode, useId } from 'react'
import type { SendTranslate } from '../i18n/messages.ts'
import { namedIn, ownLang } from '../i18n/own-lang.tsx'
import { STATUS_LABELS } from './delivery-words.ts'

/**
 * The steps a sent message moves through (queued → sent → delivered → read, core's
 * `MESSAGE_STATUS_ORDER`), those reached marked done and the current one `aria-current`; a
 * failed message marks the list failed, the steps it took before failing (core's `reached`) still done,
 * and is described by the status in words (`describedBy`: "Not delivered (sent, then failed)"), so
 * a screen reader hears how far it got, which the list only draws.
 */
export function DeliveryProgress({
  status,
  reached: reachedStep,
  describedBy,
  t,
  lang,
}: {
  status: MessageStatusValue | undefined
  reached?: MessageStatusStep | undefined
  /** The id of the status in words, the failed list's description. */
  describedBy?: string | undefined
  t: SendTranslate
  /** The dialog's language, around it. */
  lang: string
}): ReactNode {
  const failed = status === 'failed'
  const steps: readonly string[] = MESSAGE_STATUS_ORDER
  // A failed message is at none of the steps: those it took are done, none is current.
  const done = failed ? steps.indexOf(reachedStep ?? '') + 1 : steps.indexOf(status ?? '')
  const current = failed ? -1 : done
  // A list holds items only: its name, where it is in another language than the dialog's, is read
  // from hidden words beside it.
  const named = namedIn(t('sendDialog.progress.label'), t.langOf('sendDialog.progress.label'), lang, useId())
  return (
    <>
      {named.words}
      <ol
        className="bi-send-dialog-progress"
        {...named.props}
        aria-describedby={failed ? describedBy : undefined}
        data-failed={failed ? '' : undefined}
      >
        {MESSAGE_STATUS_ORDER.map((step, index) => (
          <li
            key={step}
            className="bi-send-dialog-step"
            data-state={index < done ? 'done' : index === current ? 'current' : 'todo'}
            aria-current={index === current ? 'step' : undefined}
            lang={ownLang(t, STATUS_LABELS[step], lang)}
          >
            {t(STATUS_LABELS[step])}
          </li>
        ))}
      </ol>
    </>
  )
}
