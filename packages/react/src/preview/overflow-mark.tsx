import type { ReactNode } from 'react'
import type { PreviewTranslate } from '../i18n/messages.ts'
import type { Overflow } from './issue-index.ts'
import { usePreview } from './preview-context.ts'

/** What a screen reader hears where `overflow` starts: "(Text past the 24-character limit starts here)". */
export function overflowNote(t: PreviewTranslate, overflow: Overflow): string {
  const note = overflow.kind === 'lineBreaks' ? 'preview.overflowLineBreaks' : 'preview.overflow'
  return `(${t(note, { limit: overflow.limit })})`
}

/**
 * A plain field's text as a screen reader hears it from `FormattedText`'s plain rendering: the
 * text with the overflow note where its limit is passed, for an `aria-label`.
 */
export function spokenPlainText(t: PreviewTranslate, text: string, overflow: Overflow | undefined): string {
  if (!overflow) return text
  return `${text.slice(0, overflow.index)} ${overflowNote(t, overflow)} ${text.slice(overflow.index)}`.trim()
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
  const { t } = usePreview()
  return (
    <mark className="bi-overflow" data-overflow="" data-limit={overflow.limit}>
      {announce ? <span className="bi-sr-only">{` ${overflowNote(t, overflow)} `}</span> : null}
      {children}
    </mark>
  )
}
