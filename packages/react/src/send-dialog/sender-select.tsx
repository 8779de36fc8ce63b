import type { Sender } from '@briq-interactive/core'
import type { Ref } from 'react'
import { keepPlainSelectKeys } from '../dom/plain-select-keys.ts'
import type { SendTranslate } from '../i18n/messages.ts'
import { ownLang } from '../i18n/own-lang.tsx'
import { senderName } from './sender-choice.ts'

/** Props of {@link SenderSelect}. */
export interface SenderSelectProps {
  /** The select's id, its label's `htmlFor`. */
  id: string
  selectRef: Ref<HTMLSelectElement>
  /** Briq's active senders, two or more. */
  active: readonly Sender[]
  /** The one Briq sends from when none is chosen: its default, else the first active. */
  fallback: Sender
  /** The number chosen, `null` for Briq's own choice. */
  sender: string | null
  /** Called with the number chosen; `null` when it is `fallback`'s (Briq's own choice). */
  onSenderChange: (sender: string | null) => void
  /** While a send is pending. */
  disabled: boolean
  /** Between a sender's label and its number: the dialog's language's. */
  separator: string
  t: SendTranslate
  /** The dialog's language, around it. */
  lang: string
}

/**
 * "Send from" as a choice among the active senders, `fallback` named as the default. A chosen
 * number Briq does not list (one a file brought) stays an option as given: it is what goes.
 */
export function SenderSelect({
  id,
  selectRef,
  active,
  fallback,
  sender,
  onSenderChange,
  disabled,
  separator,
  t,
  lang,
}: SenderSelectProps) {
  const known = sender === null || active.some((candidate) => candidate.display_number === sender)
  return (
    <>
      <label className="bi-send-dialog-label" htmlFor={id} lang={ownLang(t, 'sendDialog.sender.label', lang)}>
        {t('sendDialog.sender.label')}
      </label>
      <select
        ref={selectRef}
        id={id}
        className="bi-send-dialog-select"
        onKeyDown={keepPlainSelectKeys}
        value={sender ?? fallback.display_number}
        disabled={disabled}
        onChange={(event) => onSenderChange(event.target.value === fallback.display_number ? null : event.target.value)}
      >
        {known || sender === null ? null : <option value={sender}>{sender}</option>}
        {active.map((candidate) => (
          <option
            key={candidate.id}
            value={candidate.display_number}
            // A number's label is the workspace's own words ("Sales line"), in no language the kit
            // knows (lang=""); the default's is the kit's sentence naming it.
            lang={candidate === fallback ? ownLang(t, 'sendDialog.sender.default', lang) : ''}
          >
            {candidate === fallback
              ? t('sendDialog.sender.default', { name: senderName(candidate, separator) })
              : senderName(candidate, separator)}
          </option>
        ))}
      </select>
    </>
  )
}
