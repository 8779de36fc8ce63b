import { type ReactNode, useEffect, useRef, useState } from 'react'
import { LeavingWords } from '../dom/leaving-words.tsx'
import { useWordsOfTheMoment } from '../dom/use-words-of-the-moment.ts'
import type { SendTranslate } from '../i18n/messages.ts'
import type { UseSendInteractiveResult } from '../send/use-send-interactive.ts'

/** Props of {@link SendDialogClosedLive}. */
export interface SendDialogClosedLiveProps {
  /** Whether the dialog is open. */
  open: boolean
  /** The dialog's send. */
  sending: UseSendInteractiveResult
  /** The dialog's live words for the send's failure (the same its own region says). */
  live: ReactNode
  /** The language `live` is in (and the send's outcome is said in). */
  lang: string
  t: SendTranslate
}

/**
 * Says how a send ended when the dialog was closed while it was pending (its pending note says
 * closing keeps the send going): the dialog's own live region went with it, so without this a
 * screen-reader user heard nothing of it until they reopened the dialog. The outcome only
 * ("Accepted by Briq", or why it failed), not each delivery status after it. Nothing before the
 * dialog closes on a pending send, so a layout with no dialog (the inline composer) is silent here.
 * The words leave once said, as the dialog's own do (send-dialog-actions.tsx): left on the page,
 * a swipe met a send's outcome long after it was said.
 */
export function SendDialogClosedLive({ open, sending, live, lang, t }: SendDialogClosedLiveProps): ReactNode {
  const [leftPending, setLeftPending] = useState(false)
  const wasOpen = useRef(open)
  const { status } = sending
  useEffect(() => {
    if (open) setLeftPending(false)
    else if (wasOpen.current && status === 'pending') setLeftPending(true)
    wasOpen.current = open
  }, [open, status])
  // Fixed when the send ends, as the dialog's own words are: a locale changed after it changed
  // them, and the region said the outcome again (a failure's `live` comes fixed already).
  const said = useWordsOfTheMoment([status, status === 'error' ? live : null], () => ({
    words: status === 'success' ? t('send.accepted') : status === 'error' ? live : '',
    lang,
  }))
  if (open || !leftPending) return null
  return (
    // Mounted empty as the dialog closes, so the words that come later are announced.
    <div className="bi-send-dialog-live" role="status" aria-live="polite" aria-atomic="true" lang={said.lang}>
      <LeavingWords className="bi-send-dialog-live-text">{said.words}</LeavingWords>
    </div>
  )
}
