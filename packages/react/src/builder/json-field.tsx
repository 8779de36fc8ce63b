import { type DraftPath, draftJsonText, draftValueAt, unparsedAt } from '@briq-interactive/core'
import { useState } from 'react'
import { useDomValue } from '../dom/use-dom-value.ts'
import { worded } from '../i18n/messages.ts'
import { useBuilderControls, useBuilderSelector } from './builder-context.ts'
import type { ChangeOptions } from './builder-model.ts'
import { describedBy, FieldFrame } from './field-frame.tsx'
import { pasteStep } from './paste-step.ts'
import { usePlainSpacesFix } from './plain-spaces-fix.tsx'
import type { FieldControlProps } from './text-field.tsx'

// Written as the JSON tab writes the whole draft (a number too large for JSON as 1e999, not null).
const show = (value: unknown): string => {
  if (value === undefined) return ''
  try {
    return draftJsonText(value, 2)
  } catch {
    return ''
  }
}

/**
 * A JSON object (flow screen data, address validation errors) typed as text. Text that is not
 * a JSON object is kept by core's editor state (undo, persistence) with its issue, which the
 * field and the summary show like any other error, worded in the current language; the draft
 * keeps the last value that parsed. Clearing the box leaves the field out. Text that breaks only
 * on invisible spaces pasted between values gets the JSON tab's fix-it (`usePlainSpacesFix`).
 */
export function JsonField({
  node,
  id,
  label,
  labelLang,
  value,
  issues,
  focusKey,
  t,
  hint: ownHint,
  path,
}: FieldControlProps & { path: DraftPath }) {
  const { dispatch, model } = useBuilderControls('JsonField')
  const unparsed = useBuilderSelector((snapshot) => unparsedAt(snapshot.state, path)?.text)
  // Valid text stays as typed (its spacing) while it is what the draft holds.
  const [typed, setTyped] = useState<{ source: unknown; text: string } | undefined>(undefined)
  const text = unparsed ?? (typed !== undefined && typed.source === value ? typed.text : show(value))
  const hint = ownHint ?? worded(t, 'builder.field.json', { example: '{"key": "value"}' })
  const invalid = issues !== undefined && issues.errors.length > 0
  const take = (next: string, change?: ChangeOptions) => {
    dispatch({ op: 'text', path, text: next }, change)
    setTyped({ source: draftValueAt(model.getSnapshot().draft, path), text: next })
  }
  const { ref: area, hydrating } = useDomValue<HTMLTextAreaElement>(text, take)
  const plainSpacesFix = usePlainSpacesFix(unparsed, area, text, take, `json-plain-spaces:${path.join('.')}`)
  return (
    <FieldFrame
      id={id}
      label={label}
      labelLang={labelLang}
      hint={hint}
      counts={{}}
      issues={issues}
      t={t}
      kind={node.kind}
      fix={plainSpacesFix}
    >
      <textarea
        ref={area}
        id={id}
        className="bi-builder-textarea"
        data-kind="json"
        // JSON reads left to right, in a right-to-left page too.
        dir="ltr"
        rows={3}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        // No value while hydrating: React would write it over what was typed there (useDomValue).
        value={hydrating ? undefined : text}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy(id, hint, {}, issues)}
        data-bi-focus={focusKey}
        onChange={(event) => {
          const coalesceKey = pasteStep(event.nativeEvent)
          take(event.target.value, coalesceKey === undefined ? undefined : { coalesceKey })
        }}
      />
    </FieldFrame>
  )
}
