import { INTERACTIVE_TYPES, type InteractiveType } from '@briq-interactive/core'
import { useId } from 'react'
import { useTranslate } from '../i18n/translator.ts'

/** Props of `TypePicker`. */
export interface TypePickerProps {
  /** The draft's type, when it is one of the twelve. */
  value: InteractiveType | undefined
  /** Called with the chosen type (the draft is replaced by its example). */
  onValueChange(type: InteractiveType): void
}

/** A native select of the twelve interactive types. */
export function TypePicker({ value, onValueChange }: TypePickerProps) {
  const t = useTranslate()
  const id = useId()
  return (
    <div className="pg-field">
      <label className="pg-label" htmlFor={id}>
        {t('typeLabel')}
      </label>
      <select
        id={id}
        className="pg-input"
        value={value ?? ''}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const chosen = INTERACTIVE_TYPES.find((type) => type === event.target.value)
          if (chosen) onValueChange(chosen)
        }}
      >
        {value === undefined ? <option value="">—</option> : null}
        {INTERACTIVE_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`type_${type}`)} ({type})
          </option>
        ))}
      </select>
      <p className="pg-hint" id={`${id}-hint`}>
        {t('typeHint')}
      </p>
    </div>
  )
}
