'use client'

import { type ComponentPropsWithoutRef, forwardRef, useEffect, useId, useRef, useState } from 'react'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'
import { withClassName } from '../dom/with-class-name.ts'
import { ownLang } from '../i18n/own-lang.tsx'
import { markIn } from '../i18n/punctuation.ts'
import { wordedAround } from '../i18n/worded-around.tsx'
import { requestFailureWords } from './request-failure-words.ts'
import { useSendDialog } from './send-dialog-context.ts'
import { activeSenders, offersSenderChoice, senderName } from './sender-choice.ts'
import { SenderLookupFailure } from './sender-lookup-failure.tsx'
import { SenderReadOnly } from './sender-read-only.tsx'
import { SenderSelect } from './sender-select.tsx'
import { usePartsRootCheck } from './use-parts-root-check.ts'

/** Props of {@link SendDialogSender}, spread onto the field's wrapper. */
export type SendDialogSenderProps = ComponentPropsWithoutRef<'div'>

/**
 * Which of your WhatsApp numbers sends ("Send from"), from Briq's active senders
 * (`listSenders`). A select with two active senders or more; choosing the default sender leaves
 * `sender` null. With fewer, or when the senders cannot be read, a chosen `sender` (yours, or one
 * a file brought) is shown read-only: it goes into the send, so it is never sent unseen; a
 * failed look-up says why beside it and offers "Load numbers again". With no sender chosen and a
 * failed look-up, it shows read-only that Briq sends from your default number (its "fallback
 * sender"), why, and "Load numbers again"; the dialog's live region says so too. Renders nothing
 * while the senders load (Send waits for them when a sender is chosen), with no sender chosen and
 * no choice to offer (Briq sends from its only one; after "Load numbers again", it is shown), and
 * while a conversation is chosen (the conversation decides).
 */
export const SendDialogSender = forwardRef<HTMLDivElement, SendDialogSenderProps>(
  function SendDialogSender(props, ref) {
    usePartsRootCheck('SendDialog.Sender')
    const { className, ...rest } = props
    const {
      t,
      lang,
      core,
      coreLangOf,
      sender,
      setSender,
      senders,
      requestSenders,
      retrySenders,
      sendersRetrying,
      conversationId,
      sending,
      sendButtonRef,
    } = useSendDialog('SendDialog.Sender')
    const id = useId()
    const noteId = `${id}-note`
    const selectRef = useRef<HTMLSelectElement>(null)
    const inputRef = useRef<HTMLInputElement>(null)
    // "Load numbers again" was pressed: it leaves once the senders answer, and focus, lost with
    // it, goes to the field (not where the person has moved it meanwhile).
    const retried = useRef(false)
    // "Load numbers again" was pressed here: what it loaded is shown, even the only sender.
    const [askedAgain, setAskedAgain] = useState(false)
    useEffect(() => requestSenders(), [requestSenders])
    const active = activeSenders(senders.data) ?? []
    const fallback = active.find((candidate) => candidate.is_default) ?? active[0]
    const choice = fallback !== undefined && offersSenderChoice(active)
    const separator = markIn(t, lang, 'punctuation.separator')
    const answered = senders.status === 'success' || senders.status === 'error'
    const failed = senders.status === 'error' ? senders.error : undefined
    // With no sender chosen, what Briq sends from: its default after a failed look-up, the only
    // one once asked for again.
    const briqChooses = sender === null && (failed !== undefined || (askedAgain && fallback !== undefined))
    const shown = conversationId === null && (choice || (answered && (sender !== null || briqChooses)))
    // Before paint, in the commit that removes the button: no frame with focus lost.
    useClientLayoutEffect(() => {
      if (!retried.current) return
      retried.current = false
      const control = selectRef.current ?? inputRef.current
      if (failed !== undefined) return
      // No field left (no sender to show): Send, what comes next.
      const target = control ?? sendButtonRef.current
      if (target === null) return
      // Lost: on the page, or on a container of the field (a modal dialog takes it back so).
      const focused = target.ownerDocument.activeElement
      if (focused === null || focused === target.ownerDocument.body || focused.contains(target)) target.focus()
    }, [failed])
    if (!shown) return null
    const root = { ...rest, ref, className: withClassName('bi-send-dialog-field', className) }
    if (choice) {
      return (
        <div {...root}>
          <SenderSelect
            id={id}
            selectRef={selectRef}
            active={active}
            fallback={fallback}
            sender={sender}
            onSenderChange={setSender}
            disabled={sending.isPending}
            separator={separator}
            t={t}
            lang={lang}
          />
        </div>
      )
    }
    // No choice to offer, and a sender goes into the send: shown as it goes, named as Briq lists it.
    // None chosen: the one Briq sends from, its default when none could be read.
    const listed = sender === null ? fallback : active.find((candidate) => candidate.display_number === sender)
    let value = listed === undefined ? (sender ?? '') : senderName(listed, separator)
    let valueLang: string | undefined
    if (sender === null && failed !== undefined) {
      value = t('sendDialog.sender.defaultNumber')
      valueLang = ownLang(t, 'sendDialog.sender.defaultNumber', lang)
    }
    const failedKey = sender === null ? 'sendDialog.sender.failedDefault' : 'sendDialog.sender.failed'
    return (
      <div {...root} data-state={failed === undefined ? 'fixed' : 'failed'}>
        <SenderReadOnly
          id={id}
          inputRef={inputRef}
          value={value}
          noteId={failed === undefined ? undefined : noteId}
          valueLang={valueLang}
          t={t}
          lang={lang}
        />
        {failed === undefined ? null : (
          <SenderLookupFailure
            noteId={noteId}
            reason={
              wordedAround(t, failedKey, {}, 'reason', requestFailureWords(failed, core, coreLangOf, 'list')).node
            }
            retrying={sendersRetrying}
            onRetry={() => {
              retried.current = true
              setAskedAgain(true)
              retrySenders()
            }}
            reasonLang={ownLang(t, failedKey, lang)}
            t={t}
            lang={lang}
          />
        )}
      </div>
    )
  },
)
if (process.env.NODE_ENV !== 'production') SendDialogSender.displayName = 'SendDialog.Sender'
