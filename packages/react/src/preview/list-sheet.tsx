import { LIMITS } from '@briq-interactive/core'
import * as Dialog from '@radix-ui/react-dialog'
import { memo, type ReactNode, useCallback } from 'react'
import type { IssueIndex } from './issue-index.ts'
import type { DraftSection, DraftText } from './normalize.ts'
import { useIssues } from './preview-context.ts'
import { SheetContent, type SheetSectionModel } from './sheet-content.tsx'

/** Props of `ListSheet`. */
export interface ListSheetProps {
  open: boolean
  onOpenChange(open: boolean): void
  /** The list button's label, which WhatsApp uses as the sheet title. */
  title: DraftText | undefined
  sections: DraftSection[]
  /** The part of the message that holds the list button (rendered as `ListSheetTrigger`). */
  children: ReactNode
}

/**
 * The list button's wrapper: Radix's trigger, so the dialog knows where to return focus and
 * the button carries `aria-expanded` and `data-state`. Only valid inside `ListSheet`.
 */
export const ListSheetTrigger = Dialog.Trigger

/**
 * Rows drawn past WhatsApp's 10-row total: enough to show the overflow, few enough that a
 * runaway draft (thousands of rows) still opens at once. The rest are counted, not drawn.
 */
const EXTRA_ROWS_SHOWN = 20

/** The sheet's view data: what each section and row shows, with core's issues resolved. */
export function sheetModel(
  sections: DraftSection[],
  issues: IssueIndex,
): { sections: SheetSectionModel[]; hidden: number; invalid: boolean } {
  // Core counts a list's rows across its sections; past its limit, rows are marked.
  const total = issues.countLimit(['action', 'sections'], 'row')
  const cap = LIMITS.list.rowsTotal.max + EXTRA_ROWS_SHOWN
  let running = 0
  let hidden = 0
  const model = sections.map((section, si) => ({
    title: section.title?.value,
    titleOverflow: issues.overflow(section.title),
    invalid: issues.has(section.path),
    titleInvalid: issues.has([...section.path, 'title']),
    empty: section.rows.length === 0,
    rows: section.rows.flatMap((row, ri) => {
      if (running >= cap) {
        hidden++
        return []
      }
      const beyond = total !== undefined && running >= total
      running++
      return [
        {
          key: `${si}.${ri}`,
          id: row.id,
          title: row.title.value,
          titleOverflow: issues.overflow(row.title),
          description: row.description?.value,
          descriptionOverflow: issues.overflow(row.description),
          invalid: issues.has(row.path),
          beyond,
        },
      ]
    }),
  }))
  return { sections: model, hidden, invalid: issues.has(['action', 'sections']) }
}

/**
 * The bottom sheet a list button opens: a real modal dialog (focus trap, Escape, focus
 * returned to the list button) portalled into the phone frame. The rows are native radios in
 * one radio group, so arrow keys move the choice; Send is enabled once a row is chosen. Each
 * opening starts with no row chosen.
 */
export const ListSheet = memo(function ListSheet({
  open,
  onOpenChange,
  title,
  sections,
  children,
}: ListSheetProps): ReactNode {
  const issues = useIssues()
  const close = useCallback(() => onOpenChange(false), [onOpenChange])
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      {children}
      {/* Mounted only while open: a closed Radix portal still commits a second time on mount, and
          each opening starts with no row chosen. */}
      {open ? <SheetContent title={title?.value ?? ''} {...sheetModel(sections, issues)} onClose={close} /> : null}
    </Dialog.Root>
  )
})
