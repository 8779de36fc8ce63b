import { hasVisibleText } from '@briq-interactive/core'
import { memo, type ReactNode, useId } from 'react'
import { SentenceStop } from '../dom/sentence-stop.tsx'
import { ownLang } from '../i18n/own-lang.tsx'
import { equalData } from './equal-data.ts'
import { FormattedText } from './formatted-text.tsx'
import type { Overflow } from './issue-index.ts'
import { OverflowNote } from './overflow-mark.tsx'
import { usePreview } from './preview-context.ts'

/** What one list row shows in the sheet: plain data, so unchanged rows skip re-rendering. */
export interface SheetRowModel {
  /** Position key (`section.row`), unique even when a draft repeats row ids. */
  key: string
  id: string
  title: string
  titleOverflow: Overflow | undefined
  description: string | undefined
  descriptionOverflow: Overflow | undefined
  /** Core reported an error at or below this row. */
  invalid: boolean
  /** The row is past the 10-row total. */
  beyond: boolean
}

/** Props of `SheetRow`. */
export interface SheetRowProps {
  row: SheetRowModel
  /** The radio group's name. */
  name: string
  checked: boolean
  onChoose(key: string): void
}

function SheetRowView({ row, name, checked, onChoose }: SheetRowProps): ReactNode {
  const { t, messageLang, locale } = usePreview()
  const id = useId()
  const titled = hasVisibleText(row.title)
  const noted = titled && row.titleOverflow ? `${id}-overflow` : undefined
  const described = [row.description ? `${id}-description` : undefined, noted].filter(Boolean).join(' ')
  return (
    <label
      className="bi-sheet-row"
      data-state={checked ? 'checked' : 'unchecked'}
      data-invalid={row.invalid || row.beyond ? '' : undefined}
      data-overflow={row.beyond ? '' : undefined}
    >
      {/* Hidden from assistive tech, which meets the row once, as its radio (over the whole row,
          so touch exploration lands on it too): exposed, the text was a swipe stop of its own. */}
      <span className="bi-sheet-row-text" aria-hidden="true">
        <span
          className="bi-sheet-row-title"
          dir="auto"
          lang={messageLang}
          data-overflow={row.titleOverflow ? '' : undefined}
        >
          <FormattedText text={row.title} overflow={row.titleOverflow} plain />
        </span>
        {row.description ? (
          <span
            className="bi-sheet-row-description"
            id={`${id}-description`}
            dir="auto"
            lang={messageLang}
            data-overflow={row.descriptionOverflow ? '' : undefined}
          >
            <FormattedText text={row.description} overflow={row.descriptionOverflow} plain />
            {noted ? <SentenceStop after={row.description} stop={t('punctuation.stop')} /> : null}
          </span>
        ) : null}
      </span>
      {noted && row.titleOverflow ? <OverflowNote id={noted} text={row.title} overflow={row.titleOverflow} /> : null}
      <input
        className="bi-radio-input"
        type="radio"
        // Named by the row's title: the message's words (an untitled row's name is the preview's).
        lang={titled ? messageLang : ownLang(t, 'preview.untitledRow', locale)}
        name={name}
        value={row.key}
        checked={checked}
        // Named by its title as an attribute, not by the hidden text: axe reads a name from
        // hidden text only while it is on screen (label-title-only for a row scrolled out of
        // the sheet). A draft's untitled row (no title, or only spaces or zero-width characters)
        // is still named (WCAG 4.1.2). The name is the title as shown (WCAG 2.5.3). Described by
        // its description, which Chromium reads from hidden text, then by a title's overflow.
        aria-label={titled ? row.title : t('preview.untitledRow')}
        aria-describedby={described || undefined}
        onChange={() => onChoose(row.key)}
      />
      <span className="bi-radio" aria-hidden="true" />
    </label>
  )
}

/**
 * One row of the list sheet: a native radio (the rows form one radio group) with the row's
 * title and description. Memoised by content, so typing elsewhere leaves the rows alone.
 */
export const SheetRow = memo(SheetRowView, equalData)
if (process.env.NODE_ENV !== 'production') SheetRow.displayName = 'SheetRow'
