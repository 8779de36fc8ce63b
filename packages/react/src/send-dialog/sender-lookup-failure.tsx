import type { ReactNode } from 'react'
import type { SendTranslate } from '../i18n/messages.ts'
import { ownLang } from '../i18n/own-lang.tsx'

/** Props of {@link SenderLookupFailure}. */
export interface SenderLookupFailureProps {
  /** The note's id, which the read-only field is described by. */
  noteId: string
  /** Why the senders could not be read, in the words of the field's state. */
  reason: ReactNode
  /** The senders are being asked for again. */
  retrying: boolean
  /** Asks Briq for the senders again. */
  onRetry: () => void
  /** The language `reason` is worded in where it is not the dialog's. */
  reasonLang: string | undefined
  t: SendTranslate
  /** The dialog's language, around it. */
  lang: string
}

/** Why the senders could not be read, beside the read-only field, and "Load numbers again". */
export function SenderLookupFailure({
  noteId,
  reason,
  retrying,
  onRetry,
  reasonLang,
  t,
  lang,
}: SenderLookupFailureProps) {
  return (
    <>
      {/* Only the field's description (as the conversation picker's note is): a swipe met it twice. */}
      <p id={noteId} className="bi-send-dialog-note" aria-hidden="true" lang={reasonLang}>
        {reason}
      </p>
      <button
        type="button"
        className="bi-send-dialog-button"
        data-variant="secondary"
        // Not `disabled`: focus would leave it for <body> while the senders are asked again.
        aria-disabled={retrying || undefined}
        lang={ownLang(t, 'sendDialog.sender.retry', lang)}
        onClick={() => {
          if (!retrying) onRetry()
        }}
      >
        {t('sendDialog.sender.retry')}
      </button>
    </>
  )
}
