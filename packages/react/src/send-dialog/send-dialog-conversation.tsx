'use client'

import { type Conversation, conversationWindow, type Sender } from '@briq-interactive/core'
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useEffect, useId, useReducer } from 'react'
import { keepPlainSelectKeys } from '../dom/plain-select-keys.ts'
import { withClassName } from '../dom/with-class-name.ts'
import { clockOf } from '../i18n/hour-cycle.ts'
import type { SendTranslate } from '../i18n/messages.ts'
import { ownLang, said } from '../i18n/own-lang.tsx'
import { markIn } from '../i18n/punctuation.ts'
import { wordedAround } from '../i18n/worded-around.tsx'
import { type DayTimeOptions, formatDayTime } from '../preview/format-day-time.ts'
import { isolateDirection } from '../preview/text-direction.ts'
import { useDayChange } from '../preview/use-day-change.ts'
import { requestFailureWords } from './request-failure-words.ts'
import { useSendDialog } from './send-dialog-context.ts'
import { useBriqQuery } from './use-briq-query.ts'
import { usePartsRootCheck } from './use-parts-root-check.ts'
import { nextRevision, useTurnAfter } from './use-turn-after.ts'

/** Props of {@link SendDialogConversation}, spread onto the field's wrapper. */
export type SendDialogConversationProps = ComponentPropsWithoutRef<'div'>

const bare = (phone: string) => phone.replace(/^\+/, '')

/** `sender`: the line that sends, named when the customer has threads with several of them. */
function optionLabel(
  conversation: Conversation,
  words: DayTimeOptions & { t: SendTranslate },
  sender?: Sender,
): {
  text: string
  key: 'sendDialog.conversation.closed' | 'sendDialog.conversation.open' | 'sendDialog.conversation.openUntil'
} {
  const { t } = words
  const phone = `+${bare(conversation.recipient_phone)}`
  const profile = conversation.contact_profile_name
  // The dialog's language's separator: its `locale` is the dialog's `lang`.
  const contact = profile
    ? `${isolateDirection(profile)}${markIn(t, words.locale, 'punctuation.separator')}${phone}`
    : phone
  const name = sender
    ? t('sendDialog.conversation.fromSender', {
        name: contact,
        sender: sender.label ? isolateDirection(sender.label) : `+${sender.display_number}`,
      })
    : contact
  const window = conversationWindow(conversation)
  if (!window.open)
    return { text: t('sendDialog.conversation.closed', { name }), key: 'sendDialog.conversation.closed' }
  if (window.closes === undefined)
    return { text: t('sendDialog.conversation.open', { name }), key: 'sendDialog.conversation.open' }
  return {
    text: t('sendDialog.conversation.openUntil', { name, time: formatDayTime(window.closes, words) }),
    key: 'sendDialog.conversation.openUntil',
  }
}

/** The soonest closing time of the open windows among `items`, if Briq gave one. */
function firstClosing(items: readonly Conversation[]): Date | undefined {
  let first: Date | undefined
  for (const item of items) {
    const window = conversationWindow(item)
    if (window.open && window.closes !== undefined && (first === undefined || window.closes < first))
      first = window.closes
  }
  return first
}

/**
 * "Send to": a new number (typed in `SendDialog.Recipient`) or one of the workspace's recent
 * conversations (`listConversations`, most recently active first), each with its 24-hour
 * window's state: open until when ("15:53 tomorrow"), or closed. Choosing a conversation sends into it (Briq
 * takes the number and the sender from it, so the chosen sender is cleared).
 */
export const SendDialogConversation = forwardRef<HTMLDivElement, SendDialogConversationProps>(
  function SendDialogConversation(props, ref) {
    usePartsRootCheck('SendDialog.Conversation')
    const { className, ...rest } = props
    const {
      t,
      core,
      lang,
      localeTag,
      client,
      conversationId,
      setConversationId,
      setSender,
      sending,
      countConversationPicker,
      senders,
      requestSenders,
      resetRevision,
      coreLangOf,
    } = useSendDialog('SendDialog.Conversation')
    const id = useId()
    useDayChange()
    useEffect(() => {
      countConversationPicker(1)
      return () => countConversationPicker(-1)
    }, [countConversationPicker])
    useEffect(() => requestSenders(), [requestSenders])
    const noteId = `${id}-note`
    // Looked up again after each send (as SendDialog.Window is, so the option and the window note
    // never say two closing times: a customer who wrote meanwhile moved it), once the first window
    // Briq said is open reaches its closing time, and when the host's `resetKeys` or
    // `refreshKeys` change (a mock reset, a customer who wrote first).
    const [closed, closing] = useReducer(nextRevision, 0)
    const attempt = sending.status === 'pending' ? 0 : (sending.submittedAt ?? 0)
    const recent = useBriqQuery(
      client,
      'conversations',
      (c, signal) => c.listConversations({}, { signal }),
      `${attempt}:${closed}:${resetRevision}`,
    )
    const items = recent.data?.items ?? []
    useTurnAfter(firstClosing(items), closing)
    // A customer with threads on two of your lines shows twice; "Send from" hides once a
    // conversation is chosen, so those options name the line that sends.
    const threads = new Map<string, number>()
    for (const item of items) {
      const phone = bare(item.recipient_phone)
      threads.set(phone, (threads.get(phone) ?? 0) + 1)
    }
    const lineOf = (item: Conversation): Sender | undefined =>
      (threads.get(bare(item.recipient_phone)) ?? 0) > 1
        ? senders.data?.find((candidate) => candidate.id === item.sender_id)
        : undefined
    const now = new Date()
    const listed = conversationId === null || items.some((item) => item.id === conversationId)
    let note: ReactNode
    if (recent.status === 'loading') note = said(t, 'sendDialog.conversation.loading', lang)
    else if (recent.status === 'error') {
      const reason = requestFailureWords(recent.error, core, coreLangOf, 'list')
      note = wordedAround(t, 'sendDialog.conversation.failed', {}, 'reason', reason).node
    }
    return (
      <div {...rest} ref={ref} className={withClassName('bi-send-dialog-field', className)}>
        <label className="bi-send-dialog-label" htmlFor={id} lang={ownLang(t, 'sendDialog.conversation.label', lang)}>
          {t('sendDialog.conversation.label')}
        </label>
        <select
          id={id}
          className="bi-send-dialog-select"
          onKeyDown={keepPlainSelectKeys}
          value={conversationId ?? ''}
          disabled={sending.isPending}
          aria-busy={recent.status === 'loading' ? true : undefined}
          aria-describedby={note === undefined ? undefined : noteId}
          onChange={(event) => {
            const next = event.target.value === '' ? null : event.target.value
            if (next !== null) setSender(null)
            setConversationId(next)
          }}
        >
          <option value="" lang={ownLang(t, 'sendDialog.conversation.newNumber', lang)}>
            {t('sendDialog.conversation.newNumber')}
          </option>
          {listed ? null : (
            <option value={conversationId ?? ''} lang={ownLang(t, 'sendDialog.conversation.unknown', lang)}>
              {t('sendDialog.conversation.unknown', { id: conversationId ?? '' })}
            </option>
          )}
          {items.map((item) => {
            const label = optionLabel(item, { t, locale: lang, now, clock: clockOf(localeTag, lang) }, lineOf(item))
            return (
              // An option holds text only: it takes the language of the sentence that words it.
              <option key={item.id} value={item.id} lang={ownLang(t, label.key, lang)}>
                {label.text}
              </option>
            )
          })}
        </select>
        {note === undefined ? null : (
          // Only the picker's description (as the number's note is): a swipe met it twice.
          <p
            id={noteId}
            className="bi-send-dialog-note"
            aria-hidden="true"
            lang={recent.status === 'error' ? ownLang(t, 'sendDialog.conversation.failed', lang) : undefined}
          >
            {note}
          </p>
        )}
      </div>
    )
  },
)
if (process.env.NODE_ENV !== 'production') SendDialogConversation.displayName = 'SendDialog.Conversation'
