import type { ReactNode } from 'react'
import { SentenceStop } from '../dom/sentence-stop.tsx'
import type { PreviewTranslate } from '../i18n/messages.ts'
import type { Overflow } from './issue-index.ts'
import { kitLangInside, usePreview } from './preview-context.ts'

/** What a screen reader hears where `overflow` starts: "(Text past the 24-character limit starts here)". */
export function overflowNote(t: PreviewTranslate, overflow: Overflow): string {
  return `(${t(overflowNoteKey(overflow), { limit: overflow.limit })})`
}

const overflowNoteKey = (overflow: Overflow) =>
  overflow.kind === 'lineBreaks' ? 'preview.overflowLineBreaks' : 'preview.overflow'

/**
 * What a control named by a plain field (a button, a row, a section) is described by where its
 * text passes its limit: "Text past the 20-character limit: ka sana". Its name stays the text as
 * shown, unbroken, so speech input can say it (WCAG 2.5.3).
 */
export function overflowDescription(t: PreviewTranslate, text: string, overflow: Overflow): string {
  return t(overflowDescriptionKey(overflow), { limit: overflow.limit, text: text.slice(overflow.index) })
}

const overflowDescriptionKey = (overflow: Overflow) =>
  overflow.kind === 'lineBreaks' ? 'preview.overflowLineBreaksPast' : 'preview.overflowPast'

/** Props of `OverflowNote`. */
export interface OverflowNoteProps {
  /** The id the control's `aria-describedby` names. */
  id: string
  text: string
  overflow: Overflow
}

/**
 * `overflowDescription`, unseen and hidden from assistive tech but as the description of the
 * control it follows. Drawn (visually hidden, not `hidden`): its full stop is generated content,
 * which an undrawn element has not, and without it the words after it ran on ("sasa hivi Opens…").
 */
export function OverflowNote({ id, text, overflow }: OverflowNoteProps): ReactNode {
  const preview = usePreview()
  const { t } = preview
  return (
    <span
      id={id}
      className="bi-sr-only bi-overflow-note"
      aria-hidden="true"
      lang={kitLangInside(preview, overflowDescriptionKey(overflow))}
    >
      {overflowDescription(t, text, overflow)}
      <SentenceStop after={text} stop={t('punctuation.stop')} />
    </span>
  )
}

/** Props of `OverflowMark`. */
export interface OverflowMarkProps {
  overflow: Overflow
  /** Whether screen readers hear where the overflow starts (only the first mark of a field). */
  announce: boolean
  children: ReactNode
}

/** Marks text past a limit; the first mark of a field tells screen readers which limit. */
export function OverflowMark({ overflow, announce, children }: OverflowMarkProps): ReactNode {
  const preview = usePreview()
  const { t } = preview
  return (
    <mark className="bi-overflow" data-overflow="" data-limit={overflow.limit}>
      {announce ? (
        // The preview's words inside the message's.
        <span className="bi-sr-only" lang={kitLangInside(preview, overflowNoteKey(overflow))}>
          {` ${overflowNote(t, overflow)} `}
        </span>
      ) : null}
      {children}
    </mark>
  )
}
