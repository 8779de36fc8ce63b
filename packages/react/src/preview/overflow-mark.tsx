import type { ReactNode } from 'react'
import type { Overflow } from './issue-index.ts'
import { usePreview } from './preview-context.ts'

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
  const note = overflow.kind === 'lineBreaks' ? 'preview.overflowLineBreaks' : 'preview.overflow'
  return (
    <mark className="bi-overflow" data-overflow="" data-limit={overflow.limit}>
      {announce ? <span className="bi-sr-only">{` (${t(note, { limit: overflow.limit })}) `}</span> : null}
      {children}
    </mark>
  )
}
