import { type InlineStyle, toggleFormatting } from '@briq-interactive/core'
import { type ChangeEvent, type KeyboardEvent, useCallback, useMemo, useRef } from 'react'
import { useDomValue } from '../dom/use-dom-value.ts'
import { firstStrongDirection } from '../preview/text-direction.ts'
import { useBuilderControls } from './builder-context.ts'
import { describedBy, FieldFrame, fieldCounts } from './field-frame.tsx'
import { textOf } from './field-value.ts'
import { FormattingToolbar, shortcutStyle } from './formatting-toolbar.tsx'
import { withNames } from './labels.ts'
import { pasteStep } from './paste-step.ts'
import type { FieldControlProps } from './text-field.tsx'

/**
 * A text area; when WhatsApp renders formatting in it (body, card text), a toolbar and
 * Ctrl/Cmd+B, +I, +Shift+X, +Shift+M wrap the selection in WhatsApp's markers (core's
 * `toggleFormatting`) as one undo step, keeping the styled text selected.
 */
export function MultilineField({
  node,
  id,
  label,
  labelLang,
  value,
  issues,
  focusKey,
  onValue,
  t,
  hint,
  inputLang,
}: FieldControlProps) {
  const { requestFocus, lang } = useBuilderControls('MultilineField')
  const text = textOf(value)
  const steps = useRef(0)
  const latest = useRef({ onValue, focusKey, formatting: node.formatting })
  latest.current = { onValue, focusKey, formatting: node.formatting }
  const { ref: area, defaultValue } = useDomValue<HTMLTextAreaElement>(text, (typed) => latest.current.onValue(typed))
  const counts = fieldCounts(node, text)
  // Stable, so the toolbar (memoised) does not re-render on every keystroke.
  const toggle = useCallback(
    (style: InlineStyle) => {
      const element = area.current
      if (element === null) return
      const next = toggleFormatting(element.value, element.selectionStart, element.selectionEnd, style)
      // A toolbar change is a step of its own, never merged with the typing around it.
      steps.current += 1
      latest.current.onValue(next.text, `format:${steps.current}`)
      requestFocus({ focusKeys: [latest.current.focusKey], selection: { start: next.start, end: next.end } })
    },
    [requestFocus, area.current],
  )
  const onChange = useCallback(
    (event: ChangeEvent<HTMLTextAreaElement>) =>
      latest.current.onValue(event.target.value, pasteStep(event.nativeEvent)),
    [],
  )
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTextAreaElement>) => {
      const style = latest.current.formatting ? shortcutStyle(event) : undefined
      if (style === undefined) return
      event.preventDefault()
      toggle(style)
    },
    [toggle],
  )
  const rows = node.limit !== undefined && node.limit.max > 200 ? 6 : 3
  const invalid = issues !== undefined && issues.errors.length > 0
  const description = describedBy(id, hint, counts, issues)
  const dir = firstStrongDirection(text)
  // The same element while typing: React then leaves the text area alone, where a re-render
  // would set its defaultValue (the whole first text written again into the DOM) each keystroke.
  const textarea = useMemo(
    () => (
      <textarea
        ref={area}
        id={id}
        className="bi-builder-textarea"
        rows={rows}
        lang={inputLang}
        // The direction of its first letter (each line its own, by the style sheet), as WhatsApp;
        // with no letter yet, the page's (as TextField).
        dir={dir}
        defaultValue={defaultValue}
        aria-required={node.required ? true : undefined}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={description}
        data-bi-focus={focusKey}
        onChange={onChange}
        onKeyDown={onKeyDown}
      />
    ),
    [area, id, rows, inputLang, dir, defaultValue, node.required, invalid, description, focusKey, onChange, onKeyDown],
  )
  return (
    <FieldFrame
      id={id}
      label={label}
      labelLang={labelLang}
      hint={hint}
      counts={counts}
      issues={issues}
      t={t}
      kind={node.kind}
      toolbar={
        node.formatting ? (
          <FormattingToolbar
            label={withNames(t, 'builder.format.label', { field: label })}
            labelLang={t.langOf('builder.format.label')}
            around={lang}
            controls={id}
            onToggle={toggle}
            t={t}
          />
        ) : undefined
      }
    >
      {textarea}
    </FieldFrame>
  )
}
