'use client'

import { type Conversation, conversationWindow, recipientThread } from '@briq-interactive/core'
import { type ComponentPropsWithoutRef, forwardRef, useEffect, useId, useReducer } from 'react'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'
import { withClassName } from '../dom/with-class-name.ts'
import { clockOf } from '../i18n/hour-cycle.ts'
import type { SendKey } from '../i18n/messages.ts'
import { ownLang } from '../i18n/own-lang.tsx'
import { formatDayTime } from '../preview/format-day-time.ts'
import { useDayChange } from '../preview/use-day-change.ts'
import { useSendDialog } from './send-dialog-context.ts'
import { useBriqQuery } from './use-briq-query.ts'
import { usePartsRootCheck } from './use-parts-root-check.ts'
import { nextRevision, useTurnAfter } from './use-turn-after.ts'

/** Props of {@link SendDialogWindow}, spread onto its paragraph. */
export type SendDialogWindowProps = ComponentPropsWithoutRef<'p'>

/**
 * The 24-hour customer-service window of whoever the message goes to (the chosen conversation,
 * or the thread of the typed number with the sending number), looked up at Briq: until when it
 * is open ("until 15:53 tomorrow", or just open when Briq gives no time), or — when it is closed or the number never wrote — one
 * paragraph on what WhatsApp needs: interactive messages go only inside that window, so the
 * customer must write first, or the business sends an approved template. Renders nothing until
 * it knows. While it shows, Send is described by it (said once, where the message is sent: the
 * paragraph itself is then hidden from assistive tech, and the picker's options say each
 * conversation's window already).
 */
export const SendDialogWindow = forwardRef<HTMLParagraphElement, SendDialogWindowProps>(
  function SendDialogWindow(props, ref) {
    usePartsRootCheck('SendDialog.Window')
    const { className, ...rest } = props
    const {
      t,
      lang,
      localeTag,
      client,
      conversationId,
      sender,
      senders,
      requestSenders,
      plan,
      sending,
      setWindowNoteId,
      sendReadsWindowNote,
      resetRevision,
    } = useSendDialog('SendDialog.Window')
    const generatedId = useId()
    const id = rest.id ?? generatedId
    useDayChange()
    // Looked up again after each send (its answer, a closed window or a success, may change the
    // window), once the window Briq said is open reaches its closing time, and when the host's
    // `resetKeys` or `refreshKeys` change (a mock reset, a customer who wrote first).
    const [closed, closing] = useReducer(nextRevision, 0)
    const attempt = `${sending.status === 'pending' ? 0 : (sending.submittedAt ?? 0)}:${closed}:${resetRevision}`
    useEffect(() => requestSenders(), [requestSenders])
    const phone = plan.phone?.ok ? plan.phone.value : undefined
    const chosen = useBriqQuery(
      client,
      conversationId === null ? null : `conversation:${conversationId}`,
      (c, signal) => c.getConversation(conversationId ?? '', { signal }),
      attempt,
    )
    const threads = useBriqQuery(
      client,
      conversationId === null && phone !== undefined ? `recipient:${phone}` : null,
      (c, signal) => c.listConversations({ recipient: phone ?? '' }, { signal }),
      attempt,
    )

    let key: SendKey | undefined
    let time = ''
    let closes: Date | undefined
    let thread: Conversation | undefined
    if (conversationId !== null) thread = chosen.data
    else if (threads.status === 'success' && (senders.status === 'success' || senders.status === 'error')) {
      thread = recipientThread(threads.data.items, senders.data ?? [], sender)
      // A customer who wrote only to another of your numbers has no window with this one.
      if (thread === undefined)
        key = threads.data.items.length > 0 ? 'sendDialog.window.closed' : 'sendDialog.window.none'
    }
    if (thread !== undefined) {
      const window = conversationWindow(thread)
      if (!window.open) key = 'sendDialog.window.closed'
      else if (window.closes === undefined) key = 'sendDialog.window.openNoTime'
      else {
        key = 'sendDialog.window.open'
        closes = window.closes
        time = formatDayTime(window.closes, { now: new Date(), locale: lang, t, clock: clockOf(localeTag, lang) })
      }
    }
    useTurnAfter(closes, closing)
    const shown = key !== undefined
    // Before paint: Send is described by the note in the same frame it appears, never a frame
    // where a screen reader finds the note but not the link to it.
    useClientLayoutEffect(() => {
      if (!shown) return
      setWindowNoteId(id)
      return () => setWindowNoteId(undefined)
    }, [shown, id, setWindowNoteId])
    if (key === undefined) return null
    const state = key === 'sendDialog.window.none' ? 'none' : key === 'sendDialog.window.closed' ? 'closed' : 'open'
    return (
      <p
        aria-hidden={sendReadsWindowNote || undefined}
        {...rest}
        ref={ref}
        id={id}
        className={withClassName('bi-send-dialog-window', className)}
        data-window={state}
        lang={ownLang(t, key, lang)}
      >
        {t(key, { time })}
      </p>
    )
  },
)
if (process.env.NODE_ENV !== 'production') SendDialogWindow.displayName = 'SendDialog.Window'
