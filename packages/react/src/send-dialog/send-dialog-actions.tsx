'use client'

import * as Dialog from '@radix-ui/react-dialog'
import { type ComponentPropsWithoutRef, forwardRef, useContext, useEffect, useId, useState } from 'react'
import { idRefs } from '../dom/id-refs.ts'
import { LeavingWords } from '../dom/leaving-words.tsx'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'
import { withClassName } from '../dom/with-class-name.ts'
import { langIfOther, ownLang } from '../i18n/own-lang.tsx'
import { useSendHoldSecondsLeft } from '../send/use-send-hold-seconds-left.ts'
import { InDialogContext, InSendFormContext, useSendDialog } from './send-dialog-context.ts'
import { inSendForm } from './send-dialog-form.tsx'
import { usePartsRootCheck } from './use-parts-root-check.ts'
import { useSendKeptUnderPress } from './use-send-kept-under-press.ts'

/** Props of {@link SendDialogActions}, spread onto the button row. */
export type SendDialogActionsProps = ComponentPropsWithoutRef<'div'>

/**
 * The buttons: Send (named "Send"; `aria-disabled` while a send is pending, which a double
 * click joins, and while a chosen sender waits for the senders' look-up), and in a dialog
 * Cancel, or Close once the message is sent. Also the polite live region that announces sending,
 * sent, and why a send did not go; while Briq's `Retry-After` holds sends, a note above the
 * buttons with the seconds left, and while a chosen sender waits for the senders, a note saying
 * Send waits for them (said politely as it starts): each describes Send.
 * Before a press, when the message Send would post was already sent (or may have been) to the same
 * recipient (core's `sentBefore`: the composer mounted again, a reload with `persistKey`), a quiet
 * note above the buttons says to whom and when, and that Send asks before sending it again; it
 * describes Send too.
 */
export const SendDialogActions = forwardRef<HTMLDivElement, SendDialogActionsProps>(
  function SendDialogActions(props, ref) {
    usePartsRootCheck('SendDialog.Actions')
    const { className, ...rest } = props
    const {
      t,
      lang,
      core,
      coreLangOf,
      sending,
      sentBefore,
      live,
      liveLang,
      liveKey,
      submit,
      sendButtonRef,
      closeButtonRef,
      windowNoteId,
      setSendReadsWindowNote,
      sendersPending,
    } = useSendDialog('SendDialog.Actions')
    const inDialog = useContext(InDialogContext)
    const inSendFormRoot = useContext(InSendFormContext)
    const sent = sending.status === 'success'
    // In a dialog, Close takes Send's place once the message is sent.
    const closes = inDialog && sent
    // Send is where the window's paragraph is read: it is hidden from assistive tech meanwhile,
    // or a swipe met it twice (its text, then Send's description).
    useClientLayoutEffect(() => {
      if (closes) return
      setSendReadsWindowNote(true)
      return () => setSendReadsWindowNote(false)
    }, [closes, setSendReadsWindowNote])
    // In a page, Send stays under the pointer as a press's outcome appears above it.
    const keepUnderPress = useSendKeptUnderPress(
      sendButtonRef,
      !inDialog,
      sending.error ?? sending.data ?? sending.status,
    )
    const holdSeconds = useSendHoldSecondsLeft(sending.hold)
    const holdId = useId()
    const hold =
      sending.hold === undefined || holdSeconds === undefined || sent
        ? undefined
        : core.sendHold({ reason: sending.hold.reason, askedBy: sending.hold.askedBy, seconds: holdSeconds })
    const sentBeforeId = useId()
    const waitId = useId()
    // Why Send waits, while it does (never once Close has taken its place).
    const waits = sendersPending && !closes
    // A live region inserted with its words is not read out: mounted with the note (the composer
    // mounted again, the dialog opened), the region is in the page empty first, then the note comes.
    const [inPage, setInPage] = useState(false)
    useEffect(() => setInPage(true), [])
    const idleNote = live === sentBefore?.words || (waits && live === t('sendDialog.sender.waiting'))
    const said = !inPage && idleNote ? '' : live
    // The hold first: it is why a press does nothing now.
    const describedBy = idRefs(
      hold === undefined ? undefined : holdId,
      waits ? waitId : undefined,
      sentBefore === undefined ? undefined : sentBeforeId,
      windowNoteId,
    )
    return (
      <>
        {/* Not live, or the count would be read out every second; a press is announced below.
            Read as Send's description only, as the window's note is: as text too, a swipe met it
            twice in a row. A hold never outlasts Send (none once sent). */}
        {hold === undefined ? null : (
          <p
            id={holdId}
            className="bi-send-dialog-note"
            data-hold=""
            aria-hidden="true"
            lang={langIfOther(coreLangOf('sendHold', undefined), lang)}
          >
            {hold}
          </p>
        )}
        {/* As the hold's: read as Send's description, and said by the live region below as it
            starts (a press while it lasts says so again). */}
        {waits ? (
          <p
            id={waitId}
            className="bi-send-dialog-note"
            data-waiting=""
            aria-hidden="true"
            lang={ownLang(t, 'sendDialog.sender.waiting', lang)}
          >
            {t('sendDialog.sender.waiting')}
          </p>
        ) : null}
        {/* Quiet: it describes Send, and the live region below says it as it comes; text of its
            own only once Close has taken Send's place. */}
        {sentBefore === undefined ? null : (
          <p
            id={sentBeforeId}
            className="bi-send-dialog-note"
            data-sent-before={sentBefore.before.kind}
            aria-hidden={closes ? undefined : 'true'}
            lang={langIfOther(sentBefore.lang, lang)}
          >
            {sentBefore.words}
          </p>
        )}
        <div {...rest} ref={ref} className={withClassName('bi-send-dialog-actions', className)}>
          {closes ? (
            <Dialog.Close
              ref={closeButtonRef}
              className="bi-send-dialog-button"
              data-variant="primary"
              // Focus comes here once the message is sent: an Enter still held from the press that
              // sent it repeats here, and would close the confirmation. Only a fresh press closes.
              onKeyDown={(event) => {
                if (event.repeat) event.preventDefault()
              }}
              // Close takes Send's place as the message is sent: the second click of a double
              // click on Send (its click count is 2, wherever it lands) would close the
              // confirmation as it appears.
              onClick={(event) => {
                if (event.detail > 1) event.preventDefault()
              }}
              lang={ownLang(t, 'sendDialog.close', lang)}
            >
              {t('sendDialog.close')}
            </Dialog.Close>
          ) : (
            <>
              {inDialog ? (
                <Dialog.Close
                  type="button"
                  className="bi-send-dialog-button"
                  data-variant="secondary"
                  lang={ownLang(t, 'sendDialog.cancel', lang)}
                >
                  {t('sendDialog.cancel')}
                </Dialog.Close>
              ) : null}
              <button
                ref={sendButtonRef}
                type={inSendFormRoot ? 'submit' : 'button'}
                className="bi-send-dialog-button"
                data-variant="primary"
                // Not `disabled`: the browser would move focus off it to <body> while it sends.
                // Also while the senders are looked up for a sender "Send from" does not show yet.
                aria-disabled={sending.isPending || sendersPending || undefined}
                aria-describedby={describedBy}
                data-state={sending.isPending ? 'pending' : undefined}
                lang={ownLang(t, 'sendDialog.send', lang)}
                // Focus stays on Send once the message went (inline) or failed: Enter still held
                // from the press that sent it repeats here, and each repeat would send again,
                // refused as a duplicate. Only a fresh press sends.
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && event.repeat) event.preventDefault()
                }}
                onPointerDown={keepUnderPress}
                onClick={(event) => {
                  // A double click is one press: its second click (click count 2) comes after a
                  // fast answer, and would send the same message again, refused as a duplicate.
                  if (sending.isPending || event.detail > 1) {
                    event.preventDefault()
                    return
                  }
                  // Laid out without a SendDialog.Form, the button sends by itself, also inside a
                  // form of the host's (which it must not submit).
                  if (event.currentTarget.type === 'submit' && inSendForm(event.currentTarget)) return
                  event.preventDefault()
                  submit(false)
                }}
              >
                {t('sendDialog.send')}
              </button>
            </>
          )}
        </div>
        <div className="bi-send-dialog-live" role="status" aria-live="polite" aria-atomic="true" lang={liveLang}>
          {/* A new node per try: a refusal or a blocked press worded like the last one is still
              said again. The words leave once said: the result shown above says them too. */}
          <LeavingWords key={liveKey} className="bi-send-dialog-live-text">
            {said}
          </LeavingWords>
        </div>
      </>
    )
  },
)
if (process.env.NODE_ENV !== 'production') SendDialogActions.displayName = 'SendDialog.Actions'
