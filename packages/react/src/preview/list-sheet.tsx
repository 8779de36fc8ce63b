import { LIMITS } from '@briq-interactive/core'
import * as Dialog from '@radix-ui/react-dialog'
import { type ReactNode, useId, useState } from 'react'
import { FormattedText } from './formatted-text.tsx'
import { Icon } from './icons.tsx'
import type { DraftSection, DraftText } from './normalize.ts'
import { usePreview } from './preview-context.ts'

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
 * The bottom sheet a list button opens: a real modal dialog (focus trap, Escape, focus
 * returned to the list button) portalled into the phone frame. The rows are native radios in
 * one radio group, so arrow keys move the choice; Send is enabled once a row is chosen.
 */
export function ListSheet({ open, onOpenChange, title, sections, children }: ListSheetProps): ReactNode {
  const { t, issues, frame, reply } = usePreview()
  const [chosen, setChosen] = useState<string | null>(null)
  const baseId = useId()
  const titleId = `${baseId}-title`
  const name = `${baseId}-row`
  const maxRows = LIMITS.list.rowsTotal.max
  const over = issues.issues.length > 0
  let running = 0

  const rows = sections.flatMap((s, si) => s.rows.map((r, ri) => ({ key: `${si}.${ri}`, row: r })))
  const selected = rows.find((r) => r.key === chosen)?.row

  const send = () => {
    if (!selected) return
    const description = selected.description?.value
    reply({
      type: 'list_reply',
      list_reply: description
        ? { id: selected.id, title: selected.title.value, description }
        : { id: selected.id, title: selected.title.value },
    })
    onOpenChange(false)
  }

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      {children}
      <Dialog.Portal container={frame}>
        <Dialog.Overlay className="bi-sheet-backdrop" />
        <Dialog.Content className="bi-sheet" aria-describedby={undefined} aria-labelledby={titleId}>
          <div className="bi-sheet-header">
            <Dialog.Close className="bi-sheet-close" aria-label={t('preview.sheet.close')}>
              <Icon name="close" />
            </Dialog.Close>
            <Dialog.Title id={titleId} className="bi-sheet-title" dir="auto">
              {title?.value || t('preview.sheet.options')}
            </Dialog.Title>
          </div>
          <div className="bi-sheet-body" role="radiogroup" aria-labelledby={titleId}>
            {sections.map((section, si) => {
              return (
                <fieldset
                  // biome-ignore lint/suspicious/noArrayIndexKey: sections have no id of their own
                  key={si}
                  className="bi-sheet-section"
                  data-invalid={issues.has(section.path) ? '' : undefined}
                >
                  {section.title ? (
                    <legend className="bi-sheet-section-title" dir="auto">
                      <FormattedText text={section.title.value} overflow={issues.overflow(section.title)} plain />
                    </legend>
                  ) : null}
                  {section.rows.map((row, ri) => {
                    const key = `${si}.${ri}`
                    const beyond = over && running++ >= maxRows
                    return (
                      <label
                        key={key}
                        className="bi-sheet-row"
                        data-state={chosen === key ? 'checked' : 'unchecked'}
                        data-invalid={issues.has(row.path) || beyond ? '' : undefined}
                        data-overflow={beyond ? '' : undefined}
                      >
                        <span className="bi-sheet-row-text">
                          <span className="bi-sheet-row-title" dir="auto">
                            <FormattedText text={row.title.value} overflow={issues.overflow(row.title)} plain />
                          </span>
                          {row.description ? (
                            <span className="bi-sheet-row-description" dir="auto">
                              <FormattedText
                                text={row.description.value}
                                overflow={issues.overflow(row.description)}
                                plain
                              />
                            </span>
                          ) : null}
                        </span>
                        <input
                          className="bi-radio-input"
                          type="radio"
                          name={name}
                          value={key}
                          checked={chosen === key}
                          onChange={() => setChosen(key)}
                        />
                        <span className="bi-radio" aria-hidden="true" />
                      </label>
                    )
                  })}
                </fieldset>
              )
            })}
          </div>
          <div className="bi-sheet-footer">
            <button
              type="button"
              className="bi-sheet-send"
              disabled={!selected}
              data-state={selected ? 'enabled' : 'disabled'}
              aria-label={t('preview.sheet.send')}
              onClick={send}
            >
              <Icon name="send" />
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
