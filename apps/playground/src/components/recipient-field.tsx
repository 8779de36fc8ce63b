import { formatIssue, type NormalizePhoneResult } from '@briq-interactive/core'
import { useId } from 'react'
import { useCoreMessages, useTranslate } from '../i18n/translator.ts'

/** Props of `RecipientField`. */
export interface RecipientFieldProps {
  /** The field, as typed. */
  value: string
  /** Called on every edit. */
  onValueChange(value: string): void
  /** core's `normalizePhone` of `value`. */
  phone: NormalizePhoneResult
}

/** The customer's number; shows the normalised E.164 number, or why it cannot be used. */
export function RecipientField({ value, onValueChange, phone }: RecipientFieldProps) {
  const t = useTranslate()
  const core = useCoreMessages()
  const id = useId()
  const hintId = `${id}-hint`
  const resultId = `${id}-result`
  const empty = value.trim() === ''
  const invalid = !phone.ok && !empty
  return (
    <div className="pg-field">
      <label className="pg-label" htmlFor={id}>
        {t('recipientLabel')}
      </label>
      <input
        id={id}
        className="pg-input"
        type="tel"
        inputMode="tel"
        autoComplete="off"
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={`${hintId} ${resultId}`}
        data-invalid={invalid ? '' : undefined}
      />
      <p className="pg-hint" id={hintId}>
        {t('recipientHint')} {t('exampleRecipientNote')}
      </p>
      <p id={resultId} className={phone.ok ? 'pg-ok-text' : 'pg-error-text'} aria-live="polite">
        {phone.ok
          ? t('recipientNormalised', { number: phone.value })
          : empty
            ? t('recipientEmpty')
            : t('recipientInvalid', { reason: formatIssue(phone.issue, core) })}
      </p>
    </div>
  )
}
