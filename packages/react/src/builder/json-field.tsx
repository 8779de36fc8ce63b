import { parseJsonDraft } from '@briq-interactive/core'
import { useState } from 'react'
import { BuilderIcon } from './builder-icons.tsx'
import { describedBy, FieldFrame, fieldHint, fieldPartIds } from './field-frame.tsx'
import type { FieldControlProps } from './text-field.tsx'

const show = (value: unknown): string => {
  if (value === undefined) return ''
  try {
    return JSON.stringify(value, null, 2) ?? ''
  } catch {
    return ''
  }
}

/**
 * A JSON object (flow screen data, address validation errors) typed as text. Text that is not
 * a JSON object stays in the box with its line and column and leaves the draft as it was;
 * clearing the box leaves the field out.
 */
export function JsonField({ node, id, label, value, issues, focusKey, onValue, t }: FieldControlProps) {
  const [edit, setEdit] = useState<{ source: unknown; text: string; error?: string }>({
    source: value,
    text: show(value),
  })
  const current = edit.source === value ? edit : { source: value, text: show(value) }
  const hint = fieldHint(node, t) ?? t('builder.field.json', { example: '{"key": "value"}' })
  // Text that does not parse is this box's own error, shown before core's issues of the value.
  const syntaxId = `${fieldPartIds(id).issues}-syntax`
  const invalid = current.error !== undefined || (issues !== undefined && issues.errors.length > 0)
  const described = [current.error === undefined ? undefined : syntaxId, describedBy(id, hint, {}, issues)]
    .filter((part) => part !== undefined)
    .join(' ')
  return (
    <FieldFrame id={id} label={label} hint={hint} counts={{}} issues={issues} t={t} kind={node.kind}>
      <textarea
        id={id}
        className="bi-builder-textarea"
        data-kind="json"
        rows={3}
        spellCheck={false}
        value={current.text}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={described === '' ? undefined : described}
        data-bi-focus={focusKey}
        onChange={(event) => {
          const text = event.target.value
          if (text.trim() === '') {
            setEdit({ source: undefined, text })
            onValue(undefined)
            return
          }
          const parsed = parseJsonDraft(text)
          if (!parsed.ok) {
            const { line, column, detail } = parsed.error
            setEdit({
              source: value,
              text,
              error: t('builder.field.notJson', { line: line ?? '?', column: column ?? '?', detail }),
            })
            return
          }
          if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
            setEdit({ source: value, text, error: t('builder.field.notJsonObject') })
            return
          }
          setEdit({ source: parsed.value, text })
          onValue(parsed.value)
        }}
      />
      {current.error === undefined ? null : (
        <p className="bi-builder-issue" data-severity="error" id={syntaxId}>
          <BuilderIcon name="error" />
          <span className="bi-builder-sr">{t('builder.issue.error')}:</span> {current.error}
        </p>
      )}
    </FieldFrame>
  )
}
