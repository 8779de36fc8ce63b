import type { ReactNode } from 'react'
import { usePreview } from './preview-context.ts'

/** Marks text past a limit; screen readers hear where the overflow starts. */
export function OverflowMark({ limit, children }: { limit: number; children: ReactNode }): ReactNode {
  const { t } = usePreview()
  return (
    <mark className="bi-overflow" data-overflow="" data-limit={limit}>
      <span className="bi-sr-only">{` (${t('preview.overflow', { limit })}) `}</span>
      {children}
    </mark>
  )
}
