import { type InlineStyle, toggleFormatting } from '@briq-interactive/core'
import { useCallback, useRef } from 'react'
import { useBuilderControls } from './builder-context.ts'
import { describedBy, FieldFrame, fieldCounts, fieldHint } from './field-frame.tsx'
import { textOf } from './field-value.ts'
import { FormattingToolbar, shortcutStyle } from './formatting-toolbar.tsx'
import type { FieldControlProps } from './text-field.tsx'
import { useDomValue } from './use-dom-value.ts'

/**
 * A text area; when WhatsApp renders formatting in it (body, card text), a toolbar and
 * Ctrl/Cmd+B, +I, +Shift+X, +Shift+M wrap the selection in WhatsApp's markers (core's
 * `toggleFormatting`) as one undo step, keeping the styled text selected.
 */
export function MultilineField({ node, id, label, value, issues, focusKey, onValue, t }: FieldControlProps) {
  const { requestFocus } = useBuilderControls('MultilineField')
  const text = textOf(value)
  const { ref: area, defaultValue } = useDomValue<HTMLTextAreaElement>(text)
  const steps = useRef(0)
  const latest = useRef({ onValue, focusKey })
  latest.current = { onValue, focusKey }
  const hint = fieldHint(node, t)
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
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      counts={counts}
      issues={issues}
      t={t}
      kind={node.kind}
      toolbar={
        node.formatting ? (
          <FormattingToolbar
            label={t('builder.format.label', { field: label })}
            controls={id}
            onToggle={toggle}
            t={t}
          />
        ) : undefined
      }
    >
      <textarea
        ref={area}
        id={id}
        className="bi-builder-textarea"
        rows={node.limit !== undefined && node.limit.max > 200 ? 6 : 3}
        defaultValue={defaultValue}
        aria-required={node.required ? true : undefined}
        aria-invalid={issues !== undefined && issues.errors.length > 0 ? true : undefined}
        aria-describedby={describedBy(id, hint, counts, issues)}
        data-bi-focus={focusKey}
        onChange={(event) => onValue(event.target.value)}
        onKeyDown={(event) => {
          const style = node.formatting ? shortcutStyle(event) : undefined
          if (style === undefined) return
          event.preventDefault()
          toggle(style)
        }}
      />
    </FieldFrame>
  )
}
