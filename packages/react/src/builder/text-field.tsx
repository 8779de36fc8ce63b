import { countLineBreaks, type FieldDescription } from '@briq-interactive/core'
import { type KeyboardEvent, type RefObject, useState } from 'react'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'
import { useDomValue } from '../dom/use-dom-value.ts'
import type { BuilderTranslate, Worded } from '../i18n/messages.ts'
import { firstStrongDirection } from '../preview/text-direction.ts'
import type { AnchorIssues } from './derive-issues.ts'
import { describedBy, FieldFrame, fieldCounts } from './field-frame.tsx'
import { numberFromText, textOf } from './field-value.ts'
import { pasteStep } from './paste-step.ts'

/** What every field control receives from `FieldView`. */
export interface FieldControlProps {
  node: FieldDescription
  id: string
  label: string
  /** The language of `label` where it is not the builder's (`ownLang`: a key a host's catalogue left out). */
  labelLang: string | undefined
  value: unknown
  issues: AnchorIssues | undefined
  /** `data-bi-focus`: lets focus follow the field when its item moves. */
  focusKey: string
  /** Sets the field; `coalesceKey` makes it an undo step of its own (default: merged with typing in the same field). */
  onValue(value: unknown, coalesceKey?: string): void
  t: BuilderTranslate
  /** What the field says about itself besides its label (`fieldHint`), in the language it is worded in. */
  hint: Worded | undefined
  /**
   * The `lang` of what is typed in it: the message's language (the root's `messageLang`) for the
   * message's own words (core's `messageWords`), else none (the builder's).
   */
  inputLang: string | undefined
}

/** One line of text, a URL, an id (monospace, no spell check) or a whole number, with its counter. */
export function TextField({
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
  const text = textOf(value)
  const counts = fieldCounts(node, text)
  const take = (typed: string, coalesceKey?: string) =>
    onValue(node.kind === 'number' ? numberFromText(typed) : typed, coalesceKey)
  // An input cannot hold a line break (one typed in the JSON tab, or in a file opened): the
  // browser drops it from the value, and the next key typed would lose it unseen. While the text
  // holds one, the field is a text area showing every line (the field's own issue says whether
  // WhatsApp shows it, and a fix-it joins the lines); it stays one while focused, so removing the
  // last break by hand keeps the caret, and becomes an input again after.
  const breaks = countLineBreaks(text)
  const [lines, setLines] = useState(breaks > 0)
  if (breaks > 0 && !lines) setLines(true)
  const { ref: input, defaultValue } = useDomValue<HTMLInputElement | HTMLTextAreaElement>(text, take)
  useClientLayoutEffect(() => {
    if (lines && breaks === 0 && input.current?.ownerDocument.activeElement !== input.current) setLines(false)
  })
  const machine = node.kind === 'id' || node.kind === 'url' || node.kind === 'number'
  const shared = {
    id,
    lang: inputLang,
    // The direction of its first letter, as WhatsApp shows the text: Arabic reads right to
    // left in a left-to-right page, a URL or Latin title left to right in a right-to-left one.
    // With no letter yet (empty, digits) the page's, where dir="auto" would be left to right.
    dir: firstStrongDirection(text),
    autoComplete: 'off',
    spellCheck: machine ? false : undefined,
    autoCapitalize: machine ? 'off' : undefined,
    autoCorrect: machine ? 'off' : undefined,
    placeholder: node.defaultValue === undefined ? undefined : String(node.defaultValue),
    defaultValue,
    'aria-required': node.required ? true : undefined,
    'aria-invalid': issues !== undefined && issues.errors.length > 0 ? true : undefined,
    'aria-describedby': describedBy(id, hint, counts, issues),
    'data-bi-focus': focusKey,
  } as const
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
    >
      {lines ? (
        <textarea
          ref={input as RefObject<HTMLTextAreaElement | null>}
          className="bi-builder-textarea bi-builder-input"
          rows={Math.min(breaks + 1, 4)}
          {...shared}
          onKeyDown={refuseEnter}
          onChange={(event) => take(event.target.value, pasteStep(event.nativeEvent))}
          onBlur={(event) => {
            if (countLineBreaks(event.target.value) === 0) setLines(false)
          }}
        />
      ) : (
        <input
          ref={input as RefObject<HTMLInputElement | null>}
          className="bi-builder-input"
          type={node.kind === 'url' ? 'url' : 'text'}
          inputMode={node.keyboard ?? (node.kind === 'number' ? 'numeric' : node.kind === 'url' ? 'url' : undefined)}
          {...shared}
          onChange={(event) => take(event.target.value, pasteStep(event.nativeEvent))}
        />
      )}
    </FieldFrame>
  )
}

// Enter would add a line break to text typed on one line: the breaks it shows came with the text
// (the JSON tab, a file), and none is added by typing, as in the input it stands for.
function refuseEnter(event: KeyboardEvent<HTMLTextAreaElement>): void {
  if (event.key === 'Enter' && !event.nativeEvent.isComposing) event.preventDefault()
}
