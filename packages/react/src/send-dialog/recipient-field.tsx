import type { CoreMessages, NormalizePhoneResult } from '@briq-interactive/core'
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, type Ref, useId } from 'react'
import { SentenceStop } from '../dom/sentence-stop.tsx'
import { useDomValue } from '../dom/use-dom-value.ts'
import { useMergedRef } from '../dom/use-merged-ref.ts'
import { withClassName } from '../dom/with-class-name.ts'
import type { SendTranslate } from '../i18n/messages.ts'
import { ownLang } from '../i18n/own-lang.tsx'
import { markIn } from '../i18n/punctuation.ts'
import { wordedAround } from '../i18n/worded-around.tsx'
import { type CoreLangOf, issueWords } from '../provider/use-core-messages.ts'
import { inSendForm } from './send-dialog-form.tsx'

/** Props of the dialog's recipient field. */
export interface RecipientFieldProps {
  /** The number as typed. */
  value: string
  /** Called on every keystroke. */
  onValueChange: (value: string) => void
  /** Core's reading of `value`. */
  phone: NormalizePhoneResult
  /** Show the reason a bad number cannot be used (after the field was left or a send was tried). */
  showError: boolean
  /** The dialog's translator. */
  t: SendTranslate
  /** Core's wording in the dialog's language, for why a number cannot be used. */
  core: CoreMessages
  /** Disables typing while a send is pending. */
  readOnly: boolean
  /** Called when the field loses focus. */
  onBlur: () => void
  /** Props for the field's wrapper element (class, style, data attributes). */
  rootProps?: ComponentPropsWithoutRef<'div'> | undefined
  /** The ref for the field's wrapper element (`SendDialog.Recipient`'s own ref). */
  rootRef?: Ref<HTMLDivElement> | undefined
  /** Sends: Enter in the field outside the kit's own form calls it. */
  onSend?: (() => void) | undefined
  /**
   * The dialog's language and that of each of `core`'s sentences: the note, and why the number
   * cannot be used inside it, are marked with their own where they differ.
   */
  languages: { lang: string; coreLangOf: CoreLangOf }
}

/**
 * The recipient input: shows the number core will send to, or why it cannot be used, tied to
 * the input with `aria-describedby` and `aria-invalid`.
 */
export const RecipientField = forwardRef<HTMLInputElement, RecipientFieldProps>(function RecipientField(
  { value, onValueChange, phone, showError, t, core, readOnly, onBlur, rootProps, rootRef, onSend, languages },
  ref,
) {
  const id = useId()
  // Controlled (a parent may refuse a keystroke); the hook for a number typed before hydrating.
  const { ref: input } = useDomValue<HTMLInputElement>(value, onValueChange)
  const inputRef = useMergedRef(ref, input)
  const noteId = `${id}-note`
  const invalid = showError && !phone.ok
  let note: { text: string; node: ReactNode; lang: string } | undefined
  const said = (key: 'sendDialog.recipient.normalized' | 'sendDialog.recipient.required', number = '') => {
    const text = t(key, { number })
    return { text, node: text, lang: t.langOf(key) }
  }
  if (phone.ok) note = said('sendDialog.recipient.normalized', phone.value)
  else if (invalid) {
    if (value.trim() === '') note = said('sendDialog.recipient.required')
    else {
      // Why, in core's sentence: its own language where it is not the note's around it.
      const reason = issueWords(phone.issue, core, languages.coreLangOf)
      const key = 'sendDialog.recipient.invalid'
      note = { ...wordedAround(t, key, {}, 'reason', reason), lang: t.langOf(key) }
    }
  }
  return (
    <div
      {...rootProps}
      ref={rootRef}
      className={withClassName('bi-send-dialog-field', rootProps?.className)}
      data-invalid={invalid ? '' : undefined}
    >
      <label
        className="bi-send-dialog-label"
        htmlFor={id}
        lang={ownLang(t, 'sendDialog.recipient.label', languages.lang)}
      >
        {t('sendDialog.recipient.label')}
      </label>
      <input
        ref={inputRef}
        id={id}
        className="bi-send-dialog-input"
        type="tel"
        inputMode="tel"
        // Enter sends (the form's submit): the keyboard's Enter key says so.
        enterKeyHint="send"
        autoComplete="off"
        value={value}
        readOnly={readOnly}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={note === undefined ? undefined : noteId}
        onChange={(event) => onValueChange(event.target.value)}
        onBlur={onBlur}
        onKeyDown={(event) => {
          // In the kit's form, Enter submits it, which sends. Laid out without one, inside a form
          // of the host's, Enter would submit that form through its first submit button, which
          // may be the host's own (Save the ticket): the field sends by itself instead.
          if (event.key !== 'Enter' || event.nativeEvent.isComposing) return
          if (inSendForm(event.currentTarget)) return
          event.preventDefault()
          if (!event.repeat) onSend?.()
        }}
      />
      {note === undefined ? null : (
        // A hint ("Will be sent to +…") is hidden from assistive tech, given only as the number's
        // description (as a field's hint and counts are): a swipe met it twice. Why the number
        // cannot be used stays text too, as the builder's issues do: a swipe with hints off
        // ("Speak hints" in VoiceOver) hears a field's description not at all.
        <p
          id={noteId}
          className="bi-send-dialog-note"
          data-invalid={invalid ? '' : undefined}
          aria-hidden={invalid ? undefined : 'true'}
          lang={note.lang === languages.lang ? undefined : note.lang}
        >
          {note.node}
          {/* Ended for a screen reader: "Will be sent to +255712345678." */}
          <SentenceStop after={note.text} stop={markIn(t, note.lang, 'punctuation.stop')} />
        </p>
      )}
    </div>
  )
})
