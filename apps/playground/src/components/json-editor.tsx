import type { JsonSyntaxError } from '@briq-interactive/core'
import { useId } from 'react'
import { useTranslate } from '../i18n/translator.ts'

/** Props of `JsonEditor`. */
export interface JsonEditorProps {
  /** The text, exactly as typed. */
  text: string
  /** Called on every edit. */
  onTextChange(text: string): void
  /** The text's syntax error, if any. */
  error: JsonSyntaxError | undefined
}

/** A labelled monospace JSON textarea; a syntax error is shown with its line and column and announced. */
export function JsonEditor({ text, onTextChange, error }: JsonEditorProps) {
  const t = useTranslate()
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const where =
    error?.line === undefined
      ? t('jsonErrorNoPosition')
      : error.found === undefined
        ? t('jsonErrorAtEnd', { line: error.line, column: error.column ?? 1 })
        : t('jsonError', { line: error.line, column: error.column ?? 1, found: error.found })
  return (
    <div className="pg-field">
      <label className="pg-label" htmlFor={id}>
        {t('editorLabel')}
      </label>
      <p className="pg-hint" id={hintId}>
        {t('editorHint')}
      </p>
      <textarea
        id={id}
        className="pg-editor"
        value={text}
        onChange={(event) => onTextChange(event.target.value)}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        rows={22}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        data-invalid={error ? '' : undefined}
      />
      <div id={errorId} className="pg-error-text" aria-live="polite" aria-atomic="true">
        {error ? (
          <p>
            <strong>{where}</strong> {t('jsonErrorKept')}
          </p>
        ) : null}
      </div>
    </div>
  )
}
