import { hasVisibleText, LIMITS } from '@briq-interactive/core'
import * as Dialog from '@radix-ui/react-dialog'
import { memo, type ReactNode, useId, useState } from 'react'
import { isHtmlElement, parentOrHost } from '../dom/node-kind.ts'
import { focusFirstInShadowRoot, trapTabInShadowRoot } from '../focus/shadow-focus-trap.ts'
import { useHideBesideInShadowRoot } from '../focus/use-hide-beside-in-shadow-root.ts'
import { namedIn, ownLang, ownLangIn } from '../i18n/own-lang.tsx'
import { equalData } from './equal-data.ts'
import { FormattedText } from './formatted-text.tsx'
import { Icon } from './icons.tsx'
import type { Overflow } from './issue-index.ts'
import { OverflowNote } from './overflow-mark.tsx'
import { usePreview } from './preview-context.ts'
import { SheetRow, type SheetRowModel } from './sheet-row.tsx'

/** What one list section shows in the sheet. */
export interface SheetSectionModel {
  title: string | undefined
  titleOverflow: Overflow | undefined
  invalid: boolean
  /** The title is wrong: none where WhatsApp needs one (a list of several sections), or no text. */
  titleInvalid: boolean
  /** The section has no row to draw (none, or `rows` that is no list). */
  empty: boolean
  rows: SheetRowModel[]
}

/** Whether a section has a title with text to show (and to be named by). */
const titled = (section: SheetSectionModel): section is SheetSectionModel & { title: string } =>
  section.title !== undefined && hasVisibleText(section.title)

/** Where a section's title (one with text) passes its limit, said as its group's description. */
const titleOverflow = (section: SheetSectionModel): Overflow | undefined =>
  titled(section) ? section.titleOverflow : undefined

/** Props of `SheetContent`. */
export interface SheetContentProps {
  /** The list button's label (WhatsApp's sheet title), '' when the draft has none. */
  title: string
  sections: SheetSectionModel[]
  /** Rows past the drawn ones (a runaway draft): counted under the last row, not drawn. */
  hidden: number
  /** Whether the list's sections are marked (a list with none is said to have no rows, barred). */
  invalid: boolean
  /** Closes the sheet (after Send). */
  onClose(): void
}

/**
 * `onOpenAutoFocus`: the sheet rises from the frame's bottom, so a list button tapped near the
 * top of a phone's screen opens it mostly above the screen, where the modal's scroll lock keeps
 * the page from being scrolled to it: brought into view first, as it will stand once risen (its
 * slide-in set aside while measured and focused, so it then plays from the start). Where it
 * cannot be whole in view (a phone held sideways, inside the send dialog above its buttons),
 * its top is: the title and Close, the rows scrolling under them.
 */
function openInView(event: Event): void {
  const sheet = event.currentTarget
  if (isHtmlElement(sheet) && typeof sheet.scrollIntoView === 'function') {
    sheet.style.animation = 'none'
    sheet.scrollIntoView({ block: 'nearest' })
    if (!shows(sheet, sheet.firstElementChild)) sheet.scrollIntoView({ block: 'start' })
    // Once focus is in (Radix gives it right after this handler): a scroller that keeps its
    // focused control in view (the send dialog) then sees Close where it will stand.
    queueMicrotask(() => sheet.style.removeProperty('animation'))
  }
  focusFirstInShadowRoot(event)
}

/**
 * Whether `part` of the sheet is inside the window and inside every box around it that scrolls
 * (the send dialog), as its geometry stands (no hit test: Radix has not yet made the open
 * sheet the one layer taking pointer events).
 */
function shows(sheet: HTMLElement, part: Element | null): boolean {
  if (part === null) return true
  const { top, bottom } = part.getBoundingClientRect()
  const view = sheet.ownerDocument.defaultView
  if (view === null || top < 0 || bottom > view.innerHeight) return false
  for (let box = parentOrHost(sheet); isHtmlElement(box); box = parentOrHost(box)) {
    const overflow = view.getComputedStyle(box).overflowY
    if (overflow !== 'auto' && overflow !== 'scroll') continue
    const edge = box.getBoundingClientRect().top + box.clientTop
    if (top < edge || bottom > edge + box.clientHeight) return false
  }
  return true
}

/** Where a list's rows go when it has none: said, barred as an invalid row when marked. */
function NoRows({ invalid }: { invalid: boolean }): ReactNode {
  const { t, locale } = usePreview()
  return (
    <p
      className="bi-sheet-empty"
      data-invalid={invalid ? '' : undefined}
      lang={ownLang(t, 'preview.sheet.noRows', locale)}
    >
      {t('preview.sheet.noRows')}
    </p>
  )
}

function SheetContentView({ title, sections, hidden, invalid, onClose }: SheetContentProps): ReactNode {
  const { t, frame, reply, messageLang, locale } = usePreview()
  const own = ownLangIn(t, locale)
  // The choice lives as long as the open sheet: it opens with no row chosen, as WhatsApp's does.
  const [chosen, setChosen] = useState<string | null>(null)
  // Presses of Send before a row is chosen: each one says why once more (a new node).
  const [early, setEarly] = useState(0)
  const baseId = useId()
  const titleId = `${baseId}-title`
  const name = `${baseId}-row`
  // In a shadow root Radix hides nothing beside the open sheet (it hides from document.body down,
  // stopping at the shadow host): the message behind it and the rest of the host's component.
  const hideBeside = useHideBesideInShadowRoot()
  let selected: SheetRowModel | undefined
  for (const section of sections) selected ??= section.rows.find((r) => r.key === chosen)

  const send = () => {
    if (!selected) {
      setEarly((count) => count + 1)
      return
    }
    const { id, title: rowTitle, description } = selected
    reply({
      type: 'list_reply',
      list_reply: description ? { id, title: rowTitle, description } : { id, title: rowTitle },
    })
    onClose()
  }

  return (
    <Dialog.Portal container={frame.current}>
      <Dialog.Overlay className="bi-sheet-backdrop" />
      <Dialog.Content
        ref={hideBeside}
        className="bi-sheet"
        aria-describedby={undefined}
        aria-labelledby={titleId}
        onOpenAutoFocus={openInView}
        onKeyDown={trapTabInShadowRoot}
      >
        <div className="bi-sheet-header">
          <Dialog.Close
            className="bi-sheet-close"
            aria-label={t('preview.sheet.close')}
            lang={own('preview.sheet.close')}
          >
            <Icon name="close" />
          </Dialog.Close>
          <Dialog.Title
            id={titleId}
            className="bi-sheet-title"
            dir="auto"
            lang={hasVisibleText(title) ? messageLang : own('preview.sheet.options')}
          >
            {hasVisibleText(title) ? title : t('preview.sheet.options')}
          </Dialog.Title>
        </div>
        <div className="bi-sheet-body" role="radiogroup" aria-labelledby={titleId}>
          {sections.map((section, si) => {
            // A draft's untitled section is named by the preview's words, in their own language.
            const untitled =
              !titled(section) && (section.titleInvalid || section.title)
                ? namedIn(
                    t('preview.sheet.untitledSection'),
                    t.langOf('preview.sheet.untitledSection'),
                    locale,
                    `${baseId}-section-${si}-untitled`,
                  )
                : undefined
            return (
              <fieldset
                // biome-ignore lint/suspicious/noArrayIndexKey: sections have no id of their own
                key={si}
                className="bi-sheet-section"
                data-invalid={section.invalid ? '' : undefined}
                // The section is met once, as a group named by its title (what a keyboard user
                // hears on arrowing into it): the legend's text, exposed too, was a second stop
                // saying the same. Named by that legend (hidden, yet read as the name it is pointed
                // at for), whose words are in the message's language: the group's own `lang` would
                // claim the kit's notes inside it too. A draft's untitled section is named by the
                // preview's words; a title's overflow is its description.
                aria-labelledby={titled(section) ? `${baseId}-section-${si}-name` : undefined}
                {...untitled?.props}
                aria-describedby={titleOverflow(section) ? `${baseId}-section-${si}-overflow` : undefined}
              >
                {section.title ? (
                  <legend
                    id={titled(section) ? `${baseId}-section-${si}-name` : undefined}
                    className="bi-sheet-section-title"
                    dir="auto"
                    lang={messageLang}
                    aria-hidden="true"
                    data-invalid={section.titleInvalid ? '' : undefined}
                  >
                    {/* The group's name: the title as shown, its overflow said as the group's description. */}
                    <FormattedText text={section.title} overflow={section.titleOverflow} plain named />
                  </legend>
                ) : section.titleInvalid ? (
                  <legend
                    className="bi-sheet-section-title"
                    data-empty=""
                    data-invalid=""
                    aria-hidden="true"
                    lang={own('preview.sheet.untitledSection')}
                  >
                    {t('preview.sheet.untitledSection')}
                  </legend>
                ) : null}
                {untitled?.words}
                {section.rows.map((row) => (
                  <SheetRow key={row.key} row={row} name={name} checked={chosen === row.key} onChoose={setChosen} />
                ))}
                {section.empty ? <NoRows invalid={section.invalid} /> : null}
                {section.title && section.titleOverflow && titleOverflow(section) ? (
                  <OverflowNote
                    id={`${baseId}-section-${si}-overflow`}
                    text={section.title}
                    overflow={section.titleOverflow}
                  />
                ) : null}
              </fieldset>
            )
          })}
          {/* No section to draw (none, or `sections` that is no list): said where the rows go. */}
          {sections.length === 0 ? <NoRows invalid={invalid} /> : null}
          {hidden > 0 ? (
            <p className="bi-sheet-hidden" data-overflow="" lang={own('preview.sheet.hiddenRows')}>
              {t('preview.sheet.hiddenRows', { count: hidden, max: LIMITS.list.rowsTotal.max })}
            </p>
          ) : null}
        </div>
        <div className="bi-sheet-footer">
          {/* Why Send does nothing yet: its description while it waits for a row, and said (and
              shown) when it is pressed then, rather than nothing happening. */}
          <div role="status" className="bi-sheet-note">
            {early > 0 && !selected ? (
              <p key={early} className="bi-sheet-note-text" lang={own('preview.sheet.chooseFirst')}>
                {t('preview.sheet.chooseFirst')}
              </p>
            ) : null}
          </div>
          {selected ? null : (
            <span id={`${baseId}-choose-first`} className="bi-sr-only" lang={own('preview.sheet.chooseFirst')}>
              {t('preview.sheet.chooseFirst')}
            </span>
          )}
          <button
            type="button"
            className="bi-sheet-send"
            // aria-disabled, not disabled: Send stays a tab stop (and is announced as unavailable);
            // with a disabled Send, Tab from a row before a choice went nowhere.
            aria-disabled={selected ? undefined : true}
            aria-describedby={selected ? undefined : `${baseId}-choose-first`}
            data-state={selected ? 'enabled' : 'disabled'}
            aria-label={t('preview.sheet.send')}
            lang={own('preview.sheet.send')}
            onClick={send}
          >
            <Icon name="send" />
          </button>
        </div>
      </Dialog.Content>
    </Dialog.Portal>
  )
}

/**
 * The sheet's portal and content. Memoised by content: while a person types in the body, the
 * open sheet (and Radix's focus trap and scroll lock inside it) is not re-rendered.
 */
export const SheetContent = memo(SheetContentView, equalData)
if (process.env.NODE_ENV !== 'production') SheetContent.displayName = 'SheetContent'
