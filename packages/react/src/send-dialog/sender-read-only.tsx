import type { Ref } from 'react'
import type { SendTranslate } from '../i18n/messages.ts'
import { ownLang } from '../i18n/own-lang.tsx'

/** Props of {@link SenderReadOnly}. */
export interface SenderReadOnlyProps {
  /** The field's id, its label's `htmlFor`. */
  id: string
  inputRef: Ref<HTMLInputElement>
  /** What is shown: the sender as Briq names it, as given, or "Your default number". */
  value: string
  /** The id of the note that says why the senders could not be read, if they could not. */
  noteId: string | undefined
  /** The language of `value` where it is the kit's words ("Your default number") in another than the dialog's. */
  valueLang: string | undefined
  t: SendTranslate
  /** The dialog's language, around it. */
  lang: string
}

/**
 * "Send from" shown, not chosen: the sender that goes into the send when there is nothing to
 * choose among, or Briq's default when the senders could not be read. Read-only, so it is reached
 * and read like any field, and never sent unseen.
 */
export function SenderReadOnly({ id, inputRef, value, noteId, valueLang, t, lang }: SenderReadOnlyProps) {
  return (
    <>
      <label className="bi-send-dialog-label" htmlFor={id} lang={ownLang(t, 'sendDialog.sender.label', lang)}>
        {t('sendDialog.sender.label')}
      </label>
      <input
        ref={inputRef}
        id={id}
        type="text"
        className="bi-send-dialog-input"
        readOnly
        value={value}
        lang={valueLang}
        aria-describedby={noteId}
      />
    </>
  )
}
